/** The conversation engine: from (stored state, member input) to (new state, messages, events), with no I/O. */
package org.tawasul.conversations.engine;
