package org.tawasul.lease;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * This node's name in the lease table. Stable across restarts, so that a restarted node takes its own
 * leases back at once instead of waiting up to a lease's duration for the grant of its previous process:
 * <ul>
 * <li>{@code tawasul.node.id} when set: the operator's name for the node (one per node);</li>
 * <li>otherwise the host name and the folder the application runs in ({@code vm:/srv/tawasul}). Two
 * processes started on one host in one folder are not one node: the first holds an operating-system
 * lock on a file named after the identity (in the temporary folder; the lock goes with the process),
 * and a second process, unable to take it, adds its process id and a random part to its name.</li>
 * </ul>
 * Two different nodes therefore never share a name, and never hold a lease together.
 */
public final class NodeIdentity {

    private final String name;
    private final FileChannel lockFile;

    private NodeIdentity(String name, FileChannel lockFile) {
        this.name = name;
        this.lockFile = lockFile;
    }

    /**
     * @param configured {@code tawasul.node.id}, or null/blank for the default
     * @param lockFolder where the lock files of default identities are kept (the temporary folder)
     */
    public static NodeIdentity resolve(String configured, Path lockFolder) {
        if (configured != null && !configured.isBlank()) {
            return new NodeIdentity(cut(configured.strip()), null);
        }
        String stable = cut(hostName() + ":" + Path.of("").toAbsolutePath().normalize());
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFolder.resolve("tawasul-node-" + digest(stable) + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new NodeIdentity(stable, channel);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // held by another process (or this one), or no lock possible here: not the stable name then
        }
        closeQuietly(channel);
        String pid = Long.toString(ManagementFactory.getRuntimeMXBean().getPid());
        return new NodeIdentity(cut(stable + "/" + pid + "/" + UUID.randomUUID().toString().substring(0, 8)), null);
    }

    /** The name written as the holder of this node's leases. */
    public String name() {
        return name;
    }

    /** Lets the stable name go (for tests; a process that ends lets it go by itself). */
    void close() {
        closeQuietly(lockFile);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }

    /** The lease table keeps 200 characters: the end of a long name is the part that differs. */
    private static String cut(String name) {
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held any more either way
            }
        }
    }
}
