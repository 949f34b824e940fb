package org.tawasul.members;

/** The import file cannot be used at all (missing, unreadable, not UTF-8, a bad header); the message says why and the fix. */
class ImportFileUnusable extends Exception {

    ImportFileUnusable(String message) {
        super(message);
    }
}
