package org.tawasul.channels.twilio;

import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.ChannelSender;
import org.tawasul.channels.OutboundMessage;
import org.tawasul.channels.Pacing;
import org.tawasul.channels.SendOutcome;
import org.tawasul.channels.SendOutcome.AddressEffect;

/**
 * Sends outbox rows as Twilio messages: one create ({@code POST .../Messages.json}) per row, from
 * a Messaging Service or a sender address, with a status callback URL naming the row
 * ({@link TwilioDeliveryReports#statusCallbackUrl}). A long text goes as one message, which Twilio
 * splits into segments the handset joins again, so there are never parts to resume. The answer
 * becomes an outcome through {@link TwilioErrors}; a row whose address is malformed or whose text
 * Twilio would refuse (blank, over 1,600 characters) is refused without a request.
 *
 * <p>Build the client with {@link TwilioConnection#restClient()}: it sends each request once (the
 * SDK's own client resends on 5xx) and keeps the answer's status and {@code Retry-After}, which
 * the SDK's exceptions drop. With any other client the sender works, but a 429 waits
 * {@link TwilioErrors#DEFAULT_RETRY_AFTER} and duplicates become possible.
 *
 * <p>The channel decides the address scheme: {@code +9665...} for {@link ChannelId#SMS},
 * {@code whatsapp:+9665...} for {@link ChannelId#WHATSAPP} (the sender address then also starts
 * with {@code whatsapp:}).
 */
public final class TwilioSender implements ChannelSender {

    private final TwilioRestClient client;
    private final ChannelId channel;
    private final Origin origin;
    private final URI statusCallbackBase;
    private final Pacing pacing;
    private final TwilioRenderer renderer;

    /**
     * @param client             the REST client ({@link TwilioConnection#restClient()})
     * @param channel            {@link ChannelId#SMS} (or, later, {@link ChannelId#WHATSAPP})
     * @param origin             the Messaging Service or the address messages are sent from
     * @param statusCallbackBase the public URL of the status webhook; each message adds {@code ?outbox=ID}
     * @param messagesPerSecond  the account's or sender's rate (Twilio's MPS), the default pacing
     * @param renderer           the text of each message (with numbered choices where members can answer)
     */
    public TwilioSender(TwilioRestClient client, ChannelId channel, Origin origin, URI statusCallbackBase,
                        double messagesPerSecond, TwilioRenderer renderer) {
        this.client = Objects.requireNonNull(client, "client");
        this.channel = Objects.requireNonNull(channel, "channel");
        if (!TwilioAddresses.supports(channel)) {
            throw new IllegalArgumentException("Twilio sends on sms and whatsapp, not " + channel);
        }
        this.origin = Objects.requireNonNull(origin, "origin");
        this.statusCallbackBase = Objects.requireNonNull(statusCallbackBase, "statusCallbackBase");
        if (!statusCallbackBase.isAbsolute()) {
            throw new IllegalArgumentException("The status callback base must be an absolute URL: " + statusCallbackBase);
        }
        // Twilio works off a sender's queue in order, so sending one recipient's rows one after the
        // other (the dispatcher's rule) keeps them in order; a pause between them would add nothing.
        this.pacing = new Pacing(messagesPerSecond, Duration.ZERO);
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * Where messages come from: a Messaging Service ({@code MG...}, which picks the sender and
     * handles opt-outs) or one sender address (an E.164 number, a registered alphanumeric sender ID,
     * or {@code whatsapp:+...}).
     */
    public record Origin(String messagingServiceSid, String from) {

        private static final Pattern SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");

        public Origin {
            if ((messagingServiceSid == null) == (from == null)) {
                throw new IllegalArgumentException("An origin is a Messaging Service SID or a sender address, exactly one");
            }
            if (messagingServiceSid != null && !SERVICE_SID.matcher(messagingServiceSid).matches()) {
                throw new IllegalArgumentException("A Messaging Service SID is MG and 32 hex digits");
            }
            if (from != null && from.isBlank()) {
                throw new IllegalArgumentException("A sender address must not be blank");
            }
        }

        /** Messages sent through a Messaging Service. */
        public static Origin messagingService(String sid) {
            return new Origin(sid, null);
        }

        /** Messages sent from one address. */
        public static Origin from(String address) {
            return new Origin(null, address);
        }
    }

    @Override
    public ChannelId channel() {
        return channel;
    }

    @Override
    public Pacing defaultPacing() {
        return pacing;
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        if (!TwilioAddresses.isValid(channel, message.recipient())) {
            return new SendOutcome.Refused("not a " + channel + " address: "
                    + TwilioErrors.maskPhones(message.recipient()), AddressEffect.INVALID);
        }
        TwilioRenderer.Rendered sms = renderer.render(message);
        if (!sms.sendable()) {
            return new SendOutcome.Refused(sms.text().isBlank() ? "empty text"
                    : "text of " + sms.text().length() + " characters, Twilio takes " + TwilioRenderer.MAX_BODY,
                    AddressEffect.NONE);
        }
        MessageCreator create = creator(message.recipient(), sms.text())
                .setStatusCallback(TwilioDeliveryReports.statusCallbackUrl(statusCallbackBase, message.outboxId()));
        TwilioHttpClient http = client.getHttpClient() instanceof TwilioHttpClient ours ? ours : null;
        if (http != null) {
            http.forgetLastAnswer();
        }
        try {
            Message created = create.create(client);
            return new SendOutcome.Sent(created.getSid());
        } catch (TwilioException e) {
            return TwilioErrors.outcome(e, http == null ? null : http.takeLastAnswer());
        } catch (RuntimeException e) {
            // not one of the SDK's own failures: whether the request went out is unknown, so do not resend
            return new SendOutcome.Uncertain("twilio: " + e.getClass().getSimpleName() + ": "
                    + TwilioErrors.maskPhones(String.valueOf(e.getMessage())));
        }
    }

    private MessageCreator creator(String recipient, String text) {
        PhoneNumber to = new PhoneNumber(recipient);
        return origin.messagingServiceSid() != null
                ? Message.creator(to, origin.messagingServiceSid(), text)
                : Message.creator(to, new PhoneNumber(origin.from()), text);
    }
}
