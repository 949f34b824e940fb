package org.tawasul.conversations.engine;

import java.util.Map;

/**
 * The outcome of checking one input against a step: a value to store, a skip, or an error: a text
 * key with its arguments, or a text already written (by an application's check).
 */
record Answer(String value, boolean skipped, String errorKey, Map<String, Object> errorArgs, String errorText) {

    static final Answer SKIP = new Answer(null, true, null, Map.of(), null);

    static Answer of(String value) {
        return new Answer(value, false, null, Map.of(), null);
    }

    static Answer error(String key) {
        return new Answer(null, false, key, Map.of(), null);
    }

    static Answer error(String key, Map<String, Object> args) {
        return new Answer(null, false, key, args, null);
    }

    /** An error whose text is already written in the member's language. */
    static Answer message(String text) {
        return new Answer(null, false, "error.checked", Map.of(), text);
    }

    boolean valid() {
        return errorKey == null;
    }
}
