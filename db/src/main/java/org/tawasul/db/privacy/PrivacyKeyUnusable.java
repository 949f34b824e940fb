package org.tawasul.db.privacy;

/** A privacy key is missing or malformed; the message names the property (or file) and the fix, never the key. */
public class PrivacyKeyUnusable extends IllegalStateException {

    PrivacyKeyUnusable(String message) {
        super(message);
    }
}
