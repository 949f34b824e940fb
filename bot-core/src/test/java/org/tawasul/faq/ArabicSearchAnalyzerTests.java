package org.tawasul.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spelling variants and word forms analyse to the same terms; what Lucene's ArabicAnalyzer alone leaves. */
class ArabicSearchAnalyzerTests {

    private static Set<String> terms(String text) {
        try (Analyzer analyzer = new ArabicSearchAnalyzer()) {
            return FaqAnalysis.terms(analyzer, text);
        }
    }

    private static Set<String> plainArabicAnalyzer(String text) {
        try (Analyzer analyzer = new ArabicAnalyzer()) {
            return FaqAnalysis.terms(analyzer, text);
        }
    }

    @ParameterizedTest(name = "{1} = {0}")
    @CsvSource({
            // hamza forms of alef, ta marbuta / ha, alef maqsura / ya
            "كيف أنضم إلى عضوية الجمعية؟, كيف انضم الى عضويه الجمعيه",
            "كيف أنضم إلى عضوية الجمعية؟, كيف إنضم إلي عضوية الجمعيه",
            "كيف أنضم إلى عضوية الجمعية؟, كيف آنضم الي عضويّة الجمعية",
            // diacritics, shadda and tatweel
            "كيف أنضم إلى عضوية الجمعية؟, كَيْفَ أَنْضَمُّ إِلَى عُضْوِيَّةِ الجَمْعِيَّةِ؟",
            "كيف أنضم إلى عضوية الجمعية؟, كيــف أنضــم إلى عضويـــة الجمعيــة",
            // alef wasla, Persian yeh and keheh, zero-width non-joiner, Arabic-Indic and Persian digits
            "العضوية, ٱلعضوية",
            "هل يمكن تحديث رقم الهاتف, هل یمکن تحدیث رقم الهاتف",
            "الجمعية, الجمع\u200Cية",
            "خلال 15 يوم عمل, خلال ١٥ يوم عمل",
            "خلال 15 يوم عمل, خلال ۱۵ يوم عمل",
            // hamza on yeh or waw before waw: both accepted spellings
            "المسؤول عن الطلب, المسئول عن الطلب",
            "شؤون الأعضاء, شئون الأعضاء"
    })
    void spellingVariantsGiveTheSameTerms(String written, String variant) {
        assertThat(terms(variant)).isNotEmpty().isEqualTo(terms(written));
    }

    @ParameterizedTest(name = "{1} = {0}")
    @CsvSource({
            "العضوية, عضوية", "العضوية, وبالعضوية", "العضوية, بالعضوية", "العضوية, للعضوية", "العضوية, فبالعضوية",
            "العضوية, والعضوية", "العضوية, وعضوية", "الأعضاء, أعضاء", "الأعضاء, للأعضاء", "الأعضاء, وللأعضاء",
            "خدمة, الخدمات", "خدمة, وبالخدمات", "طلب, طلبات", "طلب, الطلبات", "الأسهم, أسهم", "الأسهم, وبالأسهم",
            "المساهمين, مساهمون", "تعويض, تعويضًا", "تعويض, تعويضا", "يوم, يومًا", "عضو, عضوًا"
    })
    void wordFormsGiveTheSameTerm(String form, String other) {
        assertThat(terms(other)).isNotEmpty().isEqualTo(terms(form));
    }

    @Test
    void questionWordsCourtesiesAndFillersAreNotSearchedFor() {
        assertThat(FaqAnalysis.terms("السلام عليكم، لو سمحت ابغى اعرف كيف ومتى وهل")).isEmpty();
        assertThat(FaqAnalysis.terms("الله يعافيك ودي اعرف بس عشان اقدر")).isEmpty();
        assertThat(FaqAnalysis.terms("ما الأوراق التي أحتاجها")).isEqualTo(FaqAnalysis.terms("مستندات"));
    }

    @ParameterizedTest(name = "{1} = {0}")
    @CsvSource({
            // attached pronouns: -كم addressing the society, -ني, -ي/-تي
            "مكان, مكانكم", "رقم, رقمكم", "حساب, حسابكم", "عنوان, عنوانكم", "عضوية, عضويتي", "الجمعية, جمعيتكم",
            "بيانات, بياناتي", "معاملة, معاملتي",
            // stretched letters, the colloquial هال-
            "الأرباح, الارباااح", "الطلب, هالطلب"
    })
    void attachedPronounsAndStretchedLettersAreRemoved(String form, String written) {
        assertThat(terms(written)).isNotEmpty().isEqualTo(terms(form));
    }

    @ParameterizedTest(name = "{1} = {0}")
    @CsvSource({
            // verbs meet their nouns, dialect meets MSA, loanwords meet their spellings
            "شكوى, اشتكي", "شكوى, complaint", "دفع, أحول", "دفع, اسدد", "مستندات, مرفقات", "مستندات, ارفق",
            "مستندات, الأوراق", "تواصل, اتصل", "تواصل, واتس اب", "تواصل, واتساب", "تواصل, WhatsApp", "ايبان, IBAN",
            "ايبان, الحساب البنكي", "مقر, لوكيشن", "مقر, مكانكم", "دوام, تداومون", "صرف, يصرفون", "انسحاب, انسحب",
            "استرداد, ترجعون", "تقييم, استبيان"
    })
    void formsOfAConceptGiveItsTerm(String concept, String form) {
        assertThat(FaqAnalysis.terms(form)).isNotEmpty().isEqualTo(FaqAnalysis.terms(concept));
    }

    @Test
    void arabicAnalyzerAloneMissesWhatTheCharFiltersAdd() {
        // verified against Lucene 9.12.3: its normaliser folds أ إ آ ة ى, tatweel and harakat, its digit filter
        // the Arabic-Indic digits, but not these
        assertThat(plainArabicAnalyzer("ٱلعضوية")).isNotEqualTo(plainArabicAnalyzer("العضوية"));
        assertThat(plainArabicAnalyzer("المسئول")).isNotEqualTo(plainArabicAnalyzer("المسؤول"));
        assertThat(plainArabicAnalyzer("تحدیث")).isNotEqualTo(plainArabicAnalyzer("تحديث"));
        assertThat(plainArabicAnalyzer("وبالعضوية")).isNotEqualTo(plainArabicAnalyzer("العضوية"));
        assertThat(plainArabicAnalyzer("كيف")).containsExactly("كيف");
        assertThat(plainArabicAnalyzer("عضويـــة")).isEqualTo(plainArabicAnalyzer("عضوية"));
        assertThat(plainArabicAnalyzer("١٥")).containsExactly("15");
    }
}
