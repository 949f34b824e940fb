package org.tawasul.db;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * Boots JPA and Flyway for the db module's tests; entities, repositories and {@link DbConfiguration}
 * are found under this package, as they are under {@code org.tawasul} in the application.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
public class DbTestApplication {

    /** Every test context starts from an empty schema: the scratch database may hold old tables. */
    @Bean
    FlywayMigrationStrategy cleanMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
