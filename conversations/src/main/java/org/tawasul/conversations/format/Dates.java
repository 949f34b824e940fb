package org.tawasul.conversations.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;
import org.tawasul.conversations.message.Language;

/**
 * Dates as members read them, in Latin digits: in full with both calendars, e.g. "الأحد 15 رجب 1447 هـ
 * الموافق 4 يناير 2026 م" and "Sunday 4 January 2026 (15 Rajab 1447 AH)", or short as typed, "04/01/2026"
 * and "15/07/1447". Hijri is Umm al-Qura. The names are fixed tables (Saudi usage), not the JDK's locale
 * data, which changes between versions; a Hijri month after a day number is in the genitive (ذي الحجة).
 */
public final class Dates {

    private static final List<String> AR_DAYS = List.of("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد");
    private static final List<String> EN_DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");
    private static final List<String> AR_MONTHS = List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
            "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    private static final List<String> EN_MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> AR_HIJRI_MONTHS = List.of("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى",
            "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذي القعدة", "ذي الحجة");
    private static final List<String> EN_HIJRI_MONTHS = List.of("Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Akhir",
            "Jumada al-Ula", "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah");

    private Dates() {
    }

    /**
     * The date in full, Hijri first in Arabic and Gregorian first in English, with the weekday; only
     * Gregorian for a date outside the Umm al-Qura table (before 1300 or after 1600 AH).
     */
    public static String full(LocalDate date, Language language) {
        int weekday = date.getDayOfWeek().getValue() - 1;
        int month = date.getMonthValue() - 1;
        String gregorian = language == Language.EN
                ? EN_DAYS.get(weekday) + " " + date.getDayOfMonth() + " " + EN_MONTHS.get(month) + " " + date.getYear()
                : AR_DAYS.get(weekday) + " " + date.getDayOfMonth() + " " + AR_MONTHS.get(month) + " " + date.getYear() + " م";
        HijrahDate hijri;
        try {
            hijri = HijrahDate.from(date);
        } catch (DateTimeException e) {
            return gregorian;
        }
        int hDay = hijri.get(ChronoField.DAY_OF_MONTH);
        int hMonth = hijri.get(ChronoField.MONTH_OF_YEAR) - 1;
        int hYear = hijri.get(ChronoField.YEAR);
        if (language == Language.EN) {
            return EN_DAYS.get(weekday) + " " + date.getDayOfMonth() + " " + EN_MONTHS.get(month) + " " + date.getYear()
                    + " (" + hDay + " " + EN_HIJRI_MONTHS.get(hMonth) + " " + hYear + " AH)";
        }
        return AR_DAYS.get(weekday) + " " + hDay + " " + AR_HIJRI_MONTHS.get(hMonth) + " " + hYear + " هـ الموافق "
                + date.getDayOfMonth() + " " + AR_MONTHS.get(month) + " " + date.getYear() + " م";
    }

    /** The Gregorian date as a member types it: day/month/year, "04/01/2026". */
    public static String gregorian(LocalDate date) {
        return twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/" + date.getYear();
    }

    /**
     * The Hijri (Umm al-Qura) date as a member types it, without its marker: "15/07/1447".
     *
     * @throws DateTimeException for a date outside the Umm al-Qura table
     */
    public static String hijri(LocalDate date) {
        HijrahDate hijri = HijrahDate.from(date);
        return twoDigits(hijri.get(ChronoField.DAY_OF_MONTH)) + "/" + twoDigits(hijri.get(ChronoField.MONTH_OF_YEAR))
                + "/" + hijri.get(ChronoField.YEAR);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
