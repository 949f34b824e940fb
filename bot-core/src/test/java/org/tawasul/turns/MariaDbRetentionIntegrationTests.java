package org.tawasul.turns;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Retention on the MariaDB (or MySQL) server named by the build, with the application's own
 * {@code mysql} and {@code mariadb} profiles; asked for with -Pmysql-tests, and then an
 * unreachable server fails the tests.
 */
@EnabledIfSystemProperty(named = "tawasul.mysql.tests", matches = "true")
@ActiveProfiles({"mysql", "mariadb"})
class MariaDbRetentionIntegrationTests extends RetentionIntegrationTests {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getProperty("tawasul.test.mysql.url"));
        registry.add("spring.datasource.username", () -> System.getProperty("tawasul.test.mysql.user"));
        registry.add("spring.datasource.password", () -> System.getProperty("tawasul.test.mysql.password", ""));
    }
}
