package org.tawasul.channels.twilio;

import com.twilio.security.RequestValidator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.net.URIBuilder;

/**
 * Checks and makes {@code X-Twilio-Signature}: the Base64 HMAC-SHA1, keyed with the auth token, of
 * the full public URL Twilio called (query included) followed by each POST parameter's name and
 * value, sorted by name. Checking uses the SDK's {@link RequestValidator}, which compares in
 * constant time and accepts the URL with or without its default port.
 *
 * <p>The URL must be the public one, rebuilt from configuration (the public base URL plus the
 * request's path and query), never from the Host header of a request that came through a proxy.
 * The parameters are the POST body's only: a servlet container's parameter map also holds the
 * query string's ({@code outbox=...} of a status callback); {@link #formParameters} takes those
 * out. A parameter sent more than once is rejected: Twilio's messaging webhooks never repeat one,
 * and a repeated one would leave open which value was signed.
 */
public final class TwilioSignatures {

    /** The header Twilio signs its webhook requests in. */
    public static final String HEADER = "X-Twilio-Signature";

    private final RequestValidator validator;
    private final SecretKeySpec key;

    /** @param authToken the account's auth token */
    public TwilioSignatures(String authToken) {
        if (authToken == null || authToken.isEmpty()) {
            throw new IllegalArgumentException("The auth token must be given");
        }
        this.validator = new RequestValidator(authToken);
        this.key = new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1");
    }

    /** Whether {@code signature} is Twilio's for this public URL and these POST parameters. */
    public boolean isValid(String publicUrl, Map<String, List<String>> formParameters, String signature) {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(formParameters, "formParameters");
        if (signature == null || signature.isBlank()) {
            return false;
        }
        Map<String, String> single = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : formParameters.entrySet()) {
            List<String> values = parameter.getValue();
            if (values == null || values.size() != 1) {
                return false;
            }
            single.put(parameter.getKey(), values.get(0));
        }
        return validator.validate(publicUrl, single, signature);
    }

    /**
     * Passes when the signature is valid.
     *
     * @throws SignatureRejected when it is missing or does not match
     */
    public void verify(String publicUrl, Map<String, List<String>> formParameters, String signature) {
        if (signature == null || signature.isBlank()) {
            throw new SignatureRejected("no " + HEADER + " header");
        }
        if (!isValid(publicUrl, formParameters, signature)) {
            throw new SignatureRejected(HEADER + " does not match the request");
        }
    }

    /** The signature Twilio would send for this URL and these POST parameters (for tests and local fakes). */
    public String sign(String publicUrl, Map<String, String> formParameters) {
        StringBuilder data = new StringBuilder(publicUrl);
        new TreeMap<>(formParameters).forEach((name, value) -> data.append(name).append(value == null ? "" : value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    /**
     * The POST parameters of a request whose container merged them with the URL's query parameters
     * (the servlet parameter map, Spring's {@code @RequestParam MultiValueMap}): for each query
     * parameter of {@code publicUrl}, its first matching value is taken out, as containers list
     * query values before body values.
     */
    public static Map<String, List<String>> formParameters(URI publicUrl, Map<String, List<String>> merged) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        merged.forEach((name, values) -> form.put(name, new ArrayList<>(values)));
        for (NameValuePair query : queryParameters(publicUrl)) {
            List<String> values = form.get(query.getName());
            if (values != null) {
                values.remove(query.getValue() == null ? "" : query.getValue());
                if (values.isEmpty()) {
                    form.remove(query.getName());
                }
            }
        }
        form.replaceAll((name, values) -> List.copyOf(values));
        return form;
    }

    private static List<NameValuePair> queryParameters(URI url) {
        try {
            return new URIBuilder(url, StandardCharsets.UTF_8).getQueryParams();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
