package org.tawasul.staff.mail;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Staff email end to end with the member on Telegram, on MariaDB with the mysql and mariadb profiles (-Pmysql-tests). */
@EnabledIfSystemProperty(named = "tawasul.mysql.tests", matches = "true")
@ActiveProfiles({"mysql", "mariadb"})
class MariaDbTelegramStaffEmailIntegrationTests extends TelegramStaffEmailIntegrationTests {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getProperty("tawasul.test.mysql.url"));
        registry.add("spring.datasource.username", () -> System.getProperty("tawasul.test.mysql.user"));
        registry.add("spring.datasource.password", () -> System.getProperty("tawasul.test.mysql.password", ""));
    }
}
