package org.tawasul.staff.mail;

import org.springframework.test.context.TestPropertySource;

/** Staff email end to end, on the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:staffmail;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2StaffEmailIntegrationTests extends StaffEmailIntegrationTests {
}
