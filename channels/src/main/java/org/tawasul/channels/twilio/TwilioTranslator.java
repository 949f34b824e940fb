package org.tawasul.channels.twilio;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tawasul.conversations.input.InputNormaliser;
import org.tawasul.conversations.message.Inbound;

/**
 * Translates an inbound message webhook's form parameters ({@code MessageSid}, {@code From},
 * {@code To}, {@code Body}, {@code NumMedia}, and {@code OptOutType} where Twilio's Advanced
 * Opt-Out is on) into a {@link TwilioInbound}. A keyword counts only as the whole message, trimmed,
 * in any letter case, and with Arabic letter forms folded (أ/إ/ا, tatweel, harakat); "stop it"
 * is input. When Twilio itself classified the message ({@code OptOutType} STOP, START or HELP),
 * its verdict wins, since it has already acted on it. The keyword lists and why they are these are
 * in the package documentation.
 */
public final class TwilioTranslator {

    /** Twilio's own opt-out words, which it acts on itself for standard numbers. */
    public static final Set<String> ENGLISH_OPT_OUT = Set.of("stop", "stopall", "unsubscribe", "cancel", "end", "quit",
            "revoke", "optout");
    /** Twilio's own opt-in words. */
    public static final Set<String> ENGLISH_OPT_IN = Set.of("start", "yes", "unstop");
    /** Twilio's own help words. */
    public static final Set<String> ENGLISH_HELP = Set.of("help", "info");
    /** Our Arabic opt-out words ("stop", "stop the messages"); Twilio does not know them. */
    public static final Set<String> ARABIC_OPT_OUT = Set.of("إيقاف", "أوقف", "إيقاف الرسائل", "أوقف الرسائل");
    /** Our Arabic opt-in words ("activate", "activate the messages"). */
    public static final Set<String> ARABIC_OPT_IN = Set.of("تفعيل", "تفعيل الرسائل");

    private static final Set<String> OPT_OUT = folded(ENGLISH_OPT_OUT, ARABIC_OPT_OUT);
    private static final Set<String> OPT_IN = folded(ENGLISH_OPT_IN, ARABIC_OPT_IN);
    private static final Set<String> HELP = folded(ENGLISH_HELP, Set.of());

    private TwilioTranslator() {
    }

    /**
     * What an inbound message means.
     *
     * @throws IllegalArgumentException without a MessageSid or a From
     */
    public static TwilioInbound translate(Map<String, String> parameters) {
        String sid = required(parameters, "MessageSid");
        String from = required(parameters, "From");
        String to = optional(parameters, "To");
        int media = mediaCount(parameters.get("NumMedia"));
        String body = parameters.get("Body") == null ? "" : parameters.get("Body").strip();
        if (body.isEmpty()) {
            return new TwilioInbound(sid, from, to, TwilioInbound.Kind.NO_TEXT, null, null, media);
        }
        String folded = InputNormaliser.fold(body);
        TwilioInbound.Kind kind = kindByTwilio(parameters.get("OptOutType"));
        if (kind == null) {
            kind = kindOf(folded);
        }
        return new TwilioInbound(sid, from, to, kind, kind == TwilioInbound.Kind.INPUT ? null : folded,
                Inbound.text(body), media);
    }

    /** The kind of a folded, trimmed message by our keyword lists. */
    static TwilioInbound.Kind kindOf(String folded) {
        if (OPT_OUT.contains(folded)) {
            return TwilioInbound.Kind.OPT_OUT;
        }
        if (OPT_IN.contains(folded)) {
            return TwilioInbound.Kind.OPT_IN;
        }
        return HELP.contains(folded) ? TwilioInbound.Kind.HELP : TwilioInbound.Kind.INPUT;
    }

    /** Twilio's verdict under Advanced Opt-Out, or null when it gave none. */
    private static TwilioInbound.Kind kindByTwilio(String optOutType) {
        if (optOutType == null) {
            return null;
        }
        return switch (optOutType.strip().toUpperCase(Locale.ROOT)) {
            case "STOP" -> TwilioInbound.Kind.OPT_OUT;
            case "START" -> TwilioInbound.Kind.OPT_IN;
            case "HELP" -> TwilioInbound.Kind.HELP;
            default -> null;
        };
    }

    private static int mediaCount(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String required(Map<String, String> parameters, String name) {
        String value = optional(parameters, name);
        if (value == null) {
            throw new IllegalArgumentException("An inbound message without " + name);
        }
        return value;
    }

    private static String optional(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @SafeVarargs
    private static Set<String> folded(Set<String>... lists) {
        return Stream.of(lists).flatMap(Set::stream).map(InputNormaliser::fold).collect(Collectors.toUnmodifiableSet());
    }
}
