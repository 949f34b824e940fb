package org.tawasul.conversations.engine;

import java.util.Map;

/** The outcome of checking one input against a step: a value to store, a skip, or an error text key. */
record Answer(String value, boolean skipped, String errorKey, Map<String, Object> errorArgs) {

    static final Answer SKIP = new Answer(null, true, null, Map.of());

    static Answer of(String value) {
        return new Answer(value, false, null, Map.of());
    }

    static Answer error(String key) {
        return new Answer(null, false, key, Map.of());
    }

    static Answer error(String key, Map<String, Object> args) {
        return new Answer(null, false, key, args);
    }

    boolean valid() {
        return errorKey == null;
    }
}
