package org.tawasul.db;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Column conventions shared by the entities: long-text length, error-text length, times to the second. */
public final class Columns {

    /**
     * The declared length of the MEDIUMTEXT columns, chosen for schema validation: above MySQL's
     * VARCHAR limit (Hibernate expects a text type there) and within H2's (Hibernate expects
     * {@code character varying}, which is what H2 in MySQL mode makes of MEDIUMTEXT). A {@code @Lob}
     * or a length of 16,777,215 would make Hibernate expect a CLOB on H2.
     */
    public static final int MEDIUMTEXT = 1_000_000;

    /** The length of the {@code last_error} columns. */
    public static final int ERROR_LENGTH = 500;

    private Columns() {
    }

    /** Cuts an error text to {@link #ERROR_LENGTH} without splitting a surrogate pair. */
    public static String error(String text) {
        if (text == null || text.length() <= ERROR_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(ERROR_LENGTH - 1)) ? ERROR_LENGTH - 1 : ERROR_LENGTH;
        return text.substring(0, end);
    }

    /**
     * Times are kept to the whole second: MySQL Connector/J drops fractional seconds against
     * MariaDB 10.x (it reads the server as "5.5.5"), so this keeps H2, MySQL and MariaDB alike.
     */
    public static Instant toSecond(Instant time, String name) {
        return Objects.requireNonNull(time, name).truncatedTo(ChronoUnit.SECONDS);
    }
}
