package org.tawasul.cli;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Keeps {@code serve} from starting on the build's AOT-processed bean definitions ({@code bin/tawasul}) when a
 * setting those definitions were fixed by differs from the build's: the build processed the jar's own
 * {@code application.properties} and nothing else, and Spring Boot decides some beans by settings (which management
 * endpoints exist, whether management has a port of its own, ...). Then this start reads the configuration classes
 * as {@code java -jar} does, and says why. Which channels run is not among them: their registrars decide at
 * start-up ({@link org.tawasul.config.StartupChoice}).
 */
final class AotStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(AotStart.class);

    /** Settings that Spring Boot's conditions read, by prefix; a changed one needs the configuration read anew. */
    private static final Set<String> FIXED_AT_BUILD = Set.of("management.", "spring.autoconfigure.", "spring.flyway.enabled",
            "spring.jpa.open-in-view", "spring.threads.virtual.enabled", "spring.jmx.enabled", "spring.datasource.type",
            "spring.datasource.jndi-name", "spring.main.web-application-type", "spring.sql.init.mode", "spring.jpa.bootstrap",
            "spring.data.jpa.repositories.", "tawasul.background");

    /** Management settings only read at run time (the port only matters as own / shared / off: compared apart). */
    private static final Set<String> READ_AT_START = Set.of("management.server.port", "management.server.address",
            "management.endpoints.web.base-path", "management.endpoint.health.show-details",
            "management.endpoint.health.show-components");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        changedSetting(event.getEnvironment()).ifPresent(setting -> {
            System.setProperty(AotDetector.AOT_ENABLED, "false");
            log.info("Starting without the AOT-processed bean definitions: {} differs from the build's (a start "
                    + "that reads the configuration takes about half a second longer)", setting);
        });
    }

    /** The first setting that the AOT-processed definitions were fixed by and that this start changes, if any. */
    static Optional<String> changedSetting(ConfigurableEnvironment environment) {
        PropertySource<?> jarDefaults = environment.getPropertySources().stream()
                .filter(source -> source.getName().contains("class path resource [application.properties]"))
                .findFirst().orElse(null);
        if (ManagementPortType.get(environment) != ManagementPortType.DIFFERENT) {
            return Optional.of("management.server.port (management then has no port of its own)");
        }
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource names)
                    || jarDefaults != null && source.getUnderlyingSource() == jarDefaults) {
                continue;
            }
            for (ConfigurationPropertyName name : names) {
                String key = name.toString();
                if (fixedAtBuild(key) && !Objects.equals(environment.getProperty(key),
                        jarDefaults == null ? null : jarDefaults.getProperty(key))) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean fixedAtBuild(String key) {
        return !READ_AT_START.contains(key) && FIXED_AT_BUILD.stream().anyMatch(
                prefix -> prefix.endsWith(".") ? key.startsWith(prefix) : key.equals(prefix));
    }
}
