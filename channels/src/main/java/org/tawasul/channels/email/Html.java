package org.tawasul.channels.email;

/** The HTML alternative of a plain text: escaped, line breaks kept, right-to-left when the text is Arabic. */
final class Html {

    private Html() {
    }

    /** A whole HTML document for the text. */
    static String of(String text) {
        boolean rtl = hasArabic(text);
        String dir = rtl ? "rtl" : "ltr";
        StringBuilder html = new StringBuilder(text.length() * 2 + 300)
                .append("<!DOCTYPE html>\n<html dir=\"").append(dir).append("\" lang=\"").append(rtl ? "ar" : "en")
                .append("\">\n<head><meta charset=\"UTF-8\"></head>\n<body dir=\"").append(dir)
                .append("\" style=\"direction:").append(dir).append(";text-align:").append(rtl ? "right" : "left")
                .append(";font-family:Tahoma,Arial,sans-serif;font-size:15px;line-height:1.6\">\n");
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>\n")).append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** Whether the text has an Arabic letter. */
    static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
