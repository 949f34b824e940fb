package org.tawasul.privacy;

import org.springframework.test.context.TestPropertySource;

/** Key rotation on the embedded default (a database of its own: its rows end under keys no other test knows). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:rotation;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2KeyRotationIntegrationTests extends KeyRotationIntegrationTests {
}
