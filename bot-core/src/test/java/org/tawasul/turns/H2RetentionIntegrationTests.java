package org.tawasul.turns;

import org.springframework.test.context.TestPropertySource;

/** Retention on the embedded default: H2 in MySQL mode. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:retention;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2RetentionIntegrationTests extends RetentionIntegrationTests {
}
