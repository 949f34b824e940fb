package org.tawasul.dialogs;

import org.springframework.test.context.TestPropertySource;

/** The member dialogs on the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:dialogs;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2MemberDialogsIntegrationTests extends MemberDialogsIntegrationTests {
}
