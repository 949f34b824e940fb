package org.tawasul.faq;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tawasul.conversations.message.Language;

/**
 * Measures an index against questions whose right answer is known: the share of in-scope questions answered with
 * the right entry, and the share of out-of-scope questions ({@link #NONE}) handed to staff.
 */
public final class FaqEvaluation {

    /** The expected id of a question that must go to staff. */
    public static final String NONE = "NONE";

    private FaqEvaluation() {
    }

    /**
     * One labelled question.
     *
     * @param expected the id of the entry that answers it, or {@link #NONE}
     * @param question the question as a member wrote it
     * @param line     its line in the file, from 1
     */
    public record Labelled(String expected, String question, int line) {
    }

    /**
     * A question answered wrongly: with another entry, with none although one answers it, or with an entry although
     * it is out of scope.
     *
     * @param labelled the question
     * @param first    what ranked first, if anything did (below the threshold when {@code answered} is false)
     * @param answered whether {@code first} scored enough to answer by itself
     */
    public record Miss(Labelled labelled, Optional<FaqMatch> first, boolean answered) {
    }

    /**
     * The figures of one run.
     *
     * @param inScope     questions an entry answers
     * @param correct     of those, answered by that entry
     * @param rankedFirst of those, with that entry ranked first (answered or not)
     * @param outOfScope  questions that must go to staff
     * @param refused     of those, handed to staff
     * @param misses      every wrong outcome, in file order
     */
    public record Report(int inScope, int correct, int rankedFirst, int outOfScope, int refused, List<Miss> misses) {

        /** The share of in-scope questions answered by the right entry, 0 to 1 (1 when there are none). */
        public double accuracy() {
            return inScope == 0 ? 1 : (double) correct / inScope;
        }

        /** The share of out-of-scope questions handed to staff, 0 to 1 (1 when there are none). */
        public double refusalRate() {
            return outOfScope == 0 ? 1 : (double) refused / outOfScope;
        }

        /** Prints the figures, then each miss with what ranked first and its score. */
        public void print(PrintStream out, double minScore) {
            out.printf(Locale.ROOT, "in scope:     %d/%d answered with the right entry (%.1f%%); "
                    + "right entry ranked first: %d (%.1f%%)%n", correct, inScope, 100 * accuracy(), rankedFirst,
                    inScope == 0 ? 100.0 : 100.0 * rankedFirst / inScope);
            out.printf(Locale.ROOT, "out of scope: %d/%d handed to staff (%.1f%%)%n", refused, outOfScope,
                    100 * refusalRate());
            out.printf(Locale.ROOT, "threshold:    %.2f (tawasul.faq.min-score)%n", minScore);
            if (!misses.isEmpty()) {
                out.println();
                out.println("line\texpected\tfirst\tscore\toutcome\tquestion");
            }
            for (Miss miss : misses) {
                out.printf(Locale.ROOT, "%d\t%s\t%s\t%s\t%s\t%s%n", miss.labelled().line(), miss.labelled().expected(),
                        miss.first().map(m -> m.entry().id()).orElse("-"),
                        miss.first().map(m -> String.format(Locale.ROOT, "%.2f", m.score())).orElse("-"),
                        outcome(miss), miss.labelled().question());
            }
        }

        private static String outcome(Miss miss) {
            if (!miss.answered()) {
                return "to staff";
            }
            return NONE.equals(miss.labelled().expected()) ? "answered, should go to staff" : "wrong entry";
        }
    }

    /**
     * Reads {@code expected_id<TAB>question} lines (UTF-8; empty lines and lines starting with # are skipped; further
     * columns, as {@code faq-unanswered} writes them, are ignored).
     *
     * @throws IllegalArgumentException naming the file, the line and the fix
     */
    public static List<Labelled> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException(file + ": is not UTF-8 text. Fix: save it as UTF-8.");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        List<Labelled> questions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IllegalArgumentException(file + ": line " + (i + 1) + ": is not 'entry-id<TAB>question'. Fix: "
                        + "write the id of the entry that answers it (or NONE), a tab, then the question.");
            }
            questions.add(new Labelled(columns[0].strip(), columns[1].strip(), i + 1));
        }
        return questions;
    }

    /**
     * Asks {@code index} every question, in the language its letters are in.
     *
     * @throws IllegalArgumentException when an expected id is neither an entry's nor {@link #NONE}
     */
    public static Report run(FaqIndex index, List<Labelled> questions) {
        Set<String> ids = index.entries().stream().map(FaqEntry::id).collect(Collectors.toSet());
        List<String> unknown = questions.stream().map(Labelled::expected)
                .filter(id -> !ids.contains(id) && !NONE.equals(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no entry has the id " + String.join(", ", unknown)
                    + ". Fix: use the ids of the configured FAQ, or NONE for a question that must go to staff.");
        }
        int inScope = 0;
        int correct = 0;
        int rankedFirst = 0;
        int outOfScope = 0;
        int refused = 0;
        List<Miss> misses = new ArrayList<>();
        for (Labelled labelled : questions) {
            Optional<FaqMatch> first = index.top(labelled.question(), languageOf(labelled.question()), 1).stream().findFirst();
            boolean answered = first.isPresent() && index.answers(first.get());
            String answer = answered ? first.get().entry().id() : NONE;
            if (NONE.equals(labelled.expected())) {
                outOfScope++;
            } else {
                inScope++;
                if (first.isPresent() && first.get().entry().id().equals(labelled.expected())) {
                    rankedFirst++;
                }
            }
            if (answer.equals(labelled.expected())) {
                if (NONE.equals(answer)) {
                    refused++;
                } else {
                    correct++;
                }
            } else {
                misses.add(new Miss(labelled, first, answered));
            }
        }
        return new Report(inScope, correct, rankedFirst, outOfScope, refused, List.copyOf(misses));
    }

    /** Arabic when the text has an Arabic letter, English otherwise: the language a member writing it would use. */
    static Language languageOf(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                ? Language.AR : Language.EN;
    }
}
