package org.tawasul.members.identity;

import org.springframework.test.context.TestPropertySource;

/** One-time codes, on the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:one-time-codes;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2OneTimeCodesIntegrationTests extends OneTimeCodesIntegrationTests {
}
