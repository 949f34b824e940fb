package org.tawasul.channels.email;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes MIME by hand for the test fixtures (independently of Jakarta Mail, which reads them):
 * headers, RFC 2047 encoded words, base64 and quoted-printable bodies, multiparts. Lines end in
 * CRLF as on the wire.
 */
final class Mime {

    static final String CRLF = "\r\n";

    private Mime() {
    }

    /** A body part or a whole message body: its MIME headers and its encoded body. */
    record Part(List<String> headers, String body) {

        String write() {
            return headers.isEmpty() ? CRLF + body : String.join(CRLF, headers) + CRLF + CRLF + body;
        }
    }

    static Part text(String subtype, String text, Charset charset, String encoding, String... params) {
        List<String> headers = new ArrayList<>();
        StringBuilder type = new StringBuilder("Content-Type: text/" + subtype + "; charset=\"" + charset.name().toLowerCase() + "\"");
        for (String p : params) {
            type.append("; ").append(p);
        }
        headers.add(type.toString());
        headers.add("Content-Transfer-Encoding: " + encoding);
        return new Part(headers, encode(text, charset, encoding));
    }

    /** A text part with a charset label written as given (e.g. {@code UTF-8} as Gmail writes it). */
    static Part text(String subtype, String text, String charsetLabel, String encoding, String... params) {
        Part part = text(subtype, text, Charset.forName(charsetLabel), encoding, params);
        List<String> headers = new ArrayList<>(part.headers());
        headers.set(0, headers.get(0).replace("charset=\"" + Charset.forName(charsetLabel).name().toLowerCase() + "\"",
                "charset=\"" + charsetLabel + "\""));
        return new Part(headers, part.body());
    }

    static Part file(String contentType, String disposition, byte[] content, String... extraHeaders) {
        List<String> headers = new ArrayList<>();
        headers.add("Content-Type: " + contentType);
        headers.add("Content-Disposition: " + disposition);
        headers.add("Content-Transfer-Encoding: base64");
        headers.addAll(List.of(extraHeaders));
        return new Part(headers, base64(content));
    }

    static Part raw(List<String> headers, String body) {
        return new Part(headers, body);
    }

    static Part multipart(String subtype, String boundary, Part... parts) {
        return multipart(subtype, boundary, List.of(), parts);
    }

    static Part multipart(String subtype, String boundary, List<String> typeParams, Part... parts) {
        StringBuilder type = new StringBuilder("Content-Type: multipart/" + subtype + ";" + CRLF + "\tboundary=\"" + boundary + "\"");
        for (String p : typeParams) {
            type.append(";").append(CRLF).append('\t').append(p);
        }
        StringBuilder body = new StringBuilder();
        for (Part part : parts) {
            body.append("--").append(boundary).append(CRLF).append(part.write()).append(CRLF);
        }
        body.append("--").append(boundary).append("--").append(CRLF);
        return new Part(List.of(type.toString()), body.toString());
    }

    /** A whole message: the header lines, then the body part's MIME headers, then its body. */
    static byte[] message(List<String> headers, Part body) {
        String text = String.join(CRLF, headers) + CRLF + body.write();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String encode(String text, Charset charset, String encoding) {
        String crlf = text.replace("\r\n", "\n").replace("\n", CRLF);
        return switch (encoding.toLowerCase()) {
            case "base64" -> base64(crlf.getBytes(charset));
            case "quoted-printable" -> quotedPrintable(text, charset);
            case "7bit", "8bit" -> crlf.endsWith(CRLF) ? crlf : crlf + CRLF;
            default -> throw new IllegalArgumentException(encoding);
        };
    }

    static String base64(byte[] bytes) {
        String all = Base64.getEncoder().encodeToString(bytes);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < all.length(); i += 76) {
            out.append(all, i, Math.min(all.length(), i + 76)).append(CRLF);
        }
        return out.toString();
    }

    /** Quoted-printable (RFC 2045): hard line breaks as CRLF, soft breaks before 76 characters. */
    static String quotedPrintable(String text, Charset charset) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            byte[] bytes = lines[l].getBytes(charset);
            int column = 0;
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xff;
                boolean last = i == bytes.length - 1;
                String token = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last)
                        ? String.valueOf((char) b) : String.format("=%02X", b);
                if (column + token.length() > 75) {
                    out.append('=').append(CRLF);
                    column = 0;
                }
                out.append(token);
                column += token.length();
            }
            if (l < lines.length - 1) {
                out.append(CRLF);
            }
        }
        return out.append(CRLF).toString();
    }

    /** The text as is when it is ASCII, else as {@link #b}: what mail clients do with a subject. */
    static String subject(String text) {
        return text.chars().allMatch(c -> c < 128) ? text : b(text);
    }

    /** As {@link #subject}, with Outlook's lower-case charset label. */
    static String subjectLower(String text) {
        return text.chars().allMatch(c -> c < 128) ? text : bLower(text);
    }

    /** RFC 2047 B encoding in UTF-8, split into words of at most 75 characters, folded. */
    static String b(String text) {
        return encodedWords(text, "UTF-8", StandardCharsets.UTF_8, true);
    }

    /** RFC 2047 B encoding with a lower-case charset label, as Outlook writes it. */
    static String bLower(String text) {
        return encodedWords(text, "utf-8", StandardCharsets.UTF_8, true);
    }

    /** RFC 2047 Q encoding in UTF-8. */
    static String q(String text) {
        return encodedWords(text, "UTF-8", StandardCharsets.UTF_8, false);
    }

    static String encodedWords(String text, String label, Charset charset, boolean base64) {
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String next = chunk + new String(Character.toChars(cp));
            if (word(next, label, charset, base64).length() > 75 && !chunk.isEmpty()) {
                words.add(word(chunk.toString(), label, charset, base64));
                chunk.setLength(0);
            }
            chunk.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!chunk.isEmpty()) {
            words.add(word(chunk.toString(), label, charset, base64));
        }
        return String.join(CRLF + " ", words);
    }

    private static String word(String text, String label, Charset charset, boolean base64) {
        byte[] bytes = text.getBytes(charset);
        if (base64) {
            return "=?" + label + "?B?" + Base64.getEncoder().encodeToString(bytes) + "?=";
        }
        StringBuilder q = new StringBuilder();
        for (byte value : bytes) {
            int b = value & 0xff;
            if (b == ' ') {
                q.append('_');
            } else if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || "!*+-/".indexOf(b) >= 0) {
                q.append((char) b);
            } else {
                q.append(String.format("=%02X", b));
            }
        }
        return "=?" + label + "?Q?" + q + "?=";
    }
}
