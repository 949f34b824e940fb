/**
 * The member registry's import: a CSV file checked row by row, then written in one transaction or not at all;
 * and the flag on members whose registered phone the SMS provider refused as invalid, for staff.
 */
package org.tawasul.members;
