package org.tawasul.db;

import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MappingSettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes Hibernate store every {@code Instant} as UTC in the DATETIME(6) columns whatever the JVM's
 * zone; picked up by the application's component scan of {@code org.tawasul}.
 */
@Configuration(proxyBeanMethods = false)
public class DbConfiguration {

    /**
     * Binds Instants as plain timestamps ({@code hibernate.type.preferred_instant_jdbc_type=TIMESTAMP})
     * written and read in UTC ({@code hibernate.jdbc.time_zone=UTC}). Hibernate's default binds them as
     * timestamps with a zone, which H2 converts to the session's (the JVM's) zone for a column without
     * one. Set here rather than in the application's properties so that no profile can forget it.
     */
    @Bean
    HibernatePropertiesCustomizer utcInstantsCustomizer() {
        return properties -> {
            properties.put(MappingSettings.PREFERRED_INSTANT_JDBC_TYPE, "TIMESTAMP");
            properties.put(JdbcSettings.JDBC_TIME_ZONE, "UTC");
        };
    }
}
