package org.tawasul.cases.sla;

import java.time.LocalDate;
import org.tawasul.conversations.format.Dates;
import org.tawasul.conversations.message.Language;

/**
 * Writes a deadline with its Hijri (Umm al-Qura) and Gregorian forms, in Latin digits, e.g.
 * "الأحد 15 رجب 1447 هـ الموافق 4 يناير 2026 م" and "Sunday 4 January 2026 (15 Rajab 1447 AH)": the
 * same form the dialogs use for every date ({@link Dates#full}).
 */
public final class DeadlineFormat {

    private DeadlineFormat() {
    }

    /** The date in the member's language, Hijri first in Arabic and Gregorian first in English. */
    public static String format(LocalDate date, Language language) {
        return Dates.full(date, language);
    }
}
