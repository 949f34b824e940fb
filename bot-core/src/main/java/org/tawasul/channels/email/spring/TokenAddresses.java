package org.tawasul.channels.email.spring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Locale;
import org.tawasul.channels.StaffMail;
import org.tawasul.channels.email.ReplyAddress;
import org.tawasul.channels.email.ReplyToken;

/**
 * Signed reply addresses: a {@link ReplyToken} for the case, naming its recipient by a short digest of
 * their address (10 hex digits), in the configured {@link ReplyAddress} template.
 */
class TokenAddresses implements StaffMail.Addresses {

    private final ReplyAddress template;
    private final ReplyToken tokens;

    TokenAddresses(ReplyAddress template, ReplyToken tokens) {
        this.template = template;
        this.tokens = tokens;
    }

    @Override
    public String replyAddress(long caseId, String recipientAddress, LocalDate validUntil) {
        return template.format(tokens.issue(caseId, recipientKey(recipientAddress), validUntil));
    }

    static String recipientKey(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                hex.append(String.format("%02x", digest[i] & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
