package org.tawasul.channels.email.spring;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tawasul.channels.StaffMail;
import org.tawasul.channels.email.EmailTranslator;
import org.tawasul.channels.email.InboundMail;
import org.tawasul.channels.email.ReplyAddress;
import org.tawasul.channels.email.ReplyToken;
import org.tawasul.channels.email.TranslatedMail;
import org.tawasul.turns.InboundRoute;
import org.tawasul.turns.RoutedEvent;

/**
 * Reads a mail the IMAP reader stored (its raw bytes, base64) and, when a person wrote it, hands it to
 * the features as a {@link StaffMail.Reply}: automatic mail (out-of-office, bounces, lists, our own
 * mail looped back) and unreadable mail stop here, answered by nobody. The reply token in a recipient
 * address is checked here (signature and expiry); whether the sender may act on the case is the
 * feature's to decide.
 */
class MailReplyRoute implements InboundRoute {

    static final String ROUTE = "email-reply";

    private static final java.time.ZoneId RIYADH = java.time.ZoneId.of("Asia/Riyadh");
    private static final Logger log = LoggerFactory.getLogger(MailReplyRoute.class);
    private static final Pattern THREAD_ROOT = Pattern.compile("<?\\s*tawasul\\.thread\\.([^@\\s<>]+)@([^\\s<>]+?)\\s*>?",
            Pattern.CASE_INSENSITIVE);

    private final EmailTranslator translator;
    private final ReplyAddress replyAddress;
    private final ReplyToken tokens;
    private final String domain;
    private final StaffMail.Replies replies;
    private final Clock clock;

    MailReplyRoute(EmailTranslator translator, ReplyAddress replyAddress, ReplyToken tokens, String domain,
                   StaffMail.Replies replies, Clock clock) {
        this.translator = translator;
        this.replyAddress = replyAddress;
        this.tokens = tokens;
        this.domain = domain;
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public void handle(RoutedEvent event) {
        byte[] raw = Base64.getDecoder().decode(event.data());
        TranslatedMail translated = translator.translate(raw);
        if (translated instanceof TranslatedMail.Unreadable unreadable) {
            log.warn("Mail in inbox event {} could not be read ({}): kept in the inbox, not relayed", event.inboxId(),
                    unreadable.reason());
            return;
        }
        InboundMail mail = ((TranslatedMail.Readable) translated).mail();
        if (mail.isAutomatic()) {
            log.info("Mail in inbox event {} is automatic ({}): neither relayed nor answered", event.inboxId(),
                    mail.automatic().reason());
            return;
        }
        if (mail.fromAddress() == null) {
            log.info("Mail in inbox event {} has no sender: not relayed", event.inboxId());
            return;
        }
        Long caseId = null;
        String problem = null;
        Optional<String> token = replyAddress.findToken(mail.recipients());
        if (token.isPresent()) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), RIYADH);
            ReplyToken.Verification verification = tokens.verify(token.get(), today);
            if (verification instanceof ReplyToken.Verification.Accepted accepted) {
                caseId = accepted.claims().caseId();
            } else {
                ReplyToken.Reason reason = ((ReplyToken.Verification.Refused) verification).reason();
                problem = switch (reason) {
                    case EXPIRED -> "expired";
                    case BAD_SIGNATURE -> "tampered";
                    case MALFORMED -> "malformed";
                };
            }
        }
        List<String> files = new ArrayList<>();
        mail.attachments().stream().filter(a -> !a.inline()).forEach(a -> files.add(a.name()));
        replies.received(new StaffMail.Reply(caseId, threadReference(mail), problem, mail.fromAddress(), mail.fromName(),
                mail.messageId(), mail.subject(), mail.newText(), files), event.inboxId());
    }

    /**
     * The conversation a mail is stored and run in, from its headers alone (no body is read): {@code case:<id>} for
     * the case its valid reply token names, else the case our thread root in In-Reply-To/References names, else the
     * sender. The mail of one case thus runs in arrival order whoever sent it (officer, deputy, committee), and the
     * mail of different cases side by side. A mail that cannot be read here is its sender's.
     */
    String conversation(jakarta.mail.internet.MimeMessage message, String sender) {
        try {
            EmailTranslator.Addressing addressing = EmailTranslator.addressing(message);
            Long caseId = replyAddress.findToken(addressing.recipients())
                    .map(token -> tokens.verify(token, LocalDate.ofInstant(clock.instant(), RIYADH)))
                    .filter(ReplyToken.Verification.Accepted.class::isInstance)
                    .map(accepted -> ((ReplyToken.Verification.Accepted) accepted).claims().caseId())
                    .orElse(null);
            if (caseId == null) {
                String reference = threadReference(addressing.inReplyTo(), addressing.references());
                caseId = reference == null ? null : replies.caseIdOf(reference).orElse(null);
            }
            return caseId != null ? "case:" + caseId : sender;
        } catch (RuntimeException unreadable) {
            return sender;
        }
    }

    /** The case reference of our thread root among In-Reply-To and References, if any. */
    private String threadReference(InboundMail mail) {
        return threadReference(mail.inReplyTo(), mail.references());
    }

    private String threadReference(String inReplyTo, List<String> references) {
        List<String> ids = new ArrayList<>();
        if (inReplyTo != null) {
            ids.add(inReplyTo);
        }
        ids.addAll(references);
        for (String id : ids) {
            Matcher m = THREAD_ROOT.matcher(id.strip());
            if (m.matches() && m.group(2).equalsIgnoreCase(domain)) {
                return decode(m.group(1)).toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** Undoes {@code MessageIds.threadRoot}'s {@code =XX} escapes. */
    static String decode(String local) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c == '=' && i + 2 < local.length()) {
                try {
                    out.write(Integer.parseInt(local.substring(i + 1, i + 3), 16));
                    i += 2;
                    continue;
                } catch (NumberFormatException notEscape) {
                    // kept as it is
                }
            }
            out.write((byte) c);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
