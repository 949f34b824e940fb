package org.tawasul.outbound;

import org.springframework.test.context.TestPropertySource;

/** The dispatcher on the embedded default: H2 in MySQL mode. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:outbound;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2OutboxDispatcherIntegrationTests extends OutboxDispatcherIntegrationTests {
}
