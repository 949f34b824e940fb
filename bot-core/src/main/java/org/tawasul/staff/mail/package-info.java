/**
 * Staff work by email (issue 11): the officer or committee a case is assigned to is told by email when it is
 * opened, reassigned or the member asks for a person ({@link org.tawasul.staff.mail.OfficerNotifier}); their
 * replies reach the member, commands on the first lines change the case through the lifecycle
 * ({@link org.tawasul.staff.mail.StaffReplies}), and the member's next message goes back to the officer in the
 * same thread ({@link org.tawasul.staff.mail.MemberToOfficer}).
 */
package org.tawasul.staff.mail;
