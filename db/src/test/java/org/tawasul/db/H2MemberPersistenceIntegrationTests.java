package org.tawasul.db;

import org.springframework.test.context.TestPropertySource;

/** The member registry on H2 in memory, in MySQL mode as the application runs it by default. */
@TestPropertySource(properties = "spring.datasource.url="
        + "jdbc:h2:mem:tawasul-member-tests;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2MemberPersistenceIntegrationTests extends MemberPersistenceIntegrationTests {
}
