package org.tawasul.conversations.engine;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.tawasul.conversations.message.Language;

/**
 * The engine's own texts in Arabic and English, formatted with ICU MessageFormat so that
 * counts take Arabic's six plural forms. Named arguments: {@code {min}}, {@code {max}}, ...
 */
public final class Texts {

    private static final String BUNDLE = "org/tawasul/conversations/messages_";

    private final Map<Language, Map<String, String>> patterns = new EnumMap<>(Language.class);

    /** Loads the engine's texts; every key must exist in both languages. */
    public Texts() {
        this(BUNDLE);
    }

    /**
     * Loads a bundle of texts: {@code base + "ar.properties"} and {@code base + "en.properties"} on
     * the class path, UTF-8; every key must exist in both languages.
     */
    public Texts(String base) {
        for (Language language : Language.values()) {
            patterns.put(language, load(base + language.code() + ".properties"));
        }
        Map<String, String> ar = patterns.get(Language.AR);
        Map<String, String> en = patterns.get(Language.EN);
        if (!ar.keySet().equals(en.keySet())) {
            throw new IllegalStateException("Arabic and English texts of " + base + " differ in keys");
        }
    }

    /** The text for {@code key} in {@code language}, with named arguments filled in. */
    public String get(String key, Language language, Map<String, ?> args) {
        String pattern = patterns.get(language).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no engine text '" + key + "'");
        }
        return format(pattern, language, args);
    }

    /** The text for {@code key} in {@code language}, without arguments. */
    public String get(String key, Language language) {
        return get(key, language, Map.of());
    }

    /**
     * Formats a pattern (from a flow file or the bundle) with named arguments. ICU argument names
     * cannot hold '-', so an answer of step {@code national-id} is also named {@code national_id}.
     */
    public static String format(String pattern, Language language, Map<String, ?> args) {
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        Map<String, Object> named = new java.util.HashMap<>(args);
        args.forEach((key, value) -> {
            if (key.indexOf('-') >= 0) {
                named.put(key.replace('-', '_'), value);
            }
        });
        return new MessageFormat(pattern, language.locale()).format(named);
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
