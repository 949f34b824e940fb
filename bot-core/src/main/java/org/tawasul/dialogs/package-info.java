/**
 * The member dialogs' actions: identifying the member, answering from the FAQ, opening and finding
 * cases, recording ratings. They reach the rest of the application through small ports
 * ({@link org.tawasul.dialogs.MemberPort}, {@link org.tawasul.dialogs.KnowledgePort},
 * {@link org.tawasul.dialogs.CasePort}, {@link org.tawasul.dialogs.SurveyPort}).
 */
package org.tawasul.dialogs;
