package org.tawasul.channels.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TwilioSignaturesTests {

    /** Twilio's published example: https://www.twilio.com/docs/usage/security#validating-requests */
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, String> PARAMS = Map.of("Digits", "1234", "CallSid", "CA1234567890ABCDE",
            "To", "+18005551212", "Caller", "+14158675309", "From", "+14158675309");
    private static final String EXPECTED = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    private final TwilioSignatures signatures = new TwilioSignatures("12345");

    private static Map<String, List<String>> multi(Map<String, String> single) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        single.forEach((name, value) -> multi.put(name, List.of(value)));
        return multi;
    }

    @Test
    void twiliosPublishedExampleIsSignedAndAccepted() {
        assertThat(signatures.sign(URL, PARAMS)).isEqualTo(EXPECTED);
        assertThat(signatures.isValid(URL, multi(PARAMS), EXPECTED)).isTrue();
        assertThatCode(() -> signatures.verify(URL, multi(PARAMS), EXPECTED)).doesNotThrowAnyException();
    }

    @Test
    void theUrlIsAcceptedWithOrWithoutItsDefaultPortAsTwilioSignsEitherWay() {
        assertThat(signatures.isValid("https://mycompany.com:443/myapp.php?foo=1&bar=2", multi(PARAMS), EXPECTED)).isTrue();
    }

    @Test
    void anotherTokenOrAMissingSignatureIsRejected() {
        assertThat(new TwilioSignatures("54321").isValid(URL, multi(PARAMS), EXPECTED)).isFalse();
        assertThat(signatures.isValid(URL, multi(PARAMS), null)).isFalse();
        assertThat(signatures.isValid(URL, multi(PARAMS), "")).isFalse();
        assertThatThrownBy(() -> signatures.verify(URL, multi(PARAMS), null)).isInstanceOf(SignatureRejected.class)
                .hasMessage("no X-Twilio-Signature header");
        assertThatThrownBy(() -> signatures.verify(URL, multi(PARAMS), "RSOYDt4T1cUTdK1PDd93/VVr8B9="))
                .isInstanceOf(SignatureRejected.class).hasMessageNotContaining("RSOYDt4");
    }

    @Test
    void aRepeatedParameterIsRejectedSinceWhichValueWasSignedIsOpen() {
        Map<String, List<String>> repeated = multi(PARAMS);
        repeated.put("Digits", List.of("1234", "9999"));
        assertThat(signatures.isValid(URL, repeated, EXPECTED)).isFalse();
    }

    @Test
    void aServletsMergedParametersLoseTheQueryStringsValues() {
        URI callback = URI.create("https://bot.example.org/webhooks/twilio/status?outbox=123");
        Map<String, List<String>> merged = new LinkedHashMap<>();
        merged.put("outbox", List.of("123"));
        merged.put("MessageSid", List.of("SM1"));
        merged.put("MessageStatus", List.of("delivered"));
        Map<String, List<String>> form = TwilioSignatures.formParameters(callback, merged);
        assertThat(form).containsOnlyKeys("MessageSid", "MessageStatus");

        String signature = signatures.sign(callback.toString(), Map.of("MessageSid", "SM1", "MessageStatus", "delivered"));
        assertThat(signatures.isValid(callback.toString(), form, signature)).isTrue();
        assertThat(signatures.isValid(callback.toString(), merged, signature)).as("unmerged, outbox counts twice").isFalse();
    }

    @Test
    void aBodyParameterNamedLikeAQueryParameterKeepsItsOwnValue() {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        merged.put("outbox", List.of("123", "body-value"));
        assertThat(TwilioSignatures.formParameters(URI.create("https://x.example/s?outbox=123"), merged))
                .containsExactly(Map.entry("outbox", List.of("body-value")));
    }

    /** 1,000 forgeries of genuine requests, of four kinds: none is accepted (and every genuine one is). */
    @Test
    void noneOfAThousandForgeriesIsAccepted() {
        Random random = new Random(20261102);
        int accepted = 0;
        int[] kinds = new int[4];
        for (int i = 0; i < 1_000; i++) {
            String url = randomUrl(random);
            Map<String, String> params = randomParams(random);
            String genuine = signatures.sign(url, params);
            assertThat(signatures.isValid(url, multi(params), genuine)).as("genuine request %d", i).isTrue();

            int kind = i % 4;
            kinds[kind]++;
            boolean forgeryAccepted = switch (kind) {
                case 0 -> signatures.isValid(url, multi(params), wrongSignature(random, genuine));
                case 1 -> signatures.isValid(url, multi(alteredParameter(random, params)), genuine);
                case 2 -> signatures.isValid(alteredUrl(random, url), multi(params), genuine);
                default -> signatures.isValid(url, multi(params), random.nextBoolean() ? null : "");
            };
            if (forgeryAccepted) {
                accepted++;
            }
        }
        assertThat(kinds).containsExactly(250, 250, 250, 250);
        assertThat(accepted).isZero();
    }

    private static String randomUrl(Random random) {
        return "https://bot" + random.nextInt(100) + ".example.org/webhooks/twilio/"
                + (random.nextBoolean() ? "sms" : "status?outbox=" + random.nextInt(1_000_000));
    }

    private static Map<String, String> randomParams(Random random) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", "SM" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
        params.put("From", "+9665" + (10_000_000 + random.nextInt(89_999_999)));
        params.put("To", "+15005550006");
        params.put("Body", random.nextBoolean() ? "إيقاف" : "رقم الطلب " + random.nextInt(10_000));
        for (int extra = random.nextInt(4); extra > 0; extra--) {
            params.put("Extra" + random.nextInt(50), Integer.toString(random.nextInt()));
        }
        return params;
    }

    private static String wrongSignature(Random random, String genuine) {
        if (random.nextBoolean()) {
            byte[] bytes = new byte[20];
            random.nextBytes(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }
        char[] chars = genuine.toCharArray();
        int at = random.nextInt(chars.length - 1); // not the trailing '='
        chars[at] = chars[at] == 'A' ? 'B' : 'A';
        return new String(chars);
    }

    private static Map<String, String> alteredParameter(Random random, Map<String, String> params) {
        Map<String, String> altered = new LinkedHashMap<>(params);
        List<String> names = new ArrayList<>(altered.keySet());
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(3)) {
            case 0 -> altered.put(name, altered.get(name) + "0");
            case 1 -> altered.remove(name);
            default -> altered.put("Injected", "1");
        }
        return altered;
    }

    private static String alteredUrl(Random random, String url) {
        return switch (random.nextInt(3)) {
            case 0 -> url.replace("https://", "http://");
            case 1 -> url.replace(".example.org", ".example.net");
            default -> url.contains("?outbox=") ? url + "1" : url + "/x";
        };
    }
}
