package org.tawasul.channels.twilio.spring;

import org.springframework.test.context.TestPropertySource;

/** Members hear back through Telegram and Twilio, on the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sms-end-to-end;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2SmsEndToEndIntegrationTests extends SmsEndToEndIntegrationTests {
}
