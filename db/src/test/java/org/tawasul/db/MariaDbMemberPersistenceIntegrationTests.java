package org.tawasul.db;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The member registry on the MariaDB (or MySQL 8) server named by the build, with -Pmysql-tests;
 * an unreachable server then fails the tests.
 */
@EnabledIfSystemProperty(named = "tawasul.mysql.tests", matches = "true")
class MariaDbMemberPersistenceIntegrationTests extends MemberPersistenceIntegrationTests {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbPersistenceIntegrationTests.mariaDb(registry);
    }
}
