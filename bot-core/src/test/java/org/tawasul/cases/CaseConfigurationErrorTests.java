package org.tawasul.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.TawasulApplication;
import org.tawasul.cases.routing.OfficerDirectory;
import org.tawasul.cases.sla.WorkingCalendar;

/** A bad case setting or officers file stops start-up with a message naming the key (or file) and the fix. */
class CaseConfigurationErrorTests {

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--spring.main.web-application-type=none";
        all[1] = "--spring.datasource.url=jdbc:h2:mem:case-config;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        all[2] = "--logging.level.root=" + System.getProperty("log", "OFF");
        System.arraycopy(args, 0, all, 3, args.length);
        return new SpringApplication(TawasulApplication.class).run(all);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static void assertRefused(String argument, String message) {
        assertThatThrownBy(() -> start(argument)).satisfies(e -> assertThat(rootMessage(e)).contains(message));
    }

    @Test
    void theDefaultsAndSettingsApply() {
        try (ConfigurableApplicationContext context = start("--tawasul.sla.extra-holidays=2026-01-05, 2026-01-06",
                "--tawasul.sla.working-days=10")) {
            SlaSettings settings = context.getBean(SlaSettings.class);
            assertThat(settings.workingDays()).isEqualTo(10);
            WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
            assertThat(calendar.isHoliday(LocalDate.parse("2026-01-06"))).isTrue();
            assertThat(calendar.isHoliday(LocalDate.parse("2026-09-23"))).isTrue();
            assertThat(context.getBean(OfficerDirectory.class).source()).isEqualTo(OfficerDirectory.BUNDLED);
        }
    }

    @Test
    void aZeroSlaNamesTheKey() {
        assertRefused("--tawasul.sla.working-days=0",
                "tawasul.sla.working-days must be between 1 and 365 (was 0). Fix: set the working days");
    }

    @Test
    void aBadExtraHolidayNamesTheKeyAndPlace() {
        assertRefused("--tawasul.sla.extra-holidays=2026-03-22,22/03/2026",
                "tawasul.sla.extra-holidays[1] '22/03/2026' is not a date. Fix: write ISO dates such as 2026-03-22");
    }

    @Test
    void aBadEidStartNamesTheKey() {
        assertRefused("--tawasul.sla.eid-al-fitr-start=9/30",
                "tawasul.sla.eid-al-fitr-start '9/30' is not a Hijri month and day written MM-DD. Fix: write e.g. 09-30");
        assertRefused("--tawasul.sla.eid-al-adha-start=13-09",
                "tawasul.sla.eid-al-adha-start '13-09': a Hijri month is 1-12 and a day 1-30 (was 13-9). Fix: write e.g. 12-09");
        assertRefused("--tawasul.sla.eid-al-adha-days=0", "tawasul.sla.eid-al-adha-days must be between 1 and 30 (was 0)");
    }

    @Test
    void aBadFixedHolidayNamesTheKey() {
        assertRefused("--tawasul.sla.fixed-holidays=02-22,23-09",
                "tawasul.sla.fixed-holidays[1] '23-09' is not a month and day written MM-DD. Fix: write e.g. 02-22,09-23");
    }

    @Test
    void aMissingOfficersFileNamesTheKey() {
        assertRefused("--tawasul.officers.file=/nonexistent/officers.yaml",
                "/nonexistent/officers.yaml: is not a readable file. Fix: point tawasul.officers.file at an officers YAML file");
    }

    @Test
    void aBrokenOfficersFileNamesTheFileAndPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("officers.yaml");
        Files.writeString(file, "officers:\n  - {id: general, name: {ar: عام, en: General}, email: a@example.org, deputy: x, "
                + "default: true}\n");
        assertThatThrownBy(() -> start("--tawasul.officers.file=" + file)).satisfies(e -> assertThat(rootMessage(e))
                .contains(file + ": officer general.deputy: 'x' is not an officer in this file")
                .contains(file + ": committees: is missing"));
    }
}
