package org.tawasul.cases.sla;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;
import org.tawasul.conversations.message.Language;

/**
 * Writes a date with its Hijri (Umm al-Qura) and Gregorian forms, in Latin digits, e.g.
 * "الأحد 15 رجب 1447 هـ الموافق 4 يناير 2026 م" and "Sunday 4 January 2026 (15 Rajab 1447 AH)".
 * The names are fixed tables (Saudi usage), not the JDK's locale data, which changes between versions.
 */
public final class DeadlineFormat {

    private static final List<String> AR_DAYS = List.of("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد");
    private static final List<String> EN_DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");
    private static final List<String> AR_MONTHS = List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
            "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    private static final List<String> EN_MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> AR_HIJRI_MONTHS = List.of("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى",
            "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة");
    private static final List<String> EN_HIJRI_MONTHS = List.of("Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani",
            "Jumada al-Ula", "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah");

    private DeadlineFormat() {
    }

    /** The date in the member's language, Hijri first in Arabic and Gregorian first in English. */
    public static String format(LocalDate date, Language language) {
        HijrahDate hijri = HijrahDate.from(date);
        int hDay = hijri.get(ChronoField.DAY_OF_MONTH);
        int hMonth = hijri.get(ChronoField.MONTH_OF_YEAR) - 1;
        int hYear = hijri.get(ChronoField.YEAR);
        int weekday = date.getDayOfWeek().getValue() - 1;
        int month = date.getMonthValue() - 1;
        if (language == Language.EN) {
            return EN_DAYS.get(weekday) + " " + date.getDayOfMonth() + " " + EN_MONTHS.get(month) + " " + date.getYear()
                    + " (" + hDay + " " + EN_HIJRI_MONTHS.get(hMonth) + " " + hYear + " AH)";
        }
        return AR_DAYS.get(weekday) + " " + hDay + " " + AR_HIJRI_MONTHS.get(hMonth) + " " + hYear + " هـ الموافق "
                + date.getDayOfMonth() + " " + AR_MONTHS.get(month) + " " + date.getYear() + " م";
    }
}
