package org.tawasul.turns;

import java.util.HashMap;
import java.util.Map;
import org.tawasul.codec.Json;
import org.tawasul.conversations.message.Attachment;
import org.tawasul.conversations.message.Inbound;

/**
 * The inbox's payloads: a dialog turn ({@link InboundTurn}), a notice answered without a turn, or an
 * event for a route ({@link InboundRoute}): {@code {"route": kind, "data": ...}}.
 */
public final class InboxPayload {

    private InboxPayload() {
    }

    /** A turn's payload. */
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
        return Json.write(map);
    }

    /** A turn's payload read back. */
    public static InboundTurn turn(String json) {
        Map<String, Object> map = Json.object(json);
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

    /** The payload of a notice answered without a turn (its kind only). */
    static String notice(String kind) {
        return Json.write(Map.of("notice", kind));
    }

    /** The payload of an event for a route. */
    static String routed(String route, String data) {
        return Json.write(Map.of("route", route, "data", data == null ? "" : data));
    }

    /** The route of a routed event's payload, or null for a turn or a notice. */
    static String route(String json) {
        if (!json.startsWith("{\"route\"") && !json.contains("\"route\"")) {
            return null;
        }
        Object route = Json.object(json).get("route");
        return route instanceof String name ? name : null;
    }

    /** A routed event's data. */
    static String data(String json) {
        Object data = Json.object(json).get("data");
        return data == null ? "" : data.toString();
    }

    /** Whether the payload is a notice's (stored processed; nothing to run). */
    static boolean isNotice(String json) {
        return json.contains("\"notice\"") && Json.object(json).containsKey("notice");
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
