package org.tawasul.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Which settings keep {@code serve} off the build's AOT-processed bean definitions. */
class AotStartTests {

    private final StandardEnvironment environment = new StandardEnvironment();

    @BeforeEach
    void jarDefaults() {
        environment.getPropertySources().addLast(new MapPropertySource(
                "Config resource 'class path resource [application.properties]' via location 'optional:classpath:/'",
                Map.of("management.server.port", "8081", "management.server.address", "127.0.0.1",
                        "management.endpoints.web.exposure.include", "health,prometheus")));
    }

    private void set(String key, String value) {
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs-" + key, Map.of(key, value)));
    }

    @Test
    void theJarsOwnSettingsAndChannelSettingsKeepIt() {
        set("tawasul.telegram.token", "1:x");
        set("tawasul.twilio.account-sid", "AC0123456789abcdef0123456789abcdef");
        set("management.endpoints.web.exposure.include", "health,prometheus"); // the same as the build's
        assertThat(AotStart.changedSetting(environment)).isEmpty();
    }

    @Test
    void settingsReadAtStartKeepIt() {
        set("management.server.port", "9090");
        set("management.server.address", "0.0.0.0");
        set("server.port", "8443");
        assertThat(AotStart.changedSetting(environment)).isEmpty();
    }

    @Test
    void anotherSetOfManagementEndpointsNeedsTheConfigurationRead() {
        set("management.endpoints.web.exposure.include", "health,prometheus,info");
        assertThat(AotStart.changedSetting(environment)).contains("management.endpoints.web.exposure.include");
    }

    @Test
    void aSettingTheJarDoesNotHaveCountsWhenSet() {
        set("management.endpoint.health.probes.enabled", "true");
        assertThat(AotStart.changedSetting(environment)).contains("management.endpoint.health.probes.enabled");
    }

    @Test
    void managementWithoutAPortOfItsOwnNeedsTheConfigurationRead() {
        set("management.server.port", "-1");
        assertThat(AotStart.changedSetting(environment)).hasValueSatisfying(
                setting -> assertThat(setting).startsWith("management.server.port"));
    }

    @Test
    void hibernateOnTheMainThreadNeedsTheConfigurationRead() {
        set("spring.jpa.bootstrap", "default"); // the build's is async, from a bootstrap executor it made
        assertThat(AotStart.changedSetting(environment)).contains("spring.jpa.bootstrap");
    }

    @Test
    void anEnvironmentVariableCountsByItsSettingsName() {
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
                Map.of("SPRING_FLYWAY_ENABLED", "false", "PATH", "/usr/bin")));
        assertThat(AotStart.changedSetting(environment)).contains("spring.flyway.enabled");
    }
}
