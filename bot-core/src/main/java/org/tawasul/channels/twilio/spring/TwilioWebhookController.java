package org.tawasul.channels.twilio.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.DeliveryReport;
import org.tawasul.channels.twilio.TwilioDeliveryReports;
import org.tawasul.channels.twilio.TwilioInbound;
import org.tawasul.channels.twilio.TwilioSignatures;
import org.tawasul.channels.twilio.TwilioTranslator;
import org.tawasul.config.StartupChoice;
import org.tawasul.conversations.message.Language;
import org.tawasul.outbound.Outbox;
import org.tawasul.turns.InboundTurn;
import org.tawasul.turns.TurnProcessor;

/**
 * The two webhooks Twilio calls. Each checks {@code X-Twilio-Signature} against the public URL
 * (the configured base plus the request's path and query) with the SDK's validator: a missing or
 * wrong one gets 403 and nothing is stored. Each stores the request in the inbox under Twilio's id
 * before answering 200, so a request Twilio repeats does nothing; 503 only when it could not be
 * stored, so Twilio tries again.
 * <ul>
 *   <li>{@code POST /webhooks/twilio/status}: a delivery report, stored per (MessageSid, MessageStatus)
 *       and applied by {@link TwilioStatusRoute}.</li>
 *   <li>{@code POST /webhooks/twilio/sms}: a member's SMS: opt-out and opt-in words change whether
 *       the address gets messages; HELP is answered; with two-way SMS anything else is a dialog turn,
 *       without it the message is stored and not answered. Answered with TwiML (empty, or the
 *       confirmation of an Arabic opt-out, which the outbox could no longer send).</li>
 * </ul>
 */
@RestController
@Conditional(StartupChoice.MadeByRegistrar.class) // made by TwilioConfiguration when SMS is on
class TwilioWebhookController {

    private static final Logger log = LoggerFactory.getLogger(TwilioWebhookController.class);
    private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";
    private static final Pattern ARABIC = Pattern.compile("\\p{InArabic}");

    private final TwilioSettings settings;
    private final TwilioSignatures signatures;
    private final TurnProcessor turns;
    private final Outbox outbox;
    private final TwilioMonitor monitor;

    TwilioWebhookController(TwilioSettings settings, TwilioSignatures signatures, TurnProcessor turns, Outbox outbox,
                            TwilioMonitor monitor) {
        this.monitor = monitor;
        this.settings = settings;
        this.signatures = signatures;
        this.turns = turns;
        this.outbox = outbox;
    }

    @PostMapping(TwilioSettings.STATUS_PATH)
    ResponseEntity<?> status(HttpServletRequest request) {
        URI url = publicUrl(settings.statusCallback(), request);
        Map<String, List<String>> form = TwilioSignatures.formParameters(url, merged(request));
        if (!signatures.isValid(url.toString(), form, request.getHeader(TwilioSignatures.HEADER))) {
            return forbidden();
        }
        Map<String, String> parameters = single(form);
        String outboxId = request.getParameter(TwilioDeliveryReports.OUTBOX_PARAMETER);
        if (outboxId != null) {
            parameters.put(TwilioDeliveryReports.OUTBOX_PARAMETER, outboxId);
        }
        DeliveryReport report;
        String key;
        try {
            report = TwilioDeliveryReports.read(parameters);
            key = TwilioDeliveryReports.dedupeKey(parameters);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "Not a status callback: " + e.getMessage());
        }
        try {
            turns.handleEvent(report.channel(), TwilioStatusRoute.providerId(key), report.providerId(),
                    TwilioStatusRoute.ROUTE, TwilioStatusRoute.data(report));
        } catch (RuntimeException e) {
            log.error("Could not store the Twilio status callback of {}; Twilio will send it again", report.providerId(), e);
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "The callback could not be stored; try again later.");
        }
        monitor.statusReceived();
        return ResponseEntity.ok().build();
    }

    @PostMapping(TwilioSettings.SMS_PATH)
    ResponseEntity<?> sms(HttpServletRequest request) {
        URI url = publicUrl(settings.smsUrl(), request);
        Map<String, List<String>> form = TwilioSignatures.formParameters(url, merged(request));
        if (!signatures.isValid(url.toString(), form, request.getHeader(TwilioSignatures.HEADER))) {
            return forbidden();
        }
        TwilioInbound inbound;
        try {
            inbound = TwilioTranslator.translate(single(form));
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "Not an inbound message: " + e.getMessage());
        }
        if (!inbound.channel().equals(ChannelId.SMS)) {
            log.info("A {} message arrived on the SMS webhook; that channel is not served", inbound.channel());
            return twiml(null);
        }
        try {
            String answer = receive(inbound);
            monitor.smsReceived();
            return twiml(answer);
        } catch (RuntimeException e) {
            log.error("Could not store inbound SMS {}; Twilio will send it again", inbound.messageSid(), e);
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "The message could not be stored; try again later.");
        }
    }

    /** Stores and acts on an inbound SMS; the text to answer with in TwiML, or null. */
    private String receive(TwilioInbound inbound) {
        ChannelId channel = ChannelId.SMS;
        String sid = inbound.messageSid();
        String from = inbound.from();
        boolean arabic = inbound.keyword() != null && ARABIC.matcher(inbound.keyword()).find();
        switch (inbound.kind()) {
            case OPT_OUT -> {
                boolean stored = turns.handleEvent(channel, sid, from, TwilioKeywordRoute.ROUTE,
                        TwilioKeywordRoute.data(true, false));
                return stored && arabic ? TwilioNotices.optedOut(Language.AR) : null;
            }
            case OPT_IN -> {
                if (!outbox.reachable(channel, from)) {
                    turns.handleEvent(channel, sid, from, TwilioKeywordRoute.ROUTE, TwilioKeywordRoute.data(false, arabic));
                    return null;
                }
                input(inbound); // "yes" from a member who never opted out is an answer
                return null;
            }
            case HELP -> {
                turns.reply(channel, sid, from, "HELP", TwilioNotices::help);
                return null;
            }
            case NO_TEXT -> {
                if (settings.smsTwoWay()) {
                    turns.reply(channel, sid, from, "NO_TEXT", TwilioNotices::textOnly);
                } else {
                    turns.handleEvent(channel, sid, from, TwilioUnreadRoute.ROUTE, "{}");
                }
                return null;
            }
            default -> {
                input(inbound);
                return null;
            }
        }
    }

    /** With two-way SMS a dialog turn; without, stored unanswered (the sender cannot take answers). */
    private void input(TwilioInbound inbound) {
        if (settings.smsTwoWay()) {
            turns.handle(ChannelId.SMS, inbound.messageSid(), inbound.from(), InboundTurn.of(inbound.input()));
        } else {
            turns.handleEvent(ChannelId.SMS, inbound.messageSid(), inbound.from(), TwilioUnreadRoute.ROUTE, "{}");
        }
    }

    /**
     * The URL Twilio called and signed: the webhook's public URL from configuration (never the Host
     * header of a request that came through a proxy) with the request's query.
     */
    private static URI publicUrl(URI webhook, HttpServletRequest request) {
        String query = request.getQueryString();
        return URI.create(webhook + (query == null ? "" : "?" + query));
    }

    private static Map<String, List<String>> merged(HttpServletRequest request) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> merged.put(name, Arrays.asList(values)));
        return merged;
    }

    private static Map<String, String> single(Map<String, List<String>> form) {
        Map<String, String> single = new LinkedHashMap<>();
        form.forEach((name, values) -> single.put(name, values.isEmpty() ? "" : values.get(0)));
        return single;
    }

    private static ResponseEntity<String> twiml(String message) {
        String body = message == null ? EMPTY_TWIML : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>"
                + escape(message) + "</Message></Response>";
        return ResponseEntity.ok().contentType(XML).body(body);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static ResponseEntity<ProblemDetail> forbidden() {
        return problem(HttpStatus.FORBIDDEN, "The " + TwilioSignatures.HEADER + " header is missing or does not match.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
