package org.tawasul.conversations.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tawasul.conversations.engine.Texts;
import org.tawasul.conversations.message.Language;

/** Writes the flow document of one service, to be read and validated like any flow file. */
final class ServiceFlow {

    private ServiceFlow() {
    }

    static Map<String, Object> document(Map<?, ?> service, Texts texts) {
        Map<String, Object> flow = new LinkedHashMap<>();
        flow.put("id", ServiceDefinition.FLOW_PREFIX + service.get("id"));
        flow.put("version", service.get("version") == null ? 1 : service.get("version"));
        flow.put("title", service.get("name"));
        List<Object> steps = new ArrayList<>();
        steps.add(step("criteria", "info", Map.of("prompt", introduction(service, texts))));
        steps.add(step("eligible", "yes-no", Map.of("prompt", both(texts, "service.eligible"),
                "label", both(texts, "service.eligible.label"))));
        steps.add(step("not-eligible", "info", Map.of("prompt", both(texts, "service.not-eligible"),
                "when", Map.of("step", "eligible", "equals", "no"))));
        steps.add(step("back-to-menu", "branch", Map.of("flow", "menu",
                "when", Map.of("step", "eligible", "equals", "no"))));
        List<Object> shown = new ArrayList<>();
        if (service.get("fields") instanceof List<?> fields) {
            steps.addAll(fields);
            fields.stream().filter(Map.class::isInstance).forEach(f -> shown.add(((Map<?, ?>) f).get("id")));
        }
        for (Map<?, ?> document : documents(service)) {
            Map<String, Object> attachment = new LinkedHashMap<>();
            attachment.put("id", document.get("id"));
            attachment.put("type", "attachment");
            attachment.put("label", document.get("label"));
            attachment.put("prompt", document.get("prompt") != null ? document.get("prompt") : documentPrompt(document, texts));
            attachment.put("optional", Boolean.TRUE.equals(document.get("optional")));
            steps.add(attachment);
            shown.add(document.get("id"));
        }
        steps.add(step("confirm", "summary", shown.isEmpty() ? Map.of() : Map.of("fields", shown)));
        steps.add(step("attest", "attestation", Map.of("prompt", both(texts, "service.attestation"))));
        steps.add(step("submit", "action", Map.of("action", ServiceCatalog.OPEN_CASE)));
        flow.put("steps", steps);
        return flow;
    }

    private static List<Map<?, ?>> documents(Map<?, ?> service) {
        List<Map<?, ?>> documents = new ArrayList<>();
        if (service.get("documents") instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(d -> documents.add((Map<?, ?>) d));
        }
        return documents;
    }

    private static Map<String, Object> introduction(Map<?, ?> service, Texts texts) {
        Map<String, Object> text = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            StringBuilder out = new StringBuilder();
            out.append(quote(in(service.get("name"), language))).append("\n\n")
                    .append(texts.get("service.criteria", language)).append('\n')
                    .append(quote(in(service.get("criteria"), language)));
            List<Map<?, ?>> documents = documents(service);
            if (!documents.isEmpty()) {
                out.append("\n\n").append(texts.get("service.documents", language));
                for (Map<?, ?> document : documents) {
                    out.append("\n• ").append(quote(in(document.get("label"), language)));
                    if (Boolean.TRUE.equals(document.get("optional"))) {
                        out.append(' ').append(texts.get("service.optional", language));
                    }
                }
            }
            text.put(language.code(), out.toString());
        }
        return text;
    }

    private static Map<String, Object> documentPrompt(Map<?, ?> document, Texts texts) {
        Map<String, Object> text = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            text.put(language.code(), texts.get("service.document.prompt", language,
                    Map.of("document", in(document.get("label"), language))));
        }
        return text;
    }

    private static Map<String, Object> both(Texts texts, String key) {
        return ServiceCatalog.localized(texts.get(key, Language.AR), texts.get(key, Language.EN));
    }

    private static Map<String, Object> step(String id, String type, Map<String, Object> more) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("id", id);
        step.put("type", type);
        step.putAll(more);
        return step;
    }

    private static String in(Object text, Language language) {
        return text instanceof Map<?, ?> map && map.get(language.code()) != null ? map.get(language.code()).toString().strip() : "";
    }

    /** Protects a society's text from being read as a message pattern ({@code {}} and apostrophes). */
    private static String quote(String text) {
        return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
    }
}
