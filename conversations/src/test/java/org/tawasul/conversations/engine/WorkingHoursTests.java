package org.tawasul.conversations.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tawasul.conversations.message.Language;

/** Staff work Sunday to Thursday within the hours, Riyadh time; the hours read as members say them. */
class WorkingHoursTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-01-04T05:00:00Z, true",   // Sunday 08:00 Riyadh
            "2026-01-04T12:59:59Z, true",   // Sunday 15:59:59
            "2026-01-04T13:00:00Z, false",  // Sunday 16:00
            "2026-01-04T04:59:00Z, false",  // Sunday 07:59
            "2026-01-08T09:00:00Z, true",   // Thursday noon
            "2026-01-09T09:00:00Z, false",  // Friday
            "2026-01-10T09:00:00Z, false",  // Saturday
    })
    void isOpenSundayToThursdayWithinTheHours(Instant at, boolean open) {
        assertThat(WorkingHours.DEFAULT.isOpen(at)).isEqualTo(open);
    }

    @Test
    void readsAndChecksTheSetting() {
        assertThat(WorkingHours.parse("07:30 - 14:30")).isEqualTo(new WorkingHours(LocalTime.of(7, 30), LocalTime.of(14, 30)));
        assertThatThrownBy(() -> WorkingHours.parse("16:00-08:00")).hasMessageContaining("must open before they close");
        assertThatThrownBy(() -> WorkingHours.parse("8-4")).hasMessageContaining("HH:MM-HH:MM");
    }

    @ParameterizedTest
    @CsvSource({"08:00, AR, 8 صباحًا", "16:00, AR, 4 مساءً", "12:30, AR, 12:30 ظهرًا", "07:30, EN, 7:30 am", "16:00, EN, 4 pm"})
    void writesTimesAsMembersReadThem(LocalTime time, Language language, String expected) {
        assertThat(WorkingHours.time(time, language)).isEqualTo(expected);
    }
}
