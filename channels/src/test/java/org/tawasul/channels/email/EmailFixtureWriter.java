package org.tawasul.channels.email;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the mail fixtures under {@code src/test/resources/email/}: {@code replies/NAME.eml} with
 * {@code NAME.expected.txt}, and {@code automatic/NAME.eml} with {@code NAME.reason.txt}. The
 * committed files are what the tests read; run this only to change them:
 * <pre>
 * ./mvnw -q -o -pl channels test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp channels/target/test-classes:channels/target/classes:$(cat channels/target/cp.txt) \
 *     org.tawasul.channels.email.EmailFixtureWriter channels/src/test/resources/email
 * </pre>
 */
public final class EmailFixtureWriter {

    private EmailFixtureWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "channels/src/test/resources/email");
        Path replies = Files.createDirectories(root.resolve("replies"));
        Path automatic = Files.createDirectories(root.resolve("automatic"));
        for (ReplyFixtures.Fixture f : ReplyFixtures.all()) {
            Files.write(replies.resolve(f.name() + ".eml"), f.eml());
            Files.writeString(replies.resolve(f.name() + ".expected.txt"), f.expected() + "\n", StandardCharsets.UTF_8);
        }
        for (AutomaticFixtures.Fixture f : AutomaticFixtures.all()) {
            Files.write(automatic.resolve(f.name() + ".eml"), f.eml());
            Files.writeString(automatic.resolve(f.name() + ".reason.txt"), f.expected().name() + "\n", StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + ReplyFixtures.all().size() + " replies and " + AutomaticFixtures.all().size()
                + " automatic mails under " + root);
    }
}
