package org.tawasul.channels.email.spring;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.email.EmailTranslator;
import org.tawasul.lease.NodeLease;
import org.tawasul.turns.TurnProcessor;

/**
 * Reads the staff mailbox on one node at a time (under a lease): each mail with a UID above the one
 * recorded for the folder is stored in the inbox (keyed by its Message-ID, else by mailbox, UIDVALIDITY
 * and UID) and committed before anything else, the folder's position is recorded, and then the stored
 * mail is acted on ({@link MailReplyRoute}). It waits for new mail with IDLE where the server offers it
 * (renewed every poll interval, well within the 29 minutes servers allow) and polls otherwise; a
 * connection that fails is opened again after {@code retry-after}, and nothing read is lost meanwhile:
 * mail stays in the folder until it is stored.
 */
class ImapReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImapReader.class);
    private static final int MAX_PROVIDER_ID = 191;

    private final MailSettings.Imap settings;
    private final long maxMailBytes;
    private final TurnProcessor turns;
    private final MailCursor cursor;
    private final NodeLease lease;
    private final Session session;
    private final String mailbox;
    private final ScheduledExecutorService watchdog;
    private volatile boolean running;
    private volatile Thread thread;
    private Store store;
    private IMAPFolder folder;

    ImapReader(MailSettings.Imap settings, long maxMailBytes, TurnProcessor turns, MailCursor cursor, NodeLease lease) {
        this.settings = settings;
        this.maxMailBytes = maxMailBytes;
        this.turns = turns;
        this.cursor = cursor;
        this.lease = lease;
        this.session = Session.getInstance(properties(settings));
        this.mailbox = (settings.username() + "@" + settings.host() + ":" + settings.portOrDefault() + "/" + settings.folder())
                .toLowerCase(Locale.ROOT);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "imap-idle-renew");
            t.setDaemon(true);
            return t;
        });
    }

    private static Properties properties(MailSettings.Imap settings) {
        Properties props = EmailTranslator.parsingProperties();
        String protocol = settings.ssl() ? "imaps" : "imap";
        String p = "mail." + protocol + ".";
        props.put("mail.store.protocol", protocol);
        props.put(p + "connectiontimeout", "10000");
        props.put(p + "timeout", String.valueOf(settings.pollInterval().toMillis() + 60_000));
        props.put(p + "writetimeout", "30000");
        props.put(p + "partialfetch", "false");
        props.put(p + "peek", "true");
        if (settings.ssl()) {
            props.put(p + "ssl.checkserveridentity", "true");
        }
        return props;
    }

    // --- lifecycle ---------------------------------------------------------------------------------

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::loop, "imap-reader");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            abortIdle();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        watchdog.shutdownNow();
        close();
        lease.release();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                if (!lease.hold()) {
                    close();
                    sleep(Math.max(100, lease.retryMillis()));
                    continue;
                }
                readNew();
                waitForMail();
            } catch (MessagingException | RuntimeException e) {
                if (!running) {
                    break;
                }
                log.warn("Reading the staff mailbox {} failed ({}: {}); trying again in {}", settings.host(),
                        e.getClass().getSimpleName(), e.getMessage(), settings.retryAfter());
                close();
                sleep(settings.retryAfter().toMillis());
            }
        }
    }

    // --- reading -----------------------------------------------------------------------------------

    /**
     * Stores every mail not stored yet and acts on it (one pass; also for tests and the bench).
     *
     * @return how many mails were stored now (mail stored before is skipped)
     */
    synchronized int readNew() throws MessagingException {
        IMAPFolder open = open();
        long validity = open.getUIDValidity();
        MailCursor.Position position = cursor.load(mailbox);
        long last = position.uidValidity() == validity ? position.lastUid() : 0;
        if (position.uidValidity() != validity && position.uidValidity() != -1) {
            log.warn("The UIDVALIDITY of {} changed ({} -> {}): the folder is read again from the start; mail stored "
                    + "before is recognised by its Message-ID", mailbox, position.uidValidity(), validity);
        }
        Message[] messages = open.getMessagesByUID(last + 1, UIDFolder.MAXUID);
        jakarta.mail.FetchProfile profile = new jakarta.mail.FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(jakarta.mail.FetchProfile.Item.ENVELOPE);
        profile.add(jakarta.mail.FetchProfile.Item.SIZE);
        profile.add("Message-ID");
        open.fetch(messages, profile); // one round trip for the whole batch, not several per mail
        List<Long> stored = new ArrayList<>();
        List<String> senders = new ArrayList<>();
        for (Message message : messages) {
            long uid = open.getUID(message);
            if (uid <= last) {
                continue; // a range past the last UID returns the last message
            }
            byte[] raw = raw(message);
            String sender = sender(message);
            Optional<Long> id = turns.receiveEvent(ChannelId.EMAIL, providerId(message, validity, uid), sender,
                    MailReplyRoute.ROUTE, Base64.getEncoder().encodeToString(raw));
            cursor.save(mailbox, validity, uid);
            last = uid;
            id.ifPresent(value -> {
                stored.add(value);
                senders.add(sender);
            });
        }
        if (position.uidValidity() != validity && messages.length == 0) {
            cursor.save(mailbox, validity, last);
        }
        for (int i = 0; i < stored.size(); i++) {
            turns.process(stored.get(i), ChannelId.EMAIL, senders.get(i));
        }
        return stored.size();
    }

    private byte[] raw(Message message) throws MessagingException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (message.getSize() > maxMailBytes) {
                Enumeration<String> lines = ((jakarta.mail.internet.MimeMessage) message).getAllHeaderLines();
                while (lines.hasMoreElements()) {
                    out.write((lines.nextElement() + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                out.write(("X-Tawasul-Truncated: larger than " + maxMailBytes + " bytes\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            } else {
                message.writeTo(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("could not read a mail", e);
        }
    }

    private static String sender(Message message) {
        try {
            var from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof jakarta.mail.internet.InternetAddress address
                    && address.getAddress() != null) {
                String a = address.getAddress().strip().toLowerCase(Locale.ROOT);
                return a.length() > 128 ? a.substring(0, 128) : a;
            }
        } catch (MessagingException unreadable) {
            // no sender
        }
        return "-";
    }

    /** The Message-ID (the same mail delivered twice is one), else the mailbox, UIDVALIDITY and UID. */
    private String providerId(Message message, long validity, long uid) throws MessagingException {
        String[] ids = message.getHeader("Message-ID");
        String id = ids == null || ids.length == 0 || ids[0].isBlank() ? null : ids[0].strip().toLowerCase(Locale.ROOT);
        if (id == null) {
            return shorten("uid:" + mailbox + ":" + validity + ":" + uid);
        }
        return shorten("mid:" + id);
    }

    private static String shorten(String id) {
        if (id.length() <= MAX_PROVIDER_ID) {
            return id;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return id.substring(0, 4) + "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- waiting -----------------------------------------------------------------------------------

    private void waitForMail() throws MessagingException {
        IMAPFolder open = open();
        if (store instanceof IMAPStore imap && imap.hasCapability("IDLE")) {
            ScheduledFuture<?> renew = watchdog.schedule(this::abortIdle, settings.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                open.idle(true);
            } finally {
                renew.cancel(false);
            }
        } else {
            sleep(settings.pollInterval().toMillis());
        }
    }

    /** Ends a running IDLE (a command from another thread does): to renew it, or to stop. */
    private void abortIdle() {
        IMAPFolder open = folder;
        if (open != null && open.isOpen()) {
            try {
                open.doCommand(protocol -> {
                    protocol.simpleCommand("NOOP", null);
                    return null;
                });
            } catch (MessagingException | RuntimeException ignored) {
                // the reader notices a broken connection itself
            }
        }
    }

    private IMAPFolder open() throws MessagingException {
        if (folder != null && folder.isOpen() && store != null && store.isConnected()) {
            return folder;
        }
        close();
        Store s = session.getStore();
        s.connect(settings.host(), settings.portOrDefault(), settings.username(), settings.password());
        Folder f = s.getFolder(settings.folder());
        f.open(Folder.READ_ONLY);
        store = s;
        folder = (IMAPFolder) f;
        log.info("Reading staff mail from {} ({})", settings.host(), settings.folder());
        return folder;
    }

    private synchronized void close() {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException ignored) {
            // closing anyway
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException | RuntimeException ignored) {
            // closing anyway
        }
        folder = null;
        store = null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
