package org.tawasul.channels.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the committed mail fixtures from {@code src/test/resources/email/}. */
final class EmailFixtures {

    /** One fixture file and its sidecar. */
    record Fixture(String name, byte[] eml, String expected) { }

    private EmailFixtures() {
    }

    /** The fixtures of a folder ({@code replies}, {@code automatic}), by name; the sidecar ends in {@code suffix}. */
    static List<Fixture> load(String folder, String suffix) {
        Path dir = directory(folder);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().map(eml -> {
                String name = eml.getFileName().toString().replaceFirst("\\.eml$", "");
                try {
                    String expected = Files.readString(dir.resolve(name + suffix), StandardCharsets.UTF_8);
                    return new Fixture(name, Files.readAllBytes(eml), expected.endsWith("\n")
                            ? expected.substring(0, expected.length() - 1) : expected);
                } catch (IOException e) {
                    throw new UncheckedIOException("fixture " + name + " lacks its " + suffix, e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String resource) {
        try (InputStream in = EmailFixtures.class.getResourceAsStream("/email/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory(String folder) {
        URL url = EmailFixtures.class.getResource("/email/" + folder);
        if (url == null) {
            throw new IllegalStateException("no fixture folder email/" + folder);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
