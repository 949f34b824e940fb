package org.tawasul.db.privacy;

/** A stored encrypted value could not be decrypted; the message names neither the value nor the key. */
public class CiphertextRejected extends RuntimeException {

    CiphertextRejected(String message) {
        super(message);
    }
}
