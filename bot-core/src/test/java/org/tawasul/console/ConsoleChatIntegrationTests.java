package org.tawasul.console;

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
        String output = chat("piped", "مرحبا\n1\nكيف أسجل في الجمعية؟\nلا\nتأكيد\n");
        assertThat(output).isEqualTo("""
                > مرحبا
                أهلًا بك في خدمة التواصل مع الجمعية. كيف نخدمك؟
                1. استفسار
                2. تحديث بيانات التواصل

                > 1
                اكتب استفسارك.

                > كيف أسجل في الجمعية؟
                هل تفضّل أن نتصل بك هاتفيًا؟
                1. نعم
                2. لا

                > لا
                فضلًا راجع إجاباتك:
                • الاستفسار: كيف أسجل في الجمعية؟
                • اتصال هاتفي: لا
                1. تأكيد
                2. تعديل إجابة
                3. إلغاء

                > تأكيد
                شكرًا لك، سُجّل استفسارك وسيرد عليك المسؤول المختص.

                """);
    }

    @Test
    void aRestartInTheMiddleOfADialogLosesNothing() throws Exception {
        chat("restart", "hello\nEnglish\n2\n1000000008\n");
        String afterRestart = chat("restart", "0501234567\n");
        assertThat(afterRestart).isEqualTo("""
                > 0501234567
                What is your email address? (optional)
                1. Skip

                """);
    }

    @Test
    void attachmentsAndContactsHaveConsoleStandIns() throws Exception {
        String output = chat("files", "hi\n2\n1000000008\n/contact +966501234567\n1\n2\n");
        assertThat(output).contains("• الجوال: +966501234567").contains("• البريد الإلكتروني: —")
                .contains("• قناة الإشعارات: رسالة نصية");
    }
}
