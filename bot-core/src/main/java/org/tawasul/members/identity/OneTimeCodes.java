package org.tawasul.members.identity;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.channels.ChannelId;
import org.tawasul.conversations.input.InputNormaliser;
import org.tawasul.conversations.input.PhoneNumbers;
import org.tawasul.conversations.message.Language;
import org.tawasul.db.privacy.KeyedHash;
import org.tawasul.outbound.Outbox;

/**
 * Verifies that a chat belongs to whoever holds a registered phone, where the chat cannot prove it
 * itself (no Telegram contact to share): a 6-digit code goes by SMS to the phone, and the chat must
 * type it back. A code holds for the chat that asked for it, for {@code ttl}, for {@code attempts}
 * wrong tries; a phone gets at most {@code per-phone} codes per {@code window}. Codes are kept as
 * keyed hashes only, compared in constant time; neither code nor number reaches the logs.
 */
@Component
@EnableConfigurationProperties(OneTimeCodeSettings.class)
public class OneTimeCodes {

    private static final Logger log = LoggerFactory.getLogger(OneTimeCodes.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What asking for a code did. */
    public enum Sent {
        /** A code is on its way by SMS. */
        SENT,
        /** The phone had its share of codes within the window: none sent. */
        RATE_LIMITED,
        /** This deployment sends no SMS (or the number takes none): none sent. */
        NO_SMS
    }

    /** What a typed code proved. */
    public enum Checked {
        /** The right code, in time: the chat is verified as the phone's holder. */
        VERIFIED,
        /** Wrong: it may be typed again. */
        WRONG,
        /** Wrong, and the code's tries are spent (or it was already spent): a new code is needed. */
        SPENT,
        /** No code in time for this phone and chat: a new code is needed. */
        EXPIRED
    }

    private final OneTimeCodeRepository codes;
    private final KeyedHash hash;
    private final Outbox outbox;
    private final OneTimeCodeSettings settings;
    private final Clock clock;

    OneTimeCodes(OneTimeCodeRepository codes, KeyedHash hash, Outbox outbox, OneTimeCodeSettings settings, Clock clock) {
        this.codes = codes;
        this.hash = hash;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends a new code by SMS to {@code phone} (E.164) for the chat, unless the phone had its share. */
    @Transactional
    public Sent send(String phone, ChannelId channel, String address, Language language) {
        if (!outbox.hasSender(ChannelId.SMS) || !outbox.reachable(ChannelId.SMS, phone)) {
            return Sent.NO_SMS;
        }
        Instant now = clock.instant();
        String phoneHash = hash.ofPhone(phone);
        if (codes.countByPhoneHashAndCreatedAtAfter(phoneHash, now.minus(settings.window())) >= settings.perPhone()) {
            log.info("One-time code refused for {}: {} sent within {}", PhoneNumbers.mask(phone), settings.perPhone(),
                    settings.window());
            return Sent.RATE_LIMITED;
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        codes.save(OneTimeCode.of(phoneHash, hash.ofAddress(channel.id(), address), hash.ofOneTimeCode(phone, code), now,
                now.plus(settings.ttl())));
        outbox.enqueue(Outbox.Entry.text(ChannelId.SMS, phone, text(code, language), null));
        return Sent.SENT;
    }

    /** Checks a code typed in the chat for {@code phone} (E.164): only the phone's latest code counts. */
    @Transactional
    public Checked check(String phone, ChannelId channel, String address, String typed) {
        Instant now = clock.instant();
        Optional<OneTimeCode> latest = codes.findFirstByPhoneHashOrderByIdDesc(hash.ofPhone(phone))
                .filter(code -> code.addressHash().equals(hash.ofAddress(channel.id(), address)));
        if (latest.isEmpty() || !latest.get().usable(now)) {
            return Checked.EXPIRED;
        }
        OneTimeCode code = latest.get();
        if (code.attempts() >= settings.attempts()) {
            return Checked.SPENT;
        }
        String digits = InputNormaliser.normalise(typed == null ? "" : typed).replace(" ", ""); // Arabic-Indic digits too
        boolean right = digits.matches("[0-9]{6}") && MessageDigest.isEqual(
                hash.ofOneTimeCode(phone, digits).getBytes(StandardCharsets.US_ASCII),
                code.codeHash().getBytes(StandardCharsets.US_ASCII));
        if (right) {
            code.used(now);
            codes.save(code);
            return Checked.VERIFIED;
        }
        code.attempted();
        codes.save(code);
        return code.attempts() >= settings.attempts() ? Checked.SPENT : Checked.WRONG;
    }

    /** The SMS: the code first (phones offer to copy it), one segment in either language. */
    static String text(String code, Language language) {
        return language == Language.EN
                ? code + " is your verification code for the cooperative society. Do not share it with anyone."
                : code + " رمز التحقق لدى الجمعية التعاونية. لا تشاركه مع أحد.";
    }
}
