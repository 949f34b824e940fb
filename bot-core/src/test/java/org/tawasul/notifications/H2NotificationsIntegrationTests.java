package org.tawasul.notifications;

import org.springframework.test.context.TestPropertySource;

/** Members hear back, on the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:notifications;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2NotificationsIntegrationTests extends NotificationsIntegrationTests {
}
