package org.tawasul.channels.email;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reply address of notifications, from a template with one {@code {token}} in its local part,
 * e.g. {@code tawasul+{token}@society.example}: {@link #format} puts a {@link ReplyToken} in it,
 * {@link #findToken} finds it again among a mail's recipients (To, Cc, Delivered-To, X-Original-To),
 * ignoring case and any display name or angle brackets around the address.
 */
public final class ReplyAddress {

    /** The placeholder for the token in a template. */
    public static final String PLACEHOLDER = "{token}";

    private static final int MAX_LOCAL_PART = 64;

    private final String template;
    private final Pattern pattern;

    public ReplyAddress(String template) {
        if (template == null) {
            throw new IllegalArgumentException("A reply address template is needed");
        }
        String t = template.strip();
        int at = t.lastIndexOf('@');
        int token = t.indexOf(PLACEHOLDER);
        if (at < 1 || at == t.length() - 1 || token < 0 || token != t.lastIndexOf(PLACEHOLDER) || token > at
                || t.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c > 126)) {
            throw new IllegalArgumentException("'" + template + "' is not a reply address template: it needs one "
                    + PLACEHOLDER + " in the local part of a plain ASCII address, e.g. tawasul+{token}@society.example");
        }
        this.template = t;
        this.pattern = Pattern.compile("(?:^|[\\s<,;:\"'(])" + Pattern.quote(t.substring(0, token)) + "([a-z2-7]+)"
                + Pattern.quote(t.substring(token + PLACEHOLDER.length())) + "(?=$|[\\s>,;\"')])", Pattern.CASE_INSENSITIVE);
    }

    /** The template this address was made from. */
    public String template() {
        return template;
    }

    /** The address carrying the token. */
    public String format(String token) {
        if (token == null || !token.matches("[a-z2-7]+")) {
            throw new IllegalArgumentException("Not a reply token: '" + token + "'");
        }
        String address = template.replace(PLACEHOLDER, token);
        if (address.lastIndexOf('@') > MAX_LOCAL_PART) {
            throw new IllegalArgumentException("The reply address's local part would be longer than "
                    + MAX_LOCAL_PART + " characters: shorten the template or the recipient key");
        }
        return address;
    }

    /** The token in one address (lower-cased), if the address fits the template. */
    public Optional<String> extract(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(address.strip());
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The token of the first address that fits the template, in the order given. */
    public Optional<String> findToken(Collection<String> addresses) {
        return addresses.stream().map(this::extract).flatMap(Optional::stream).findFirst();
    }
}
