package org.tawasul.conversations.message;

/**
 * What a member sent, normalised by the channel: typed text, a pressed button's key, a file,
 * or a contact shared from the member's own account (a verified phone number).
 * Exactly one of the parts is usually present; text may accompany an attachment as its caption.
 */
public record Inbound(String text, String choiceKey, Attachment attachment, String verifiedPhone) {

    /** Typed text. */
    public static Inbound text(String text) {
        return new Inbound(text, null, null, null);
    }

    /** A button press carrying the choice key. */
    public static Inbound choice(String key) {
        return new Inbound(null, key, null, null);
    }

    /** A photo or document. */
    public static Inbound attachment(Attachment attachment) {
        return new Inbound(null, null, attachment, null);
    }

    /** The member's own phone number, shared as a contact. */
    public static Inbound contact(String phone) {
        return new Inbound(null, null, null, phone);
    }

    /** The typed text, or an empty string. */
    public String textOrEmpty() {
        return text == null ? "" : text;
    }
}
