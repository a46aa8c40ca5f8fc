package io.decklint.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * The text of a link made from a bare or bracketed URL, shown as markdown-it shows it: its
 * {@code normalizeLinkText} ({@code lib/index.js}, markdown-it 13) decodes percent-escapes with mdurl's
 * {@code decode}, except those of {@code ;/?:@&=+$,#%}, so {@code https://x.org/%E2%9C%93/a%20b} reads
 * {@code https://x.org/✓/a b}. The address itself is not changed. (Host names in punycode are not turned back
 * into Unicode.)
 */
final class LinkifiedText implements PostProcessor {
    private static final Pattern ESCAPES = Pattern.compile("(%[0-9a-fA-F]{2})+");
    private static final String KEPT = ";/?:@&=+$,#%";

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getFirstChild() instanceof Text text && text.getNext() == null
                        && isAddressText(link.getDestination(), text.getLiteral())) {
                    text.setLiteral(decode(text.getLiteral()));
                }
            }
        });
        return document;
    }

    /** A link whose text is its address (with the scheme a bare {@code www.} or e-mail address gets). */
    private static boolean isAddressText(String destination, String text) {
        return text.indexOf('%') >= 0 && (destination.equals(text) || destination.equals("http://" + text)
                || destination.equals("mailto:" + text));
    }

    /** mdurl's {@code decode}: UTF-8 sequences as characters, a byte that starts none as U+FFFD. */
    static String decode(String text) {
        Matcher escapes = ESCAPES.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (escapes.find()) {
            escapes.appendReplacement(out, Matcher.quoteReplacement(decodeRun(escapes.group())));
        }
        return escapes.appendTail(out).toString();
    }

    private static String decodeRun(String run) {
        int count = run.length() / 3;
        int[] bytes = new int[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = Integer.parseInt(run.substring(3 * i + 1, 3 * i + 3), 16);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int b1 = bytes[i];
            if (b1 < 0x80) {
                out.append(KEPT.indexOf(b1) >= 0 ? String.format("%%%02X", b1) : String.valueOf((char) b1));
                continue;
            }
            int length = (b1 & 0xE0) == 0xC0 ? 2 : (b1 & 0xF0) == 0xE0 ? 3 : (b1 & 0xF8) == 0xF0 ? 4 : 1;
            if (length > 1 && i + length <= count && continuations(bytes, i + 1, length - 1)) {
                out.append(character(bytes, i, length));
                i += length - 1;
            } else {
                out.append('\uFFFD');
            }
        }
        return out.toString();
    }

    private static boolean continuations(int[] bytes, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The decoded code point, or one U+FFFD per byte for an overlong form or one out of range, as mdurl does. */
    private static String character(int[] bytes, int at, int length) {
        int[] lead = {0, 0, 0x1F, 0x0F, 0x07};
        int code = bytes[at] & lead[length];
        for (int i = at + 1; i < at + length; i++) {
            code = (code << 6) | (bytes[i] & 0x3F);
        }
        int[] least = {0, 0, 0x80, 0x800, 0x10000};
        boolean valid = code >= least[length] && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
        return valid ? new String(Character.toChars(code)) : "\uFFFD".repeat(length);
    }
}
