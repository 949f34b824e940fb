package org.tawasul.outbound;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dispatcher on the MariaDB (or MySQL) server named by the build, where two dispatchers really
 * claim side by side (SKIP LOCKED); asked for with -Pmysql-tests.
 */
@EnabledIfSystemProperty(named = "tawasul.mysql.tests", matches = "true")
@ActiveProfiles({"mysql", "mariadb"})
class MariaDbOutboxDispatcherIntegrationTests extends OutboxDispatcherIntegrationTests {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getProperty("tawasul.test.mysql.url"));
        registry.add("spring.datasource.username", () -> System.getProperty("tawasul.test.mysql.user"));
        registry.add("spring.datasource.password", () -> System.getProperty("tawasul.test.mysql.password", ""));
    }
}
