package org.tawasul.channels.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds what a reply says that is new: the text above the quoted history and the signature, as
 * Gmail, Outlook (desktop, web and mobile), Apple Mail, Thunderbird and phone clients write them in
 * Arabic and English. The history starts at the first of: an attribution line ({@code On … wrote:},
 * {@code في … كتب …:}, also wrapped over up to three lines), an Outlook header block
 * ({@code From:}/{@code من:} followed by {@code Sent:}/{@code تم الإرسال:}/{@code To:}/{@code الموضوع:} …),
 * a separator ({@code -----Original Message-----}, {@code -----الرسالة الأصلية-----}, a line of
 * underscores, {@code Begin forwarded message:}), a mobile footer ({@code Sent from my iPhone},
 * {@code أُرسلت من جهاز iPhone الخاص بي}, {@code Get Outlook for Android}) or a {@code -- }
 * signature line. Lines quoted with {@code >} are dropped wherever they are, so an answer written
 * between or below quotes is kept. A sign-off without a {@code -- } line ("Regards, Ahmed") is part
 * of the text and stays. Outlook's placeholders for inline images ({@code [cid:…]}) are removed.
 *
 * <p>Bidi controls (U+200E/F, U+061C, U+202A–E, U+2066–9) and byte order marks are removed at the
 * start and end of each line with the spaces there, runs of blank lines kept to one and blank
 * lines at either end removed.
 */
public final class ReplyText {

    private static final Pattern EDGE_MARKS = Pattern.compile(
            "^[\\s\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]+|[\\s\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]+$");
    private static final Pattern ALL_MARKS = Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    /** Where Outlook's plain text shows an inline image (a signature logo): {@code [cid:image001.png@01DB...]}. */
    private static final Pattern INLINE_IMAGE = Pattern.compile("\\[cid:[^\\]\\s]+\\]");
    private static final Pattern EVIDENCE = Pattern.compile("\\p{Nd}|@");

    private static final Pattern ATTRIBUTION = Pattern.compile(String.join("|",
            "^on\\b.{4,300}\\bwrote\\s*:$",
            "^le\\b.{4,300}\\ba écrit\\s*:$",
            "^am\\b.{4,300}\\bschrieb\\b.{0,150}:$",
            "^في\\s.{4,300}(كتب|بواسطه|بواسطة).{0,200}:$"));
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^(on|le|am|في)\\s");

    private static final Pattern SEPARATOR = Pattern.compile(String.join("|",
            "^-{2,}\\s*(original message|original-message|الرساله الاصليه|الرسالة الاصلية|forwarded message"
                    + "|رساله معاد توجيهها|رسالة معاد توجيهها|الرساله المعاد توجيهها|الرسالة المعاد توجيهها)\\s*-{2,}$",
            "^_{10,}$",
            "^(begin forwarded message|بدايه الرساله المعاد توجيهها|بداية الرسالة المعاد توجيهها)\\s*:$"));

    private static final Pattern FOOTER = Pattern.compile(String.join("|",
            "^sent from my\\s.{1,60}$",
            "^sent from (outlook|mail|yahoo mail|gmail|samsung|my mobile)\\b.{0,60}$",
            "^get outlook for (ios|android)\\b.{0,80}$",
            "^(ارسلت|ارسل|مرسل|مرسله|مرسلة|تم الارسال|تم ارسالها|تم ارساله) من\\s.{1,60}$",
            "^احصل على outlook\\b.{0,80}$"));

    private static final Pattern HEADER_FROM = Pattern.compile("^(from|من|المرسل)\\s*:\\s*\\S.*");
    private static final Pattern HEADER_OTHER = Pattern.compile(
            "^(sent|date|to|cc|subject|تم الارسال|تاريخ الارسال|ارسلت|ارسل|التاريخ|الى|الي|نسخه|نسخة|نسخه الى|نسخة الى"
                    + "|الموضوع)\\s*:.*");

    private ReplyText() {
    }

    /** The new text of a plain-text reply. */
    public static String newText(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String line : newLines(lines(text), true)) {
            String withoutImages = INLINE_IMAGE.matcher(line).replaceAll("");
            if (!withoutImages.isBlank() || line.isBlank()) { // a line that was only an image goes
                kept.add(withoutImages);
            }
        }
        return tidy(kept);
    }

    /** The new text of an HTML-only reply: quoted blocks dropped by their markup, then as {@link #newText}. */
    public static String newTextOfHtml(String html) {
        return newText(HtmlText.toText(html, true));
    }

    /** The whole text, tidied (marks at line edges, trailing spaces and extra blank lines removed), nothing cut. */
    public static String tidy(String text) {
        return text == null ? "" : tidy(lines(text));
    }

    private static List<String> newLines(List<String> lines, boolean mayLookBelow) {
        int cut = lines.size();
        boolean attribution = false;
        for (int i = 0; i < lines.size(); i++) {
            if (isQuoted(lines.get(i))) {
                continue;
            }
            int attributionLines = attributionAt(lines, i);
            if (attributionLines > 0 || startsHistory(lines, i)) {
                cut = i;
                attribution = attributionLines > 0;
                break;
            }
        }
        List<String> head = unquoted(lines.subList(0, cut));
        if (mayLookBelow && attribution && head.stream().allMatch(String::isBlank)) {
            // nothing above the attribution: the answers are written between or below the quotes
            int from = cut + attributionAt(lines, cut);
            return newLines(lines.subList(from, lines.size()), false);
        }
        return head;
    }

    private static boolean startsHistory(List<String> lines, int i) {
        String raw = ALL_MARKS.matcher(lines.get(i)).replaceAll("");
        if (raw.strip().equals("--")) { // "-- ", the signature delimiter (many clients drop its space)
            return true;
        }
        String key = key(lines.get(i));
        if (key.isEmpty()) {
            return false;
        }
        return SEPARATOR.matcher(key).matches() || FOOTER.matcher(key).matches() || isHeaderBlock(lines, i, key);
    }

    /** How many lines (1-3) the attribution starting at line {@code i} spans, or 0 if none starts there. */
    private static int attributionAt(List<String> lines, int i) {
        if (i >= lines.size()) {
            return 0;
        }
        String joined = key(lines.get(i));
        if (!ATTRIBUTION_START.matcher(joined).find()) {
            return 0;
        }
        for (int n = 1; n <= 3 && i + n <= lines.size(); n++) {
            if (n > 1) {
                String next = key(lines.get(i + n - 1));
                if (next.isEmpty()) {
                    return 0;
                }
                joined = joined + " " + next;
            }
            if (ATTRIBUTION.matcher(joined).matches() && EVIDENCE.matcher(joined).find()) {
                return n;
            }
        }
        return 0;
    }

    /** A {@code From:} line followed, within six lines, by at least two other header lines. */
    private static boolean isHeaderBlock(List<String> lines, int i, String key) {
        if (!HEADER_FROM.matcher(key).matches()) {
            return false;
        }
        int headers = 0;
        for (int j = i + 1; j < Math.min(lines.size(), i + 7); j++) {
            if (HEADER_OTHER.matcher(key(lines.get(j))).matches()) {
                headers++;
            }
        }
        return headers >= 2;
    }

    private static boolean isQuoted(String line) {
        return ALL_MARKS.matcher(line).replaceAll("").stripLeading().startsWith(">");
    }

    private static List<String> unquoted(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (!isQuoted(line)) {
                kept.add(line);
            }
        }
        return kept;
    }

    /**
     * A line as compared with the patterns: marks, Arabic diacritics and tatweel removed, alef
     * forms unified, {@code *bold*} stars dropped, spaces collapsed, lower case.
     */
    static String key(String line) {
        String s = ALL_MARKS.matcher(line).replaceAll("");
        s = DIACRITICS.matcher(s).replaceAll("");
        s = s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace("*", "")
                .replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return s.toLowerCase(Locale.ROOT);
    }

    private static List<String> lines(String text) {
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    private static String tidy(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean blankPending = false;
        for (String line : lines) {
            String clean = EDGE_MARKS.matcher(line.replace('\u00A0', ' ')).replaceAll("");
            if (clean.isEmpty()) {
                blankPending = !out.isEmpty();
                continue;
            }
            if (blankPending) {
                out.append('\n');
                blankPending = false;
            }
            out.append(clean).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
