/**
 * Who a member is, with guessing bounded: failed identification tries recorded and counted per chat
 * address and per mobile number ({@link org.tawasul.members.identity.IdentificationGuard}), and
 * listed for staff ({@code identification-failures}).
 */
package org.tawasul.members.identity;
