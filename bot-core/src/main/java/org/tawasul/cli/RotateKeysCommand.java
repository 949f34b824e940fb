package org.tawasul.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.config.OneShot;
import org.tawasul.db.privacy.KeyRotation;

/**
 * {@code tawasul rotate-keys [Spring options]}: with the bot stopped and the new keys set beside the previous
 * ones ({@code tawasul.privacy.previous-key}, {@code previous-hash-key}), re-encrypts, re-seals and re-hashes
 * every row under the new keys in batches, printing its progress; run again after a crash, it continues where
 * it stopped. See "Keys and rotation" in the README.
 */
final class RotateKeysCommand {

    private RotateKeysCommand() {
    }

    static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> springArgs = new ArrayList<>(List.of(args));
        springArgs.add("--tawasul.privacy.rotating=true");
        try (ConfigurableApplicationContext context = OneShot.start(springArgs.toArray(String[]::new))) {
            long started = System.nanoTime();
            KeyRotation.Result result = context.getBean(KeyRotation.class).run(
                    (what, done, total) -> out.println(what + ": " + done + " of " + total + " changed"));
            out.printf("Done in %d s: %d values re-encrypted, %d phone addresses sealed again, %d members re-hashed, "
                    + "%d duplicate address rows dropped, %d pending one-time codes dropped. The key check values are "
                    + "those of the new keys: remove the previous keys and start the bot.%n",
                    (System.nanoTime() - started) / 1_000_000_000L, result.reencrypted(), result.resealed(),
                    result.rehashed(), result.duplicatesDropped(), result.codesDropped());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("rotate-keys stopped: " + e.getMessage() + "\nWhat was done is kept: fix the cause and run "
                    + "rotate-keys again with the same keys; it continues where it stopped.");
            return 1;
        }
    }
}
