package org.tawasul.dialogs;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the dialogs address a member: by the first name, not the full registered name with its
 * nickname in quotes and its commas ("نورة بنت سعد "أم فهد"، القحطاني" → "نورة"). A compound first
 * name stays whole ("عبد الله محمد" → "عبد الله").
 */
final class MemberNames {

    private static final Pattern QUOTED = Pattern.compile("[\"«“][^\"»”]*[\"»”]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\"'«»“”()\\[\\],،؛;.]");
    /** First words that belong with the next one: عبد الله، أبو بكر، Abdul Rahman. */
    private static final Set<String> JOINED = Set.of("عبد", "ابو", "أبو", "abd", "abdul", "abu");

    private MemberNames() {
    }

    /** The member's first name, for greetings. */
    static String first(MemberPort.Member member) {
        return first(member.fullName());
    }

    static String first(String fullName) {
        String cleaned = PUNCTUATION.matcher(QUOTED.matcher(fullName == null ? "" : fullName).replaceAll(" "))
                .replaceAll(" ").strip();
        if (cleaned.isEmpty()) {
            return fullName == null ? "" : fullName.strip();
        }
        String[] words = cleaned.split("\\s+");
        if (words.length > 1 && JOINED.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
            return words[0] + " " + words[1];
        }
        return words[0];
    }
}
