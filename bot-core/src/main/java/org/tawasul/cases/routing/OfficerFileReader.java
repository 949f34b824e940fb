package org.tawasul.cases.routing;

import org.tawasul.conversations.flow.FileProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tawasul.conversations.flow.LocalizedText;
import org.tawasul.conversations.input.EmailAddresses;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads an officers file, collecting every problem with the file, the place and the fix. */
final class OfficerFileReader {

    private static final Set<String> ROOT_KEYS = Set.of("officers", "committees");
    private static final Set<String> OFFICER_KEYS = Set.of("id", "name", "email", "categories", "fields", "deputy", "default");
    private static final Set<String> COMMITTEE_KEYS = Set.of("name", "email");

    private final String source;
    private final FileProblems problems;

    private OfficerFileReader(String source) {
        this.source = source;
        this.problems = new FileProblems(source);
    }

    /** Parses and checks the YAML text; {@code source} names the file in messages. */
    static OfficerDirectory read(String source, String yaml) {
        OfficerFileReader reader = new OfficerFileReader(source);
        OfficerDirectory directory = reader.directory(yaml);
        if (!reader.problems.isEmpty()) {
            throw new OfficerFileRejected(reader.problems.list());
        }
        return directory;
    }

    private OfficerDirectory directory(String yaml) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            problems.add("", "is not valid YAML (" + e.getMessage().replace('\n', ' ') + ")", "correct the YAML syntax");
            return null;
        }
        if (!(document instanceof Map<?, ?> root)) {
            problems.add("", "must be a mapping with 'officers' and 'committees'", "start the file with 'officers:'");
            return null;
        }
        problems.unknownKeys(root, ROOT_KEYS, "");
        List<Officer> officers = officers(root.get("officers"));
        Map<String, Committee> committees = committees(root.get("committees"));
        checkDeputies(officers);
        checkOneDefault(officers);
        checkOneOfficerPerCoverage(officers);
        return problems.isEmpty() ? new OfficerDirectory(source, officers, committees) : null;
    }

    private List<Officer> officers(Object value) {
        List<Officer> officers = new ArrayList<>();
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            problems.add("officers", "is missing or empty", "list the contact officers, one of them with 'default: true'");
            return officers;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String place = "officers[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                problems.add(place, "is not a mapping", "write the officer as 'id: ...', 'name: {ar: ..., en: ...}', 'email: ...'");
                continue;
            }
            String id = problems.identifier(map.get("id"), place + ".id", 64);
            String at = place + (id == null ? "" : " (" + id + ")");
            if (id != null && !ids.add(id)) {
                problems.add(at + ".id", "'" + id + "' is used by an earlier officer", "give each officer their own id");
            }
            problems.unknownKeys(map, OFFICER_KEYS, at);
            LocalizedText name = problems.text(map.get("name"), at + ".name", true);
            String email = email(map.get("email"), at + ".email");
            Set<String> categories = identifiers(map.get("categories"), at + ".categories");
            Set<String> fields = identifiers(map.get("fields"), at + ".fields");
            String deputy = map.get("deputy") == null ? null : map.get("deputy").toString();
            if (deputy == null) {
                problems.add(at + ".deputy", "is missing", "name the id of the officer who stands in for this one");
            }
            boolean isDefault = flag(map.get("default"), at + ".default");
            if (!isDefault && categories.isEmpty() && fields.isEmpty()) {
                problems.add(at, "covers no member category and no field of work",
                        "add 'categories: [...]' or 'fields: [...]', or make the officer the default");
            }
            if (id != null && name != null && email != null && deputy != null) {
                officers.add(new Officer(id, name, email, categories, fields, deputy, isDefault));
            }
        }
        return officers;
    }

    private Map<String, Committee> committees(Object value) {
        Map<String, Committee> committees = new LinkedHashMap<>();
        if (!(value instanceof Map<?, ?> map)) {
            problems.add("committees", value == null ? "is missing" : "is not a mapping",
                    "define " + String.join(", ", Committee.REQUIRED) + ", each with 'name' and 'email'");
            return committees;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String id = String.valueOf(entry.getKey());
            String at = "committees." + id;
            if (!Committee.REQUIRED.contains(id)) {
                problems.add(at, "is not a known committee", "use one of: " + String.join(", ", Committee.REQUIRED));
                continue;
            }
            if (!(entry.getValue() instanceof Map<?, ?> committee)) {
                problems.add(at, "is not a mapping", "give it 'name: {ar: ..., en: ...}' and 'email: ...'");
                continue;
            }
            problems.unknownKeys(committee, COMMITTEE_KEYS, at);
            LocalizedText name = problems.text(committee.get("name"), at + ".name", true);
            String email = email(committee.get("email"), at + ".email");
            if (name != null && email != null) {
                committees.put(id, new Committee(id, name, email));
            }
        }
        for (String id : Committee.REQUIRED) {
            if (!map.containsKey(id)) {
                problems.add("committees." + id, "is missing", "add it with 'name: {ar: ..., en: ...}' and 'email: ...'");
            }
        }
        return committees;
    }

    private void checkDeputies(List<Officer> officers) {
        Set<String> ids = new HashSet<>();
        officers.forEach(o -> ids.add(o.id()));
        for (Officer officer : officers) {
            String at = "officer " + officer.id() + ".deputy";
            if (officer.deputyId().equals(officer.id())) {
                problems.add(at, "names the officer themself", "name another officer who stands in for them");
            } else if (!ids.contains(officer.deputyId())) {
                problems.add(at, "'" + officer.deputyId() + "' is not an officer in this file",
                        "name one of: " + String.join(", ", new TreeSet<>(ids)));
            }
        }
    }

    private void checkOneDefault(List<Officer> officers) {
        List<String> defaults = officers.stream().filter(Officer::isDefault).map(Officer::id).toList();
        if (defaults.isEmpty() && !officers.isEmpty()) {
            problems.add("officers", "no officer is the default",
                    "add 'default: true' to the officer who answers non-members and what no one else covers");
        } else if (defaults.size() > 1) {
            problems.add("officers", "more than one officer is the default (" + String.join(", ", defaults) + ")",
                    "keep 'default: true' on exactly one of them");
        }
    }

    /** P15: one contact officer per member category, per field of work and per pair of them. */
    private void checkOneOfficerPerCoverage(List<Officer> officers) {
        Map<String, String> owners = new HashMap<>();
        for (Officer officer : officers) {
            for (String key : OfficerDirectory.coverage(officer)) {
                String other = owners.putIfAbsent(key, officer.id());
                if (other != null) {
                    problems.add("officer " + officer.id(), "covers " + OfficerDirectory.describe(key) + ", as officer '" + other
                            + "' does", "name one contact officer for each category and field of work");
                }
            }
        }
    }

    private String email(Object value, String place) {
        String email = value == null ? null : EmailAddresses.normalise(value.toString()).orElse(null);
        if (email == null) {
            problems.add(place, value == null ? "is missing" : "'" + value + "' is not an email address",
                    "write an address such as officer@example.org");
        }
        return email;
    }

    private Set<String> identifiers(Object value, String place) {
        Set<String> ids = new LinkedHashSet<>();
        if (value == null) {
            return ids;
        }
        if (!(value instanceof List<?> list)) {
            problems.add(place, "must be a list", "write it as '[a, b]'");
            return ids;
        }
        for (int i = 0; i < list.size(); i++) {
            String id = problems.identifier(list.get(i), place + "[" + i + "]", 64);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private boolean flag(Object value, String place) {
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        problems.add(place, "'" + value + "' is not true or false", "write 'default: true' or leave it out");
        return false;
    }

}
