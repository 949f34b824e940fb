package org.tawasul.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.tawasul.TawasulApplication;

/**
 * With the defaults (polling, no webhook), the application's HTTP port answers on loopback only: from
 * another interface of this machine it is closed.
 */
@SpringBootTest(classes = TawasulApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:loopback;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "management.server.port=0"})
class LoopbackByDefaultIntegrationTests {

    @Autowired WebServerApplicationContext context;

    @Test
    void theApplicationPortIsOpenOnLoopbackOnly() throws IOException {
        int port = context.getWebServer().getPort();
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
        }
        Optional<InetAddress> other = otherAddress();
        assertThat(other).as("a non-loopback interface to try from").isPresent();
        assertThatThrownBy(() -> {
            try (Socket outside = new Socket()) {
                outside.connect(new InetSocketAddress(other.get(), port), 2_000);
            }
        }).isInstanceOf(IOException.class);
    }

    private static Optional<InetAddress> otherAddress() throws IOException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof java.net.Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
