package org.tawasul.faq;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The curated words of {@code faq/lexicon.txt}: colloquial fillers and question words that carry no topic
 * ({@code stop:} lines), and concepts whose forms members write in many ways, each line one concept: its term, then
 * its dialect, verb, plural, English and loanword forms ({@code شكوى = اشتكي, يشتكي, بلاغ, complaint}); and words
 * of other institutions and matters ({@code elsewhere:} lines), whose terms start with {@link #ELSEWHERE_MARK}. A phrase of
 * up to {@link #LONGEST} words counts as one form ({@code واتس اب}). Every form is analysed as the texts are, so a
 * form matches whatever prefix, suffix or spelling the analysis removes; the same mapping is applied to the entries
 * and to the member's question.
 */
final class FaqLexicon {

    /** The bundled lexicon, on the class path. */
    static final String BUNDLED = "faq/lexicon.txt";
    /** The most words a form may have. */
    static final int LONGEST = 4;
    private static final String STOP = "stop:";
    private static final String ELSEWHERE = "elsewhere:";
    /** Starts the term of a word of an {@code elsewhere:} line: another institution's or matter's. */
    static final String ELSEWHERE_MARK = "\u0001";
    /** The term of an attached "-كم" (your, addressing the society), after the word it was attached to. */
    static final String YOURS = "كم_";

    /** A form's analysed tokens to its concept's term; "" for words that carry no topic. */
    private final Map<List<String>, String> forms;

    private FaqLexicon(Map<List<String>, String> forms) {
        this.forms = Map.copyOf(forms);
    }

    /** The bundled lexicon and the further stop words {@code stops}, analysed by {@code tokens}. */
    static FaqLexicon bundled(Function<String, List<String>> tokens, Collection<String> stops) {
        try (InputStream in = FaqLexicon.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is not on the class path. Fix: rebuild tawasul.jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n" + STOP + String.join(",", stops), tokens);
        } catch (IOException e) {
            throw new IllegalStateException(BUNDLED + " cannot be read", e);
        }
    }

    /**
     * Reads lexicon lines; {@code #} starts a comment, forms are separated by commas (Latin or Arabic). A form listed
     * twice keeps its first concept, and a concept's form is never a stop word.
     */
    static FaqLexicon parse(String text, Function<String, List<String>> tokens) {
        Map<List<String>, String> forms = new HashMap<>();
        List<String> stops = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            if (line.startsWith(STOP)) {
                stops.add(line.substring(STOP.length()));
            } else if (line.startsWith(ELSEWHERE)) {
                elsewhere.add(line.substring(ELSEWHERE.length()));
            } else if (line.contains("=")) {
                String concept = String.join(" ", tokens.apply(line.substring(0, line.indexOf('='))));
                add(forms, line.substring(0, line.indexOf('=')) + "," + line.substring(line.indexOf('=') + 1), concept, tokens);
            }
        }
        // after the concepts: another institution's word the stemmer makes into a concept's form (جوالات → جوال,
        // phones → phone) stays the concept, and so does a stop word (هو, هوية → هو)
        for (String list : elsewhere) {
            for (String form : list.split("[,،]")) {
                List<String> analysed = tokens.apply(form.strip());
                if (!analysed.isEmpty() && analysed.size() <= LONGEST) {
                    forms.putIfAbsent(analysed, ELSEWHERE_MARK + String.join(" ", analysed));
                }
            }
        }
        stops.forEach(list -> add(forms, list, "", tokens));
        return new FaqLexicon(forms);
    }

    private static void add(Map<List<String>, String> forms, String list, String concept,
            Function<String, List<String>> tokens) {
        for (String form : list.split("[,،]")) {
            List<String> analysed = tokens.apply(form.strip());
            if (!analysed.isEmpty() && analysed.size() <= LONGEST) {
                forms.putIfAbsent(analysed, concept);
            }
        }
    }

    /** The concept of a one-word form, "" for a stop word, null for a word the lexicon does not know. */
    private String concept(String token) {
        return forms.get(List.of(token));
    }

    /** The terms of analysed {@code tokens}: the longest form at each place read as its concept, fillers left out. */
    List<String> apply(List<String> tokens) {
        List<String> terms = new ArrayList<>(tokens.size());
        int i = 0;
        boolean dropped = false;
        while (i < tokens.size()) {
            if (tokens.get(i).equals(YOURS)) {
                if (!dropped) {
                    terms.add(YOURS);    // not after a stop word: عندكم, عليكم say nothing
                }
                i++;
                continue;
            }
            int matched = 1;
            String term = tokens.get(i);
            for (int length = Math.min(LONGEST, tokens.size() - i); length >= 1; length--) {
                String concept = forms.get(tokens.subList(i, i + length));
                if (concept != null) {
                    matched = length;
                    term = concept;
                    break;
                }
            }
            if (matched == 1 && concept(term) == null) {
                // a preposition before another institution's word (لشركه, بمدرسه) keeps it that institution's; a
                // verb stem never does (its letters make other words)
                String original = term;
                term = VerbForms.withoutPreposition(term).map(this::concept)
                        .filter(c -> c.startsWith(ELSEWHERE_MARK))
                        .orElseGet(() -> VerbForms.stems(original).stream().map(this::concept)
                                .filter(c -> c != null && !c.startsWith(ELSEWHERE_MARK)).findFirst().orElse(original));
            }
            dropped = term.isEmpty();
            if (!dropped) {
                terms.add(term);
            }
            i += matched;
        }
        return terms;
    }
}
