package org.tawasul.conversations.message;

/** What kind of input the bot now expects, so a channel can offer the right keyboard. */
public enum InputHint {
    /** Anything typed. */
    TEXT,
    /** A phone number: a channel may offer to share the member's contact. */
    PHONE,
    /** A photo or document. */
    ATTACHMENT,
    /** No answer expected (an information message). */
    NONE
}
