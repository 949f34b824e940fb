/** How values are shown to members: dates in both calendars, counts and money, the same in every text. */
package org.tawasul.conversations.format;
