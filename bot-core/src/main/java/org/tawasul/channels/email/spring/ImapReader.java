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
import org.tawasul.turns.TurnQueues;

/**
 * Reads the staff mailbox on one node at a time (under a lease): each mail with a UID above the one
 * recorded for the folder is stored in the inbox (keyed by its Message-ID, else by a digest of its bytes)
 * and committed before anything else, the folder's position is recorded, and then the stored mail is
 * acted on ({@link MailReplyRoute}). Mail is fetched whole, many mails per round trip. It waits for new
 * mail with IDLE where the server offers it (renewed every poll interval, well within the 29 minutes
 * servers allow) and polls otherwise; a connection that fails is opened again after {@code retry-after},
 * doubled after each further failure (up to the longer of 5 minutes and {@code retry-after}), and nothing
 * is lost meanwhile: mail stays in the folder until it is stored. {@link EmailMonitor} tells health
 * when the server last answered.
 *
 * <p>A stored mail's turn runs on {@code turn-threads} workers, not on the reader's thread: the mail of one case
 * in arrival order, one at a time, the mail of different cases side by side ({@link MailReplyRoute#conversation}
 * names the case a mail belongs to; it is stored under it), while the reader goes on reading. A turn that does not
 * run stays in the inbox for the pending sweep, and at most {@value #MAX_QUEUED} stored turns wait for a worker
 * before the reader waits too.
 */
class ImapReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImapReader.class);
    private static final int MAX_PROVIDER_ID = 191;
    private static final int CHUNK = 50;
    private static final int MAX_QUEUED = 500;

    private final MailSettings.Imap settings;
    private final long maxMailBytes;
    private final TurnProcessor turns;
    private final java.util.function.BiFunction<jakarta.mail.internet.MimeMessage, String, String> conversation;
    private final MailCursor cursor;
    private final NodeLease lease;
    private final EmailMonitor monitor;
    private final Session session;
    private final String mailbox;
    private ScheduledExecutorService watchdog;
    private volatile boolean running;
    private volatile Thread thread;
    private TurnQueues queues;
    private Store store;
    private IMAPFolder folder;

    /**
     * @param conversation the conversation a mail (and its sender's address) is stored and run in
     */
    ImapReader(MailSettings.Imap settings, long maxMailBytes, TurnProcessor turns,
               java.util.function.BiFunction<jakarta.mail.internet.MimeMessage, String, String> conversation,
               MailCursor cursor, NodeLease lease, EmailMonitor monitor) {
        this.settings = settings;
        this.maxMailBytes = maxMailBytes;
        this.turns = turns;
        this.conversation = conversation;
        this.cursor = cursor;
        this.lease = lease;
        this.monitor = monitor;
        this.session = Session.getInstance(properties(settings));
        this.mailbox = (settings.username() + "@" + settings.host() + ":" + settings.portOrDefault() + "/" + settings.folder())
                .toLowerCase(Locale.ROOT);
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
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "imap-idle-renew");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicInteger number = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService workers = Executors.newFixedThreadPool(settings.turnThreads(), task -> {
            Thread worker = new Thread(task, "email-turns-" + number.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        });
        queues = new TurnQueues("Staff mail", workers,
                received -> turns.process(received.inboxId(), ChannelId.EMAIL, received.address()), () -> { });
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
        TurnQueues waiting = queues;
        if (waiting != null) {
            waiting.stop(TimeUnit.SECONDS.toMillis(30)); // lets the queued turns finish
        }
        lease.release();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        int failures = 0;
        while (running) {
            try {
                if (!lease.hold()) {
                    monitor.reading(lease, false);
                    close();
                    sleep(Math.max(100, lease.retryMillis()));
                    continue;
                }
                monitor.reading(lease, true);
                readNew();
                failures = 0;
                waitForMail();
            } catch (MessagingException | RuntimeException e) {
                if (!running) {
                    break;
                }
                failures++;
                java.time.Duration wait = settings.backoff(failures);
                // the exception's kind only: a server's message may quote the mailbox or a mail
                log.warn("Reading the staff mailbox on {} failed ({}; {} in a row); trying again in {}", settings.host(),
                        e.getClass().getSimpleName(), failures, wait);
                close();
                sleep(wait.toMillis());
            }
        }
    }

    // --- reading -----------------------------------------------------------------------------------

    /**
     * Stores every mail not stored yet and queues its turn (one pass). The folder is read in chunks of
     * {@value #CHUNK}: each chunk's mail is fetched whole in one round trip (not one per mail), stored (one commit for
     * the chunk, before anything else), the folder's position recorded, and then its turns queued, so the first mail
     * of a long backlog does not wait for the last to be read.
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
                    + "before is recognised by its Message-ID (or, without one, by its content)", mailbox,
                    position.uidValidity(), validity);
        }
        Message[] messages = open.getMessagesByUID(last + 1, UIDFolder.MAXUID);
        jakarta.mail.FetchProfile sizes = new jakarta.mail.FetchProfile();
        sizes.add(UIDFolder.FetchProfileItem.UID);
        sizes.add(jakarta.mail.FetchProfile.Item.SIZE);
        open.fetch(messages, sizes);
        monitor.received();
        int count = 0;
        for (int from = 0; from < messages.length; from += CHUNK) {
            awaitQueue();
            Message[] chunk = java.util.Arrays.copyOfRange(messages, from, Math.min(messages.length, from + CHUNK));
            List<Message> whole = new ArrayList<>(chunk.length);
            List<Message> headersOnly = new ArrayList<>();
            for (Message message : chunk) {
                (message.getSize() > maxMailBytes ? headersOnly : whole).add(message);
            }
            // the whole mail in one round trip for the chunk; headers and body then come from the same answer
            jakarta.mail.FetchProfile bodies = new jakarta.mail.FetchProfile();
            bodies.add(IMAPFolder.FetchProfileItem.MESSAGE);
            open.fetch(whole.toArray(Message[]::new), bodies);
            jakarta.mail.FetchProfile headers = new jakarta.mail.FetchProfile();
            headers.add(IMAPFolder.FetchProfileItem.HEADERS);
            open.fetch(headersOnly.toArray(Message[]::new), headers);
            List<TurnProcessor.EventArrival> arrivals = new ArrayList<>(chunk.length);
            long chunkLast = last;
            for (Message message : chunk) {
                long uid = open.getUID(message);
                if (uid <= last) {
                    continue; // a range past the last UID returns the last message
                }
                byte[] raw = raw(message);
                arrivals.add(new TurnProcessor.EventArrival(providerId(message, raw),
                        conversation.apply((jakarta.mail.internet.MimeMessage) message, sender(message)),
                        Base64.getEncoder().encodeToString(raw)));
                chunkLast = Math.max(chunkLast, uid);
            }
            // stored (one commit for the chunk) before anything else; then the folder's position
            List<TurnProcessor.Received> stored = turns.receiveEvents(ChannelId.EMAIL, MailReplyRoute.ROUTE, arrivals);
            if (chunkLast > last) {
                cursor.save(mailbox, validity, chunkLast);
                last = chunkLast;
            }
            monitor.received();
            queues.submit(stored);
            count += stored.size();
        }
        if (position.uidValidity() != validity && messages.length == 0) {
            cursor.save(mailbox, validity, last);
        }
        return count;
    }

    /** Waits while more than {@value #MAX_QUEUED} stored turns wait for a worker (the bound on memory). */
    private void awaitQueue() throws MessagingException {
        try {
            queues.awaitAtMost(MAX_QUEUED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagingException("stopped while waiting for the turns of stored mail");
        }
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

    /**
     * The Message-ID (the same mail delivered twice is one), else a digest of the mail's bytes: not its UID, which
     * starts again when the folder's UIDVALIDITY changes, so a mail read again then is still recognised.
     */
    private static String providerId(Message message, byte[] raw) throws MessagingException {
        String[] ids = message.getHeader("Message-ID");
        String id = ids == null || ids.length == 0 || ids[0].isBlank() ? null : ids[0].strip().toLowerCase(Locale.ROOT);
        if (id == null) {
            try {
                return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
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
        boolean idle = store instanceof IMAPStore imap && imap.hasCapability("IDLE");
        monitor.mode(idle);
        if (idle) {
            ScheduledFuture<?> renew = watchdog.schedule(this::abortIdle, settings.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                open.idle(true);
            } finally {
                renew.cancel(false);
            }
            monitor.received();
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
