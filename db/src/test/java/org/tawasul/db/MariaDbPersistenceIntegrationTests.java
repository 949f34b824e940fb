package org.tawasul.db;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tawasul.db.outbox.OutboxMessage;

/**
 * The persistence tests on the MariaDB (or MySQL 8) server named by the build, when asked for with
 * {@code -Pmysql-tests}; an unreachable server then fails the tests. The database is scratch: every
 * test context cleans it and migrates it afresh.
 */
@EnabledIfSystemProperty(named = "tawasul.mysql.tests", matches = "true")
class MariaDbPersistenceIntegrationTests extends PersistenceIntegrationTests {

    /** Tables every migrated schema has; all tables but Flyway's own history are checked. */
    private static final List<String> TABLES = List.of("conversation", "inbox", "outbox", "case_file", "case_event",
            "case_sequence", "member", "member_link", "survey_response", "channel_address", "lease");

    /** Also used by the other MariaDB test classes of this module. */
    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", MariaDbPersistenceIntegrationTests::url);
        registry.add("spring.datasource.username", MariaDbPersistenceIntegrationTests::user);
        registry.add("spring.datasource.password", MariaDbPersistenceIntegrationTests::password);
        // Connector/J reports MariaDB 10.11 as "5.5.5-10.11…": without these Hibernate picks a 5.5 dialect
        registry.add("spring.jpa.database-platform", () -> "org.hibernate.dialect.MariaDBDialect");
        registry.add("spring.jpa.properties.jakarta.persistence.database-major-version", () -> "10");
        registry.add("spring.jpa.properties.jakarta.persistence.database-minor-version", () -> "11");
    }

    static String url() {
        return required("tawasul.test.mysql.url");
    }

    private static String user() {
        return required("tawasul.test.mysql.user");
    }

    private static String password() {
        return System.getProperty("tawasul.test.mysql.password", "");
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set");
        }
        return value;
    }

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Override
    boolean locksOnlyReturnedRows() {
        return true;
    }

    @Test
    void hibernateUsesTheMariaDbDialect() {
        Dialect dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        assertThat(dialect).isInstanceOf(MariaDBDialect.class);
        assertThat(dialect.getVersion().getMajor()).isEqualTo(10);
        assertThat(dialect.getVersion().getMinor()).isEqualTo(11);
    }

    @Test
    void everyTableIsUtf8mb4() {
        assertEveryTableIsUtf8mb4(jdbc.queryForObject("SELECT DATABASE()", String.class));
    }

    /**
     * This server's own default is utf8mb4; a latin1 database shows that the migration declares it. It is
     * named after the test database, so that builds testing against different databases of one server do not
     * drop each other's.
     */
    @Test
    void everyTableIsUtf8mb4EvenInALatin1Database() {
        // named after the test database, so that builds on other databases of the server never collide
        String schema = jdbc.queryForObject("SELECT DATABASE()", String.class) + "_latin1_check";
        jdbc.execute("DROP DATABASE IF EXISTS " + schema);
        jdbc.execute("CREATE DATABASE " + schema + " CHARACTER SET latin1");
        try {
            Flyway.configure().dataSource(url(), user(), password()).schemas(schema).load().migrate();
            assertEveryTableIsUtf8mb4(schema);
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS " + schema);
        }
    }

    @Test
    void emojiIsStoredAsOneFourByteCharacter() {
        // the body is stored encrypted (ASCII): the subject is the text column left plain
        Long id = outbox.save(OutboxMessage.pending("email", "a@example.org", "body", null, null, null, T0)
                .withEnvelope("🙂", null, null)).getId();
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT CHAR_LENGTH(subject) AS chars, LENGTH(subject) AS bytes, HEX(subject) AS hex FROM outbox WHERE id = ?", id);
        assertThat(((Number) row.get("chars")).intValue()).isEqualTo(1);
        assertThat(((Number) row.get("bytes")).intValue()).isEqualTo(4);
        assertThat(row.get("hex")).isEqualTo("F09F9982");
    }

    private void assertEveryTableIsUtf8mb4(String schema) {
        Map<String, String> charsets = new HashMap<>();
        jdbc.queryForList("""
                SELECT t.TABLE_NAME AS name, c.CHARACTER_SET_NAME AS charset
                FROM information_schema.TABLES t
                JOIN information_schema.COLLATIONS c ON c.COLLATION_NAME = t.TABLE_COLLATION
                WHERE t.TABLE_SCHEMA = ?""", schema)
                .forEach(row -> charsets.put(((String) row.get("name")).toLowerCase(), (String) row.get("charset")));
        assertThat(charsets).as("tables in " + schema).containsKeys(TABLES.toArray(String[]::new));
        charsets.remove("flyway_schema_history");
        charsets.forEach((table, charset) -> assertThat(charset).as(schema + "." + table).isEqualTo("utf8mb4"));

        List<String> otherColumns = jdbc.queryForList("""
                SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' ', CHARACTER_SET_NAME) FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> 'flyway_schema_history'
                AND CHARACTER_SET_NAME IS NOT NULL AND CHARACTER_SET_NAME <> 'utf8mb4'""", String.class, schema);
        assertThat(otherColumns).as("non-utf8mb4 columns in " + schema).isEmpty();
    }
}
