package org.tawasul.conversations.format;

import com.ibm.icu.text.NumberFormat;
import org.tawasul.conversations.message.Language;

/** Whole numbers and sums of money as members read them: Latin digits, a comma every three digits. */
public final class Amounts {

    private Amounts() {
    }

    /** The number with thousands separators: "12,500". */
    public static String number(long value, Language language) {
        NumberFormat format = NumberFormat.getIntegerInstance(language.locale());
        format.setGroupingUsed(true);
        return format.format(value);
    }

    /** A sum in Saudi riyals: "12,500 ريال", "SAR 12,500". */
    public static String riyals(long value, Language language) {
        return language == Language.EN ? "SAR " + number(value, language) : number(value, language) + " ريال";
    }
}
