package org.tawasul.staff.mail;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.tawasul.cases.AssigneeKind;
import org.tawasul.cases.Case;
import org.tawasul.cases.routing.Committee;
import org.tawasul.cases.routing.Officer;
import org.tawasul.cases.routing.OfficerDirectory;
import org.tawasul.conversations.message.Language;

/** Who is on a case by email, from the officers file: the assignee, the deputy, the committee. */
final class CaseStaff {

    /** A person or committee on a case: an id for the trail, a name for the member, an address. */
    record Person(String id, String name, String email) {
    }

    private final OfficerDirectory directory;

    CaseStaff(OfficerDirectory directory) {
        this.directory = directory;
    }

    /**
     * Who may answer a case by email, by lower-cased address: the assigned officer and their deputy, or
     * the committee on file.
     */
    Map<String, Person> responsible(Case aCase, Language language) {
        Map<String, Person> people = new LinkedHashMap<>();
        if (aCase.getAssigneeKind() == AssigneeKind.COMMITTEE) {
            committee(aCase.getAssigneeId()).ifPresent(c -> put(people, new Person("committee:" + c.id(),
                    c.name().in(language), c.email())));
        } else {
            officer(aCase.getAssigneeId()).ifPresent(o -> {
                put(people, person(o, language));
                officer(o.deputyId()).ifPresent(deputy -> put(people, person(deputy, language)));
            });
        }
        return people;
    }

    /** Who is mailed about a case: the assignee, and the deputy when configured. */
    Map<String, Person> recipients(Case aCase, Language language, boolean deputies) {
        Map<String, Person> all = responsible(aCase, language);
        if (deputies || all.isEmpty()) {
            return all;
        }
        Map<String, Person> first = new LinkedHashMap<>();
        all.entrySet().stream().findFirst().ifPresent(e -> first.put(e.getKey(), e.getValue()));
        return first;
    }

    /** An officer by id or email address (for {@code #assign}). */
    Optional<Officer> officerByIdOrEmail(String target) {
        String t = target.strip();
        Optional<Officer> byId = officer(t);
        if (byId.isPresent()) {
            return byId;
        }
        return directory.officers().stream().filter(o -> o.email().equalsIgnoreCase(t)).findFirst();
    }

    /** Whether the address belongs to anyone in the officers file (only they are told why a mail was refused). */
    boolean isStaff(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        if (directory.officers().stream().anyMatch(o -> o.email().equalsIgnoreCase(a))) {
            return true;
        }
        return Committee.REQUIRED.stream().map(this::committee).flatMap(Optional::stream)
                .anyMatch(c -> c.email().equalsIgnoreCase(a));
    }

    static Person person(Officer officer, Language language) {
        return new Person("staff:" + officer.id(), officer.name().in(language), officer.email());
    }

    private static void put(Map<String, Person> people, Person person) {
        people.putIfAbsent(person.email().strip().toLowerCase(Locale.ROOT), person);
    }

    private Optional<Officer> officer(String id) {
        try {
            return Optional.of(directory.officer(id));
        } catch (NoSuchElementException unknown) {
            return Optional.empty();
        }
    }

    private Optional<Committee> committee(String id) {
        try {
            return Optional.of(directory.committee(id));
        } catch (NoSuchElementException unknown) {
            return Optional.empty();
        }
    }
}
