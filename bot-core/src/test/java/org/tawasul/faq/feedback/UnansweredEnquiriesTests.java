package org.tawasul.faq.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unanswered enquiries are printed as TSV on one line each, without numbers that could name the member. */
class UnansweredEnquiriesTests {

    @Test
    void longNumbersAreMaskedAndLinesKeptWhole() {
        assertThat(UnansweredEnquiries.mask("رقمي ٠٥٠١٢٣٤٥٦٧ وهويتي 1000000008\tوطلبي 12")).isEqualTo("رقمي # وهويتي # وطلبي 12");
        assertThat(UnansweredEnquiries.mask("my number is 050 123 4567\nthanks")).isEqualTo("my number is # thanks");
    }

    @Test
    void eachLineIsAFaqEvalLineOnceItsFirstColumnIsFilled() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FaqUnansweredCommand.print(List.of(
                new UnansweredEnquiry(LocalDate.of(2026, 11, 2), "ar", null, "هل عندكم قروض؟"),
                new UnansweredEnquiry(LocalDate.of(2026, 11, 3), "en", "dividends", "when is the payout")),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8).split("\n")).containsExactly(
                FaqUnansweredCommand.HEADER,
                "?\tهل عندكم قروض؟\t2026-11-02\tto-staff\t-\tar",
                "?\twhen is the payout\t2026-11-03\tnot-answered\tdividends\ten");
    }
}
