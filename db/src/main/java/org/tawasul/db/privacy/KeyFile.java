package org.tawasul.db.privacy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated keys of the embedded setup: a properties file ({@code key}, {@code hash-key}) that only
 * its owner may read, created on first start so that the quick start needs no configuration.
 */
final class KeyFile {

    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);

    private KeyFile() {
    }

    /** Reads the keys from {@code file}, first generating it (mode 600) when it does not exist. */
    static PrivacyKeys readOrCreate(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            ownerOnly(file.toAbsolutePath().getParent());
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the privacy key file " + file.toAbsolutePath()
                    + " (" + e.getMessage() + "). Fix: make its folder writable, or set " + PrivacyKeys.KEY + " and "
                    + PrivacyKeys.HASH_KEY, e);
        }
    }

    /**
     * Makes the key file's folder (the embedded default's {@code data/}, which also holds the database) and
     * every file in it readable by this user only, whatever the umask was when they were made.
     */
    private static void ownerOnly(Path folder) throws IOException {
        if (folder == null || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path each : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(each, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(each, PosixFilePermissions.fromString("rw-------"));
                }
            }
        }
    }

    private static void create(Path file) throws IOException {
        SecureRandom random = new SecureRandom();
        String content = "# Tawasul privacy keys. Keep this file secret and back it up with the database:\n"
                + "# without it the members' national IDs and phone numbers cannot be read.\n"
                + "key=" + randomKey(random) + "\n"
                + "hash-key=" + randomKey(random) + "\n";
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (parent != null && Files.notExists(parent)) {
            if (posix) {
                Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(parent);
            }
        }
        // written whole to a temporary file (owner-only from its creation), then moved into place in one step:
        // a crash never leaves a half-written key file, and a concurrent start sees either no file or the whole one
        Path temporary = posix
                ? Files.createTempFile(parent, ".privacy-keys-", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(parent, ".privacy-keys-", ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temporary,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.createLink(target, temporary); // atomic and fails if another process made the file first
            } catch (FileAlreadyExistsException e) {
                return; // another process made it first: use its keys
            } catch (UnsupportedOperationException | IOException e) {
                Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        log.warn("Generated privacy keys in {} (readable by this user only). Keep the file secret and back it up "
                + "with the database: without it the members' national IDs and phone numbers cannot be read. "
                + "To use keys of your own, set {} and {}.", file.toAbsolutePath(), PrivacyKeys.KEY, PrivacyKeys.HASH_KEY);
    }

    private static PrivacyKeys read(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        String fix = "restore " + file.toAbsolutePath() + " from a backup (a new key cannot read what the old one "
                + "encrypted), or set " + PrivacyKeys.KEY + " and " + PrivacyKeys.HASH_KEY + " to the keys in use";
        byte[] key = PrivacyKeys.decode(file + ": key", properties.getProperty("key", ""), fix);
        byte[] hashKey = PrivacyKeys.decode(file + ": hash-key", properties.getProperty("hash-key", ""), fix);
        PrivacyKeys keys = PrivacyKeys.of(key, hashKey, file + ": hash-key");
        // during a rotation the file also holds the keys being replaced (README "Keys and rotation")
        return keys.withPrevious(properties.getProperty("previous-key"), properties.getProperty("previous-hash-key"),
                file + ": ");
    }

    private static String randomKey(SecureRandom random) {
        byte[] bytes = new byte[PiiCipher.KEY_BYTES];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
