package org.tawasul.privacy;

import org.springframework.test.context.TestPropertySource;

/** The plaintext scan on the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:plaintext;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2PlaintextAtRestIntegrationTests extends PlaintextAtRestIntegrationTests {
}
