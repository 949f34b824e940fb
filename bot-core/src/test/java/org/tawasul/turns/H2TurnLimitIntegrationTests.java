package org.tawasul.turns;

import org.springframework.test.context.TestPropertySource;

/** Turns per minute on the embedded default: H2 in MySQL mode. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:turnlimits;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2TurnLimitIntegrationTests extends TurnLimitIntegrationTests {
}
