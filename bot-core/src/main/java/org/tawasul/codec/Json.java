package org.tawasul.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tawasul.conversations.message.Choice;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON forms the application stores: answers (a flat object of strings, in order) and choices
 * (an array of {@code {key, label}}). One codec for the conversation, case, survey and outbox
 * tables, so that they read what the others wrote.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> ORDERED_MAP = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, String>>> LIST_OF_MAPS = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT_MAP = new TypeReference<>() { };

    private Json() {
    }

    /** Answers as a compact JSON object, in the map's order. */
    public static String answers(Map<String, String> answers) {
        return answers.isEmpty() ? "{}" : MAPPER.writeValueAsString(answers);
    }

    /** Answers read back, in the stored order (unmodifiable). */
    public static Map<String, String> answers(String json) {
        if (json == null || json.equals("{}")) {
            return Map.of();
        }
        return Collections.unmodifiableMap(MAPPER.readValue(json, ORDERED_MAP));
    }

    /** Choices as a JSON array of {key, label}, or null when there are none. */
    public static String choices(List<Choice> choices) {
        if (choices == null || choices.isEmpty()) {
            return null;
        }
        List<Map<String, String>> list = new ArrayList<>(choices.size());
        choices.forEach(c -> list.add(Map.of("key", c.key(), "label", c.label())));
        return MAPPER.writeValueAsString(list);
    }

    /** Choices read back. */
    public static List<Choice> choices(String json) {
        if (json == null) {
            return List.of();
        }
        return MAPPER.readValue(json, LIST_OF_MAPS).stream().map(m -> new Choice(m.get("key"), m.get("label"))).toList();
    }

    /** Any JSON object as a map, in order (for payloads whose shape their owner knows). */
    public static Map<String, Object> object(String json) {
        return MAPPER.readValue(json, OBJECT_MAP);
    }

    /** A map as a JSON object. */
    public static String write(Map<String, ?> object) {
        return MAPPER.writeValueAsString(object);
    }
}
