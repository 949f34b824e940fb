package org.tawasul.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tawasul.conversations.message.Language;

/** The bundled entries are found by the way members ask, at the default threshold; unrelated questions are not. */
class FaqIndexTests {

    /** The default of tawasul.faq.min-score. */
    private static final double MIN_SCORE = Double.parseDouble(FaqSettings.DEFAULT_MIN_SCORE);
    private static final FaqIndex INDEX = FaqIndex.of(FaqLoader.bundled(), MIN_SCORE);

    @AfterAll
    static void close() throws Exception {
        INDEX.close();
    }

    /** Each entry asked in other words than its own question, in Arabic (some Saudi colloquial) and English. */
    static Stream<Arguments> rephrasings() {
        return Stream.of(
                Arguments.of("how-to-join", "أرغب في الانضمام إلى الجمعية، ما الطريقة؟", "I'd like to join the cooperative, what should I do?"),
                Arguments.of("leave-membership", "أريد الانسحاب من الجمعية واسترجاع أسهمي", "I want to quit the society and get my money back for my shares"),
                Arguments.of("share-capital", "كم عدد الأسهم المطلوب للعضو؟", "What's the minimum number of shares a member has to own?"),
                Arguments.of("pay-contribution", "بأي طريقة أسدد قيمة الأسهم؟", "Where can I pay for my shares?"),
                Arguments.of("general-assembly", "متى موعد اجتماع الجمعية العمومية؟", "When is the annual meeting of members?"),
                Arguments.of("dividends", "متى تصرف أرباح المساهمين؟", "When do members receive their share of the profits?"),
                Arguments.of("annual-accounts", "أريد الاطلاع على ميزانية الجمعية", "Where can I read the annual financial statements?"),
                Arguments.of("services-offered", "ما الخدمات المتاحة للأعضاء؟", "Which services are available to members?"),
                Arguments.of("submit-request", "أرغب بتقديم طلب للحصول على خدمة", "I want to apply for a service"),
                Arguments.of("request-documents", "ما الأوراق التي أحتاجها عند التقديم؟", "Which papers should I bring with my application?"),
                Arguments.of("answer-deadline", "كم يومًا أنتظر حتى يأتيني الرد؟", "How many days until I hear back about my application?"),
                Arguments.of("request-status", "وين وصل طلبي؟ أبغى أتابعه", "I want to track my request"),
                Arguments.of("unclear-procedure", "لم أفهم الإجراءات، من يوضحها لي؟", "I don't understand the steps, can someone explain?"),
                Arguments.of("how-to-complain", "عندي شكوى على موظف، أين أقدمها؟", "Where do I send a complaint?"),
                Arguments.of("compensation", "تضررت بسبب خطأ من الجمعية، هل أستحق تعويضًا؟", "The society caused me a loss, can I be compensated?"),
                Arguments.of("update-contact", "غيرت رقم جوالي، كيف أعدله عندكم؟", "I changed my phone number, how do I update it?"),
                Arguments.of("data-privacy", "هل تحافظون على سرية بياناتي؟", "Do you keep my personal information private?"),
                Arguments.of("rate-service", "أريد تقييم الخدمة التي قدمتموها لي", "I'd like to give feedback on your service"),
                Arguments.of("office-hours", "ما مواعيد الدوام لديكم؟", "What are your opening hours?"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rephrasings")
    void anArabicRephrasingFindsTheEntry(String id, String arabic, String english) {
        assertThat(INDEX.best(arabic, Language.AR)).map(m -> m.entry().id()).hasValue(id);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("rephrasings")
    void anEnglishRephrasingFindsTheEntry(String id, String arabic, String english) {
        assertThat(INDEX.best(english, Language.EN)).map(m -> m.entry().id()).hasValue(id);
    }

    @Test
    void everyBundledEntryHasRephrasings() {
        Set<String> tested = rephrasings().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        assertThat(INDEX.entries()).extracting(FaqEntry::id).containsExactlyInAnyOrderElementsOf(tested);
    }

    @Test
    void everyBundledEntryIsFoundByItsOwnQuestion() {
        for (FaqEntry entry : INDEX.entries()) {
            for (Language language : Language.values()) {
                assertThat(INDEX.best(entry.question().in(language), language)).map(m -> m.entry().id()).hasValue(entry.id());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "كيف انضم الى عضويه الجمعيه", "كَيْفَ أَنْضَمُّ إِلَى عُضْوِيَّةِ الجَمْعِيَّةِ؟", "كيــف إنضــم إلي عضويـــة الجمعيــة",
            "ابي اصير عضو", "كيف اصبح عضوًا في الجمعية", "وبالعضوية كيف أسجل؟"})
    void spellingVariantsAndWordFormsFindTheEntry(String question) {
        assertThat(INDEX.best(question, Language.AR)).map(m -> m.entry().id()).hasValue("how-to-join");
    }

    @ParameterizedTest
    @ValueSource(strings = {"هل الرد خلال ١٥ يوم عمل؟", "هل الرد خلال 15 يوم عمل؟", "is the answer within 15 working days?"})
    void digitsInEitherScriptMatch(String question) {
        assertThat(INDEX.best(question, Language.AR)).map(m -> m.entry().id()).hasValue("answer-deadline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ابغى اعرف عن dividends", "how do I قدم شكوى complaint"})
    void mixedLanguagesMatch(String question) {
        assertThat(INDEX.best(question, Language.AR)).isPresent();
        assertThat(INDEX.best(question, Language.EN)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ما هي عاصمة اليابان؟", "how do I bake bread", "What is the capital of Japan?", "كيف أطبخ الأرز؟",
            "what's the weather like today", "ما حالة الطقس اليوم؟", "من فاز بالمباراة أمس؟", "recommend a good movie",
            "أفضل مطعم في الرياض", "كم سعر الذهب اليوم؟", "how do I renew my driving licence", "كيف أجدد رخصة القيادة",
            "متى يبدأ شهر رمضان", "how much is a share of Aramco", "كم سعر سهم أرامكو", "أين أشتري سيارة", "tell me a joke",
            "السلام عليكم كيف حالك", "hello", "", "   ", "؟؟؟",
            // sharing words with an entry, but about another institution or matter
            "كيف احدث رقم جوالي في ابشر", "وش رسوم التوصيل عندكم", "ابي وظيفه عندكم", "تأجرون القاعه للمناسبات؟"})
    void unrelatedQuestionsFindNothing(String question) {
        assertThat(INDEX.best(question, Language.AR)).isEmpty();
        assertThat(INDEX.best(question, Language.EN)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"دوام", "الدوام", "شكوى", "الأرباح", "انسحاب"})
    void aOneWordQuestionIsAnswered(String question) {
        assertThat(INDEX.best(question, Language.AR)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "وين مكانكم؟", "عنوانكم وين؟", "وش رقمكم؟", "عندكم واتس اب؟", "متى تداومون",
            "السلام عليكم ورحمة الله، الله يعطيكم العافية، انا من سكان الحي من سنين وابي اعرف وين مكانكم عشان اجيكم بكره"})
    void colloquialAndLongQuestionsFindTheEntry(String question) {
        assertThat(INDEX.best(question, Language.AR)).map(m -> m.entry().id()).hasValue("office-hours");
    }

    @Test
    void nullQuestionAndLanguageFindNothing() {
        assertThat(INDEX.best(null, null)).isEmpty();
        assertThat(INDEX.top(null, Language.AR, 3)).isEmpty();
    }

    @Test
    void topListsTheClosestEntriesBestFirstIncludingThoseBelowTheThreshold() {
        List<FaqMatch> top = INDEX.top("طلب خدمة", Language.AR, 3);
        assertThat(top).hasSize(3);
        assertThat(top.get(0).entry().id()).isEqualTo("submit-request");
        assertThat(top).extracting(FaqMatch::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(INDEX.top("What is the capital of Japan?", Language.EN, 3))
                .singleElement().satisfies(m -> assertThat(m.score()).isPositive().isLessThan(MIN_SCORE));
    }

    @Test
    void aLongMessageIsSearchedByItsFirstWords() {
        String longQuestion = "كيف أقدم شكوى " + "بخصوص الموضوع ".repeat(600);
        assertThat(INDEX.best(longQuestion, Language.AR)).map(m -> m.entry().id()).hasValue("how-to-complain");
    }

    @Test
    void concurrentSearchesGiveTheSameAnswers() throws Exception {
        List<Arguments> questions = rephrasings().toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<FaqMatch>>> results = IntStream.range(0, 400)
                    .mapToObj(i -> pool.submit(() -> INDEX.best((String) questions.get(i % questions.size()).get()[1], Language.AR)))
                    .toList();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).map(m -> m.entry().id()).hasValue((String) questions.get(i % questions.size()).get()[0]);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The reproduced poison input: 240 distinct words joined by commas (one whitespace word, 240 analysed terms). */
    @Test
    void aQuestionIsSearchedByAtMostItsFirstAnalysedTermsHoweverItsWordsAreJoined() {
        String commas = IntStream.range(0, 240).mapToObj(i -> "كلمة" + Integer.toString(i, 26).replace('0', 'ب'))
                .collect(Collectors.joining(","));
        assertThat(FaqAnalysis.terms(commas)).as("the input is as hostile as reported").hasSizeGreaterThan(200);

        assertThat(FaqQuery.searchedTerms(commas)).hasSize(FaqQuery.MAX_TERMS);
        assertThat(INDEX.top(commas, Language.AR, 3)).isNotNull();
        assertThat(FaqQuery.searchedTerms("word ".repeat(50_000))).hasSizeLessThanOrEqualTo(FaqQuery.MAX_TERMS);
    }
}
