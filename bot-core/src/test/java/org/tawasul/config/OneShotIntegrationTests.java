package org.tawasul.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.tawasul.channels.ChannelSender;

/** A one-shot command run beside the serving bot starts no background work, even with a channel configured. */
class OneShotIntegrationTests {

    @TempDir Path data;

    @Test
    void aCommandPollsNothingSendsNothingAndRetriesNothing() {
        try (ConfigurableApplicationContext context = OneShot.start(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "--tawasul.telegram.token=123:one-shot", "--tawasul.telegram.api-url=http://127.0.0.1:9")) {
            assertThat(context.getBeansOfType(SmartLifecycle.class).keySet())
                    .noneMatch(name -> name.toLowerCase().contains("poller") || name.toLowerCase().contains("dispatcher")
                            || name.toLowerCase().contains("pendingturns") || name.toLowerCase().contains("commandmenu"));
            assertThat(context.getBeansOfType(ChannelSender.class)).as("the channel itself is configured").isNotEmpty();
        }
    }
}
