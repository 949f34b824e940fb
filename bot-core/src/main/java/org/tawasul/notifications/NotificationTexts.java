package org.tawasul.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.tawasul.conversations.message.Language;
import org.yaml.snakeyaml.Yaml;

/**
 * The notification texts, per kind, for chat channels and for SMS, in Arabic and English: the bundled
 * {@code notifications/texts.yaml}, with the kinds a society's file names replacing them. Every problem
 * of a file is reported with the file, the place and the fix.
 */
final class NotificationTexts {

    /** Where a text goes. */
    enum Medium { CHAT, SMS }

    private final Map<String, String> texts;

    private NotificationTexts(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    static NotificationTexts load(Path overrides) {
        Map<String, String> texts = new HashMap<>();
        try (InputStream bundled = NotificationTexts.class.getClassLoader().getResourceAsStream("notifications/texts.yaml")) {
            read("notifications/texts.yaml", new String(bundled.readAllBytes(), StandardCharsets.UTF_8), texts, true);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The bundled notifications/texts.yaml cannot be read", e);
        }
        if (overrides != null && !overrides.toString().isBlank()) {
            try {
                read(overrides.toString(), Files.readString(overrides, StandardCharsets.UTF_8), texts, false);
            } catch (IOException e) {
                throw new IllegalArgumentException("tawasul.notifications.file " + overrides + " cannot be read ("
                        + e.getMessage() + "). Fix: give a readable YAML file, or remove the setting");
            }
        }
        return new NotificationTexts(texts);
    }

    @SuppressWarnings("unchecked")
    private static void read(String file, String yaml, Map<String, String> into, boolean complete) {
        Object root;
        try {
            root = new Yaml().load(yaml);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not valid YAML (" + e.getMessage().lines().findFirst().orElse("")
                    + "). Fix: correct the YAML syntax");
        }
        if (!(root instanceof Map<?, ?> kinds)) {
            throw new IllegalArgumentException(file + " must map each notification kind to its texts. Fix: write e.g. "
                    + "'answered:' then 'chat:' and 'sms:', each with 'ar:' and 'en:'");
        }
        for (Map.Entry<?, ?> kind : kinds.entrySet()) {
            String name = String.valueOf(kind.getKey());
            if (!NotificationSettings.KINDS.contains(name)) {
                throw new IllegalArgumentException(file + ": '" + name + "' is not a notification kind. Fix: use one of "
                        + String.join(", ", NotificationSettings.KINDS.stream().sorted().toList()));
            }
            for (Medium medium : Medium.values()) {
                String key = medium.name().toLowerCase();
                Object byLanguage = kind.getValue() instanceof Map<?, ?> media ? media.get(key) : null;
                for (Language language : Language.values()) {
                    Object text = byLanguage instanceof Map<?, ?> l ? l.get(language.code()) : null;
                    if (text == null || text.toString().isBlank()) {
                        throw new IllegalArgumentException(file + ": " + name + "." + key + "." + language.code()
                                + " is missing. Fix: give the text in both languages for chat and for sms");
                    }
                    into.put(name + "." + key + "." + language.code(), text.toString().strip());
                }
            }
        }
        if (complete && !into.keySet().containsAll(NotificationSettings.KINDS.stream()
                .map(kind -> kind + ".chat.ar").toList())) {
            throw new IllegalStateException(file + " does not cover every notification kind");
        }
    }

    /** The text of a kind for a medium and language, with its placeholders filled. */
    String render(String kind, Medium medium, Language language, Map<String, String> values) {
        String text = texts.get(kind + "." + medium.name().toLowerCase() + "." + language.code());
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
        }
        return text.strip();
    }
}
