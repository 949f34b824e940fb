package org.tawasul.conversations.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tawasul.conversations.input.InputNormaliser;

/**
 * Greetings and thanks a member writes, so that they get one back instead of a wrong-answer message:
 * «السلام عليكم» is answered «وعليكم السلام», «صباح الخير» «صباح النور», «شكرًا» «العفو».
 */
final class Courtesy {

    /** What kind of courtesy, and the text key of the answer to it. */
    enum Kind {
        SALAM("courtesy.salam"), MORNING("courtesy.morning"), EVENING("courtesy.evening"), HELLO("courtesy.hello"),
        THANKS("courtesy.thanks");

        final String reply;

        Kind(String reply) {
            this.reply = reply;
        }
    }

    /** A courtesy at the start of a message, and the words after it (folded; empty when it was all). */
    record Lead(Kind kind, String rest) { }

    /** Each courtesy as word lists, longest first so that "السلام عليكم ورحمة الله" wins over "السلام". */
    private static final List<Map.Entry<List<String>, Kind>> PHRASES = phrases(Map.of(
            Kind.SALAM, new String[] {"السلام عليكم ورحمة الله وبركاته", "السلام عليكم ورحمة الله", "السلام عليكم",
                    "سلام عليكم", "السلام", "سلام", "assalamu alaikum", "assalam alaikum", "salam alaikum",
                    "as salamu alaykum", "salam"},
            Kind.MORNING, new String[] {"صباح الخير", "صباح النور", "good morning"},
            Kind.EVENING, new String[] {"مساء الخير", "مساء النور", "good evening"},
            Kind.HELLO, new String[] {"مرحبا", "مرحبا بك", "اهلا", "اهلا وسهلا", "هلا", "هلا والله", "hello", "hi", "hey"},
            Kind.THANKS, new String[] {"شكرا", "شكرا لك", "شكرا لكم", "شكرا جزيلا", "مشكور", "مشكورين", "مشكوره",
                    "جزاك الله خير", "جزاكم الله خير", "جزاك الله خيرا", "جزاكم الله خيرا", "يعطيك العافيه",
                    "يعطيكم العافيه", "الله يعطيك العافيه", "thanks", "thank you", "thanks a lot", "thx"}));

    private Courtesy() {
    }

    /** The courtesy the message starts with (and what follows it), or a lead without kind and the whole text. */
    static Lead lead(String folded) {
        List<String> words = StepChoices.words(folded);
        for (Map.Entry<List<String>, Kind> phrase : PHRASES) {
            List<String> name = phrase.getKey();
            if (words.size() >= name.size() && words.subList(0, name.size()).equals(name)) {
                return new Lead(phrase.getValue(), String.join(" ", words.subList(name.size(), words.size())));
            }
        }
        return new Lead(null, folded);
    }

    /** The courtesy the whole message is, or null. */
    static Kind whole(String folded) {
        Lead lead = lead(folded);
        return lead.rest().isEmpty() ? lead.kind() : null;
    }

    private static List<Map.Entry<List<String>, Kind>> phrases(Map<Kind, String[]> byKind) {
        List<Map.Entry<List<String>, Kind>> phrases = new ArrayList<>();
        byKind.forEach((kind, texts) -> {
            for (String text : texts) {
                phrases.add(Map.entry(StepChoices.words(InputNormaliser.fold(text)), kind));
            }
        });
        phrases.sort((a, b) -> b.getKey().size() - a.getKey().size());
        return List.copyOf(phrases);
    }
}
