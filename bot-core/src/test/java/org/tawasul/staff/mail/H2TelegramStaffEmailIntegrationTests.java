package org.tawasul.staff.mail;

import org.springframework.test.context.TestPropertySource;

/** Staff email end to end with the member on Telegram, on the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:staffmail-telegram;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2TelegramStaffEmailIntegrationTests extends TelegramStaffEmailIntegrationTests {
}
