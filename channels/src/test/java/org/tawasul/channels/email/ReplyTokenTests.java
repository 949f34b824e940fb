package org.tawasul.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tawasul.channels.email.ReplyToken.Reason;
import org.tawasul.channels.email.ReplyToken.Verification;

class ReplyTokenTests {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private final ReplyToken tokens = new ReplyToken(KEY);

    @Test
    void aTokenCarriesTheCaseTheRecipientAndTheExpiry() {
        String token = tokens.issue(123456, "u42", LocalDate.of(2027, 1, 31));

        assertThat(token).matches("[a-z2-7]+").hasSize(40);
        assertThat(tokens.verify(token, TODAY)).isEqualTo(new Verification.Accepted(
                new ReplyToken.Claims(123456, "u42", LocalDate.of(2027, 1, 31))));
    }

    @Test
    void aTokenIsValidThroughItsLastDayAndExpiredAfter() {
        String token = tokens.issue(7, "o17", TODAY);

        assertThat(tokens.verify(token, TODAY).accepted()).isTrue();
        assertThat(tokens.verify(token, TODAY.plusDays(1))).isEqualTo(new Verification.Refused(Reason.EXPIRED,
                new ReplyToken.Claims(7, "o17", TODAY)));
    }

    @Test
    void aTokenUpperCasedByAMailServerIsStillAccepted() {
        String token = tokens.issue(99, "o5", TODAY.plusDays(30));

        assertThat(tokens.verify(token.toUpperCase(Locale.ROOT), TODAY).accepted()).isTrue();
        assertThat(tokens.verify(" " + token + " ", TODAY).accepted()).isTrue();
    }

    @Test
    void issuingTheSameClaimsGivesTheSameToken() {
        assertThat(tokens.issue(5, "o1", TODAY)).isEqualTo(tokens.issue(5, "o1", TODAY));
        assertThat(tokens.issue(5, "o1", TODAY)).isNotEqualTo(tokens.issue(5, "o2", TODAY));
    }

    @Test
    void largeCaseIdsAndLongRecipientKeysFit() {
        String token = tokens.issue(Long.MAX_VALUE, "abcdefghijkl", LocalDate.of(2100, 1, 1));

        assertThat(token.length()).isLessThanOrEqualTo(64);
        assertThat(tokens.verify(token, TODAY)).isEqualTo(new Verification.Accepted(
                new ReplyToken.Claims(Long.MAX_VALUE, "abcdefghijkl", LocalDate.of(2100, 1, 1))));
    }

    @Test
    void tokensOfARetiredKeyAreAcceptedAndNewOnesUseTheCurrentKey() {
        byte[] newKey = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        String old = tokens.issue(1, "o1", TODAY);
        ReplyToken rotated = new ReplyToken(newKey, List.of(KEY));

        assertThat(rotated.verify(old, TODAY).accepted()).isTrue();
        assertThat(new ReplyToken(newKey).verify(old, TODAY)).isEqualTo(new Verification.Refused(Reason.BAD_SIGNATURE, null));
        assertThat(tokens.verify(rotated.issue(1, "o1", TODAY), TODAY).accepted()).isFalse();
    }

    @Test
    void refusesKeysShorterThan32BytesAndBadClaims() {
        assertThatThrownBy(() -> new ReplyToken(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue(-1, "o1", TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue(1, "", TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue(1, "abcdefghijklm", TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue(1, "ahmed@x", TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue(1, "o1", LocalDate.of(2023, 12, 31))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedTokensSayWhy() {
        String token = tokens.issue(1, "o1", TODAY);
        for (String bad : new String[] {null, "", "short", token + "1", token.substring(1), "0" + token.substring(1),
                token.replace(token.charAt(3), '!'), token.replace('k', '\u212A'), token.replace('i', '\u0130')}) {
            if (token.equals(bad)) {
                continue; // the token has no letter to swap for a look-alike
            }
            assertThat(tokens.verify(bad, TODAY)).as(String.valueOf(bad)).isEqualTo(new Verification.Refused(Reason.MALFORMED, null));
        }
    }

    /**
     * 1,000 forgeries, 200 of each kind: random text, a genuine token with one character changed,
     * another case's claims under a genuine token's MAC, genuine but expired tokens, and tokens
     * signed with another key. None may be accepted.
     */
    @Test
    void noneOfAThousandForgedTokensIsAccepted() {
        Random random = new Random(20261203);
        List<String> forged = new ArrayList<>();
        List<Reason> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            forged.add(randomToken(random, 34 + random.nextInt(12)));
            expected.add(null); // malformed or a bad signature, depending on the text
        }
        for (int i = 0; i < 200; i++) {
            String genuine = tokens.issue(1 + random.nextInt(1_000_000), "o" + random.nextInt(100), TODAY.plusDays(30));
            forged.add(flipOne(random, genuine));
            expected.add(null);
        }
        for (int i = 0; i < 200; i++) {
            long caseId = 1 + random.nextInt(1_000_000);
            String genuine = tokens.issue(caseId, "o7", TODAY.plusDays(30));
            String other = tokens.issue(caseId + 1 + random.nextInt(1000), "o7", TODAY.plusDays(30));
            forged.add(withPayloadOf(other, genuine));
            expected.add(Reason.BAD_SIGNATURE);
        }
        for (int i = 0; i < 200; i++) {
            forged.add(tokens.issue(1 + random.nextInt(1_000_000), "o9", TODAY.minusDays(1 + random.nextInt(365))));
            expected.add(Reason.EXPIRED);
        }
        byte[] otherKey = new byte[32];
        random.nextBytes(otherKey);
        ReplyToken stranger = new ReplyToken(otherKey);
        for (int i = 0; i < 200; i++) {
            forged.add(stranger.issue(1 + random.nextInt(1_000_000), "o3", TODAY.plusDays(30)));
            expected.add(Reason.BAD_SIGNATURE);
        }

        int accepted = 0;
        Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
        for (int i = 0; i < forged.size(); i++) {
            Verification verdict = tokens.verify(forged.get(i), TODAY);
            if (verdict instanceof Verification.Refused refused) {
                reasons.merge(refused.reason(), 1, Integer::sum);
                if (expected.get(i) != null) {
                    assertThat(refused.reason()).as("forgery %d: %s", i, forged.get(i)).isEqualTo(expected.get(i));
                }
            } else {
                accepted++;
            }
        }
        System.out.printf("reply tokens: %d of %d forged tokens accepted (refused: %s)%n", accepted, forged.size(), reasons);
        assertThat(forged).hasSize(1000);
        assertThat(accepted).as("%d of 1000 forged tokens accepted", accepted).isZero();
    }

    private static String randomToken(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static String flipOne(Random random, String token) {
        int at = random.nextInt(token.length());
        char other;
        do {
            other = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        } while (other == token.charAt(at));
        return token.substring(0, at) + other + token.substring(at + 1);
    }

    /** The claims of {@code claimsFrom} with the MAC of {@code macFrom}. */
    private static String withPayloadOf(String claimsFrom, String macFrom) {
        byte[] claims = Base32.decode(claimsFrom);
        byte[] mac = Base32.decode(macFrom);
        byte[] forged = Arrays.copyOf(claims, claims.length);
        System.arraycopy(mac, mac.length - ReplyToken.MAC_BYTES, forged, forged.length - ReplyToken.MAC_BYTES, ReplyToken.MAC_BYTES);
        return Base32.encode(forged);
    }
}
