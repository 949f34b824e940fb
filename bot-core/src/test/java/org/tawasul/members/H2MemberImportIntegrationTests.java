package org.tawasul.members;

import org.springframework.test.context.TestPropertySource;

/** The members import on the embedded default: H2 in MySQL mode. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:members;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class H2MemberImportIntegrationTests extends MemberImportIntegrationTests {
}
