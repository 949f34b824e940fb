package org.tawasul.cases;

import org.springframework.test.context.TestPropertySource;

/** The case tests on the embedded default: H2 in MySQL mode. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:cases;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2CaseServiceIntegrationTests extends CaseServiceIntegrationTests {
}
