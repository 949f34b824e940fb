package org.tawasul.channels.twilio.spring;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tawasul.channels.twilio.TwilioConnection;
import org.tawasul.channels.twilio.TwilioSender;

/**
 * The SMS channel's settings, under {@code tawasul.twilio.*}; every one is in the README. The channel
 * is on when {@code account-sid} is set.
 *
 * @param accountSid          the account ({@code AC} and 32 hex digits)
 * @param authToken           the account's auth token: authenticates the REST calls and keys the webhook signatures
 * @param messagingServiceSid the Messaging Service ({@code MG...}) messages are sent through; or
 * @param from                the sender: a registered alphanumeric sender ID or an E.164 number
 * @param publicUrl           the public base URL Twilio calls ({@code https://bot.example.org}); the webhooks are
 *                            {@code /webhooks/twilio/status} and {@code /webhooks/twilio/sms} under it
 * @param apiUrl              only for tests and local trials: a local server that gets every REST request
 * @param smsTwoWay           whether members can answer by SMS (off for a Saudi one-way sender)
 * @param mps                 messages per second Twilio takes from this account or sender
 * @param smsWebhookUrl       the full public URL of the inbound SMS webhook when a proxy maps it elsewhere than
 *                            {@code public-url} + {@code /webhooks/twilio/sms} (signatures are checked against it)
 */
@ConfigurationProperties("tawasul.twilio")
record TwilioSettings(String accountSid, String authToken, String messagingServiceSid, String from, URI publicUrl,
                      URI apiUrl, @DefaultValue("false") boolean smsTwoWay, @DefaultValue("1") double mps,
                      URI smsWebhookUrl) {

    static final String STATUS_PATH = "/webhooks/twilio/status";
    static final String SMS_PATH = "/webhooks/twilio/sms";

    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");
    private static final Pattern SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");
    private static final Pattern ALPHANUMERIC = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    TwilioSettings {
        require(accountSid != null && ACCOUNT_SID.matcher(accountSid.strip()).matches(), "tawasul.twilio.account-sid "
                + (accountSid == null || accountSid.isBlank() ? "is empty" : "is not AC and 32 hex digits")
                + ". Fix: copy the Account SID from the Twilio console (through TAWASUL_TWILIO_ACCOUNT_SID), "
                + "or remove the property to run without SMS");
        accountSid = accountSid.strip();
        require(authToken != null && !authToken.isBlank(), "tawasul.twilio.auth-token is empty. Fix: copy the Auth "
                + "Token from the Twilio console (through TAWASUL_TWILIO_AUTH_TOKEN); it also checks the webhooks' signatures");
        boolean service = messagingServiceSid != null && !messagingServiceSid.isBlank();
        boolean sender = from != null && !from.isBlank();
        require(service != sender, "tawasul.twilio.messaging-service-sid and tawasul.twilio.from: exactly one must be "
                + "set (" + (service ? "both are" : "neither is") + "). Fix: give the Messaging Service SID (MG...) or the "
                + "sender (a registered alphanumeric sender ID such as TAWASUL, or an E.164 number)");
        require(!service || SERVICE_SID.matcher(messagingServiceSid.strip()).matches(), "tawasul.twilio.messaging-service-sid "
                + "is not MG and 32 hex digits. Fix: copy the Messaging Service SID from the Twilio console");
        require(!sender || ALPHANUMERIC.matcher(from.strip()).matches() || E164.matcher(from.strip()).matches(),
                "tawasul.twilio.from '" + from + "' is neither an alphanumeric sender ID (1-11 letters, digits, spaces, at "
                        + "least one letter) nor an E.164 number. Fix: give the registered sender ID or a number such as +14155550100");
        messagingServiceSid = service ? messagingServiceSid.strip() : null;
        from = sender ? from.strip() : null;
        require(publicUrl != null && httpUrl(publicUrl) && publicUrl.getRawQuery() == null && publicUrl.getFragment() == null,
                "tawasul.twilio.public-url " + (publicUrl == null ? "is missing" : "must be an http(s) URL without query (was "
                        + publicUrl + ")") + ". Fix: give the public base URL Twilio reaches this bot at, e.g. "
                        + "https://bot.example.org (the webhooks' signatures are checked against it)");
        require(apiUrl == null || httpUrl(apiUrl), "tawasul.twilio.api-url must be an http(s) URL (was " + apiUrl
                + "). Fix: remove it to talk to Twilio itself; set it only to route requests to a local server");
        require(smsWebhookUrl == null || httpUrl(smsWebhookUrl) && smsWebhookUrl.getRawQuery() == null,
                "tawasul.twilio.sms-webhook-url must be an http(s) URL without query (was " + smsWebhookUrl + "). Fix: give "
                        + "the URL entered in the Twilio console for incoming messages, or remove it for public-url + " + SMS_PATH);
        require(mps > 0 && mps <= 1000, "tawasul.twilio.mps must be above 0 and at most 1000 (was " + mps
                + "). Fix: set the messages per second of the account or sender (Twilio's default for a number is 1)");
    }

    /** The public base URL without a trailing slash. */
    String base() {
        String url = publicUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The public URL of the status webhook, as each message names it. */
    URI statusCallback() {
        return URI.create(base() + STATUS_PATH);
    }

    /** The public URL of the inbound SMS webhook, as entered in the Twilio console. */
    URI smsUrl() {
        return smsWebhookUrl != null ? smsWebhookUrl : URI.create(base() + SMS_PATH);
    }

    /** How to reach the REST API: Twilio itself, or the local server of {@code api-url}. */
    TwilioConnection connection() {
        TwilioConnection twilio = TwilioConnection.twilio(accountSid, authToken);
        return apiUrl == null ? twilio : twilio.routedTo(apiUrl);
    }

    /** Where messages come from. */
    TwilioSender.Origin origin() {
        return messagingServiceSid != null ? TwilioSender.Origin.messagingService(messagingServiceSid)
                : TwilioSender.Origin.from(from);
    }

    @Override
    public String toString() {
        return "TwilioSettings[accountSid=" + accountSid + ", authToken=****, messagingServiceSid=" + messagingServiceSid
                + ", from=" + from + ", publicUrl=" + publicUrl + ", apiUrl=" + apiUrl + ", smsTwoWay=" + smsTwoWay
                + ", mps=" + mps + ", smsWebhookUrl=" + smsWebhookUrl + "]";
    }

    private static boolean httpUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
