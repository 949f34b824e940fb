package org.tawasul.turns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tawasul.conversations.message.Attachment;
import org.tawasul.conversations.message.Choice;
import org.tawasul.conversations.message.Inbound;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON forms stored in the conversation, inbox and outbox tables. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, String>>> LIST_OF_MAPS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> OBJECT_MAP = new TypeReference<>() { };

    private Json() {
    }

    /** Answers as a compact JSON object. */
    public static String answers(Map<String, String> answers) {
        return answers.isEmpty() ? "{}" : MAPPER.writeValueAsString(answers);
    }

    /** Answers read back. */
    public static Map<String, String> answers(String json) {
        return json == null || json.equals("{}") ? Map.of() : MAPPER.readValue(json, STRING_MAP);
    }

    /** Choices as a JSON array of {key, label}, or null when there are none. */
    public static String choices(List<Choice> choices) {
        if (choices.isEmpty()) {
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

    /** An inbox payload. */
    public static String turn(InboundTurn turn) {
        Map<String, Object> map = new HashMap<>();
        Inbound in = turn.input();
        putIfSet(map, "text", in.text());
        putIfSet(map, "choice", in.choiceKey());
        putIfSet(map, "phone", in.verifiedPhone());
        putIfSet(map, "start", turn.startFlow());
        if (!turn.presets().isEmpty()) {
            map.put("presets", turn.presets());
        }
        Attachment a = in.attachment();
        if (a != null) {
            Map<String, Object> file = new HashMap<>();
            file.put("kind", a.kind().name());
            file.put("ref", a.reference());
            putIfSet(file, "name", a.fileName());
            file.put("size", a.sizeBytes());
            map.put("attachment", file);
        }
        return MAPPER.writeValueAsString(map);
    }

    /** An inbox payload read back. */
    public static InboundTurn turn(String json) {
        Map<String, Object> map = MAPPER.readValue(json, OBJECT_MAP);
        Attachment attachment = null;
        if (map.get("attachment") instanceof Map<?, ?> file) {
            attachment = new Attachment(Attachment.Kind.valueOf((String) file.get("kind")), (String) file.get("ref"),
                    (String) file.get("name"), ((Number) file.get("size")).longValue());
        }
        Inbound input = new Inbound((String) map.get("text"), (String) map.get("choice"), attachment, (String) map.get("phone"));
        Map<String, String> presets = new HashMap<>();
        if (map.get("presets") instanceof Map<?, ?> given) {
            given.forEach((step, value) -> presets.put(String.valueOf(step), String.valueOf(value)));
        }
        return new InboundTurn(input, (String) map.get("start"), presets);
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
