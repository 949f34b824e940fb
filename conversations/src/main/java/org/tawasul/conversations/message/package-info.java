/** The channel-neutral message model: what a member sent and what the bot answers, free of any provider type. */
package org.tawasul.conversations.message;
