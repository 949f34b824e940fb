package org.tawasul.channels.console.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tawasul.TawasulApplication;

@SpringBootTest(classes = TawasulApplication.class, properties = {
        "spring.main.web-application-type=none",
        "spring.datasource.url=jdbc:h2:mem:console;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class ConsoleChatIntegrationTests {

    @Autowired ConsoleChat chat;

    private String chat(String member, String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            chat.run(new BufferedReader(new StringReader(input)), out, member, true);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pipedInputGetsEveryBotMessageInArabicAndEndsAtEndOfInput() throws Exception {
        String output = chat("piped", "مرحبا\n3\n0590000000\nتخطي\n5\nتأخر الرد على طلبي أكثر من شهر\n/photo letter.jpg\nتخطي\nلا\nتأكيد\n");
        assertThat(output).startsWith("""
                > مرحبا
                أهلًا بك في خدمة التواصل مع الجمعية. كيف نخدمك؟
                1. استفسار
                2. تقديم طلب خدمة
                3. تقديم شكوى
                4. متابعة معاملة
                5. تقييم خدمة
                6. التحدث مع موظف
                7. English

                > 3
                للتعرف عليك، أرسل رقم جوالك المسجل لدى الجمعية، أو شارك رقمك.

                > 0590000000
                للتحقق من العضوية، ما رقم هويتك الوطنية أو إقامتك؟ لغير أعضاء الجمعية: اختر «تخطي».
                1. تخطي

                > تخطي
                سنكمل معك بصفتك من مستفيدي خدمات الجمعية.

                ما موضوع الشكوى؟
                """);
        assertThat(output).contains("استلمنا الصورة.", "• مرفق: 📎 صورة مرفقة")
                .containsPattern("استلمنا شكواك بالرقم المرجعي CMP-\\d{4}-\\d{6}، وأُحيلت إلى .+\\. سنبلغك بالنتيجة عبر هذه "
                        + "المحادثة في موعد أقصاه .+ هـ الموافق .+ م\\.")
                .endsWith("\n\n");
    }

    @Test
    void aRestartInTheMiddleOfADialogLosesNothing() throws Exception {
        chat("restart", "hello\nEnglish\n3\n0590000000\nskip\n");
        String afterRestart = chat("restart", "2\n");
        assertThat(afterRestart).isEqualTo("""
                > 2
                Describe what happened in detail: when, where and who was involved.

                """);
    }
}
