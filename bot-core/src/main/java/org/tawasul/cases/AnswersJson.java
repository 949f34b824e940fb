package org.tawasul.cases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A case's answers as a compact JSON object, order kept. */
final class AnswersJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> ORDERED_MAP = new TypeReference<>() { };

    private AnswersJson() {
    }

    static String write(Map<String, String> answers) {
        return MAPPER.writeValueAsString(answers);
    }

    static Map<String, String> read(String json) {
        return Collections.unmodifiableMap(MAPPER.readValue(json, ORDERED_MAP));
    }
}
