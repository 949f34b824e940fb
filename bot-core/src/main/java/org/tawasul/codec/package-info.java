/** The one JSON codec of what the application stores (answers, choices, payloads); depends on nothing of ours but the message model. */
package org.tawasul.codec;
