package org.tawasul.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The child process of {@link EmbeddedDatabaseCrashTests}: commits one row on the JDBC URL it is given,
 * says so on standard output, and waits to be killed.
 */
public final class CommitThenWait {

    private CommitThenWait() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS acknowledged (id INT PRIMARY KEY)");
                connection.commit();
                Thread.sleep(1_500); // the table itself well on disk: only the row below is at stake
                statement.executeUpdate("INSERT INTO acknowledged (id) VALUES (1)");
                connection.commit();
            }
            System.out.println("committed");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
