package org.tawasul.channels.email;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML mail as plain text, with jsoup: block elements and {@code <br>} become line breaks,
 * paragraphs are followed by a blank line (Outlook's {@code MsoNormal} paragraphs, which carry
 * their own empty paragraphs, are single lines), list items get a dash or their number, a link
 * keeps its address. Optionally the quoted history is dropped by its markup first: Gmail's
 * {@code div.gmail_quote}, every {@code blockquote}, Outlook's {@code #appendonsend} and
 * {@code #divRplyFwdMsg} (with all that follows them), new Outlook's reference container,
 * Thunderbird's cite prefix, and the signature blocks of Gmail and Outlook.
 */
final class HtmlText {

    /** Elements where the quoted history starts; they and everything after them go. */
    private static final String HISTORY_STARTS = "#appendonsend, #divRplyFwdMsg, #mail-editor-reference-message-container, "
            + "div.moz-cite-prefix, div.moz-forward-container";
    /** Elements that are quoted history or a signature; they alone go. */
    private static final String DROPPED = "div.gmail_quote, div.gmail_quote_container, blockquote, div.gmail_signature, "
            + "div[data-smartmail=gmail_signature], #Signature, #ms-outlook-mobile-signature, div.moz-signature, "
            + "div.yahoo_quoted";

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "div",
            "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
            "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
            "pre");

    private HtmlText() {
    }

    /** The text of an HTML document or fragment; {@code dropQuoted} removes the quoted history first. */
    static String toText(String html, boolean dropQuoted) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        doc.select("head, style, script, title, template, xml").remove();
        if (dropQuoted) {
            for (Element start : doc.select(HISTORY_STARTS)) {
                if (start.parent() != null) {
                    removeWithAllAfter(start, doc.body());
                }
            }
            doc.select(DROPPED).remove();
        }
        Writer out = new Writer();
        walk(doc.body(), out, false);
        return out.text();
    }

    private static void removeWithAllAfter(Element start, Element body) {
        for (Node node = start; node != null && node != body; node = node.parent()) {
            while (node.nextSibling() != null) {
                node.nextSibling().remove();
            }
        }
        start.remove();
    }

    private static void walk(Node node, Writer out, boolean pre) {
        if (node instanceof TextNode text) {
            out.text(pre ? text.getWholeText() : text.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " "), pre);
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        switch (tag) {
            case "br" -> {
                out.lineBreak();
                return;
            }
            case "img" -> {
                return;
            }
            case "td", "th" -> out.text(" ", false);
            default -> { }
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            out.endLine();
        }
        if (tag.equals("li")) {
            Element list = element.parent();
            out.text(list != null && list.normalName().equals("ol") ? (element.elementSiblingIndex() + 1) + ". " : "- ", false);
        }
        for (Node child : element.childNodes()) {
            walk(child, out, pre || tag.equals("pre"));
        }
        if (tag.equals("a")) {
            String href = element.attr("href");
            if (href.startsWith("http") && !element.text().contains(href) && !element.text().isBlank()) {
                out.text(" <" + href + ">", false);
            }
        }
        if (block) {
            out.endLine();
            if (PARAGRAPHS.contains(tag) && !element.hasClass("MsoNormal") && !element.hasClass("MsoListParagraph")) {
                out.blankLine();
            }
        }
    }

    /** Builds the text line by line, collapsing spaces at line starts. */
    private static final class Writer {

        private final StringBuilder text = new StringBuilder();

        void text(String s, boolean pre) {
            if (!pre && atLineStart()) {
                s = s.stripLeading();
            }
            text.append(s);
        }

        void lineBreak() {
            trimLineEnd();
            text.append('\n');
        }

        void endLine() {
            if (!atLineStart()) {
                lineBreak();
            }
        }

        void blankLine() {
            endLine();
            if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
                text.append('\n');
            }
        }

        private boolean atLineStart() {
            return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
        }

        private void trimLineEnd() {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            text.setLength(end);
        }

        String text() {
            return text.toString();
        }
    }
}
