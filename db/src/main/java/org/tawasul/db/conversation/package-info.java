/** The stored state of each conversation, one row per channel and address. */
package org.tawasul.db.conversation;
