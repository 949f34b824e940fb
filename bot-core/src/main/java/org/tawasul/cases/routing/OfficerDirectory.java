package org.tawasul.cases.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The contact officers and committees of one officers file: who answers an enquiry of a member category and
 * field of work, and the committees by id.
 */
public final class OfficerDirectory {

    /** The bundled sample file, used when no other is configured. */
    public static final String BUNDLED = "officers/officers.yaml";

    private static final String ANY = "*";

    private final String source;
    private final List<Officer> officers;
    private final Map<String, Officer> byId = new HashMap<>();
    private final Map<String, Officer> byCoverage = new HashMap<>();
    private final Map<String, Committee> committees;
    private final Officer defaultOfficer;

    OfficerDirectory(String source, List<Officer> officers, Map<String, Committee> committees) {
        this.source = source;
        this.officers = List.copyOf(officers);
        this.committees = Map.copyOf(committees);
        Officer fallback = null;
        for (Officer officer : officers) {
            byId.put(officer.id(), officer);
            coverage(officer).forEach(key -> byCoverage.put(key, officer));
            fallback = officer.isDefault() ? officer : fallback;
        }
        this.defaultOfficer = fallback;
    }

    /**
     * Reads and validates an officers file, or the bundled one when {@code file} is null.
     *
     * @throws OfficerFileRejected naming the file, every problem and its fix
     */
    public static OfficerDirectory load(Path file) {
        if (file == null) {
            return parse(BUNDLED, bundled());
        }
        if (!Files.isRegularFile(file)) {
            throw new OfficerFileRejected(List.of(file + ": is not a readable file. Fix: point tawasul.officers.file at "
                    + "an officers YAML file, or remove the setting to use the bundled sample."));
        }
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /**
     * Validates the YAML text of an officers file.
     *
     * @param source the file's name, used in messages
     * @throws OfficerFileRejected naming every problem and its fix
     */
    public static OfficerDirectory parse(String source, String yaml) {
        return OfficerFileReader.read(source, yaml);
    }

    /**
     * The contact officer for a member: the one covering both the category and the field of work, else
     * the field alone, else the category alone, else the default officer (also for non-members, who have
     * neither). Ids are compared ignoring case and surrounding spaces.
     */
    public Officer contactOfficerFor(String category, String fieldOfWork) {
        String c = normalise(category);
        String f = normalise(fieldOfWork);
        for (String key : new String[] {key(c, f), key(ANY, f), key(c, ANY)}) {
            Officer officer = byCoverage.get(key);
            if (officer != null) {
                return officer;
            }
        }
        return defaultOfficer;
    }

    /** The officer who answers what no other officer covers. */
    public Officer defaultOfficer() {
        return defaultOfficer;
    }

    /**
     * The officer with this id.
     *
     * @throws NoSuchElementException for an unknown id
     */
    public Officer officer(String id) {
        Officer officer = byId.get(id);
        if (officer == null) {
            throw new NoSuchElementException("No officer '" + id + "' in " + source);
        }
        return officer;
    }

    /** The officer who stands in for this one. */
    public Officer deputyOf(Officer officer) {
        return officer(officer.deputyId());
    }

    /**
     * The committee with this id, one of {@link Committee#REQUIRED}.
     *
     * @throws NoSuchElementException for an unknown id
     */
    public Committee committee(String id) {
        Committee committee = committees.get(id);
        if (committee == null) {
            throw new NoSuchElementException("No committee '" + id + "'; known: " + String.join(", ", Committee.REQUIRED));
        }
        return committee;
    }

    /** All officers, in file order. */
    public List<Officer> officers() {
        return officers;
    }

    /** The file these officers came from. */
    public String source() {
        return source;
    }

    /** The lookup keys an officer answers for: category and field pairs, a field alone or a category alone. */
    static List<String> coverage(Officer officer) {
        List<String> keys = new ArrayList<>();
        if (officer.categories().isEmpty()) {
            officer.fields().forEach(f -> keys.add(key(ANY, f)));
        } else if (officer.fields().isEmpty()) {
            officer.categories().forEach(c -> keys.add(key(c, ANY)));
        } else {
            officer.categories().forEach(c -> officer.fields().forEach(f -> keys.add(key(c, f))));
        }
        return keys;
    }

    /** A coverage key in words, for messages. */
    static String describe(String key) {
        String[] parts = key.split("\\|", 2);
        if (parts[0].equals(ANY)) {
            return "field of work '" + parts[1] + "'";
        }
        return parts[1].equals(ANY) ? "member category '" + parts[0] + "'"
                : "member category '" + parts[0] + "' in field of work '" + parts[1] + "'";
    }

    private static String key(String category, String field) {
        return category + "|" + field;
    }

    private static String normalise(String id) {
        return id == null || id.isBlank() ? "" : id.strip().toLowerCase(Locale.ROOT);
    }

    private static String bundled() {
        try (InputStream in = OfficerDirectory.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The bundled " + BUNDLED + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
