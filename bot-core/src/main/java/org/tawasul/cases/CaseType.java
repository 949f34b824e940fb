package org.tawasul.cases;

import java.util.Optional;

/** What a case is, with the prefix of its references. */
public enum CaseType {
    ENQUIRY("ENQ"), SERVICE_REQUEST("REQ"), COMPLAINT("CMP"),
    /** A low satisfaction rating, followed up by the follow-up committee (P17, P18). */
    FOLLOW_UP("FUP");

    private final String prefix;

    CaseType(String prefix) {
        this.prefix = prefix;
    }

    /** The three letters that start this type's references, e.g. {@code REQ}. */
    public String prefix() {
        return prefix;
    }

    /** The type whose references start with these letters. */
    public static Optional<CaseType> byPrefix(String prefix) {
        for (CaseType type : values()) {
            if (type.prefix.equals(prefix)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
