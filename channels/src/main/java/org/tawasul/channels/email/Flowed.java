package org.tawasul.channels.email;

/**
 * Undoes {@code format=flowed} (RFC 3676): a line ending in a space continues on the next line of
 * the same quote depth; space-stuffing is removed; with {@code delsp=yes} the trailing space itself
 * goes too. The signature line {@code "-- "} is never flowed.
 */
final class Flowed {

    private Flowed() {
    }

    static String unflow(String text, boolean delsp) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder paragraph = null;
        int paragraphDepth = -1;
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            int depth = 0;
            while (depth < raw.length() && raw.charAt(depth) == '>') {
                depth++;
            }
            String line = raw.substring(depth);
            if (line.startsWith(" ")) {
                line = line.substring(1); // space-stuffing
            }
            boolean flowed = line.endsWith(" ") && !line.equals("-- ");
            if (paragraph != null && depth != paragraphDepth) {
                finish(out, paragraph, paragraphDepth);
                paragraph = null;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder();
                paragraphDepth = depth;
            }
            paragraph.append(flowed && delsp ? line.substring(0, line.length() - 1) : line);
            if (!flowed) {
                finish(out, paragraph, depth);
                paragraph = null;
            }
        }
        if (paragraph != null) {
            finish(out, paragraph, paragraphDepth);
        }
        if (out.length() > 0) {
            out.setLength(out.length() - 1); // the split added one line break too many
        }
        return out.toString();
    }

    private static void finish(StringBuilder out, CharSequence paragraph, int depth) {
        if (depth > 0) {
            out.append(">".repeat(depth)).append(' ');
        }
        out.append(paragraph).append('\n');
    }
}
