package io.decklint.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces of link and image syntax as HedgeDoc's markdown-it reads them ({@code lib/helpers/parse_link_label.js},
 * {@code parse_link_destination.js}, {@code parse_link_title.js}, {@code validateLink} in {@code lib/index.js}).
 * Offsets are into the text handed in; {@code max} is where the enclosing paragraph ends. markdown-it turns
 * {@code \r\n} into {@code \n} before parsing, so a {@code \r} counts as a line break here.
 */
public final class LinkSyntax {
    private static final Pattern REFUSED_SCHEME = Pattern.compile("^(vbscript|javascript|file|data):");
    private static final Pattern IMAGE_DATA = Pattern.compile("^data:image/(gif|png|jpeg|webp);");
    private static final String ENTITY = "&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});";
    private static final Pattern ESCAPE_OR_ENTITY = Pattern.compile(
            "\\\\([!\"#$%&'()*+,./:;<=>?@\\[\\\\\\]^_`{|}~-])|" + ENTITY);
    private static final Pattern ENTITY_ONLY = Pattern.compile("()" + ENTITY);

    private LinkSyntax() {}

    /** A piece of syntax that ends at {@code end}, with its value unescaped. */
    public record Token(int end, String value) {}

    /**
     * The offset of the {@code ]} that closes the {@code [} at {@code open}, or -1. Brackets nest; escaped
     * brackets and brackets inside code spans do not count.
     */
    public static int labelEnd(CharSequence text, int open, int max) {
        int level = 1;
        int pos = open + 1;
        while (pos < max) {
            char c = text.charAt(pos);
            if (c == ']' && --level == 0) {
                return pos;
            }
            if (c == '[') {
                level++;
            } else if (c == '\\' && pos + 1 < max) {
                pos++;
            } else if (c == '`') {
                pos = codeSpanEnd(text, pos, max);
                continue;
            }
            pos++;
        }
        return -1;
    }

    /** Where a code span opened by the backticks at {@code pos} ends; just past the backticks if it never closes. */
    private static int codeSpanEnd(CharSequence text, int pos, int max) {
        int run = runOf(text, pos, max, '`');
        for (int p = pos + run; p < max; p++) {
            if (text.charAt(p) == '`') {
                int closing = runOf(text, p, max, '`');
                if (closing == run) {
                    return p + closing;
                }
                p += closing - 1;
            }
        }
        return pos + run;
    }

    private static int runOf(CharSequence text, int pos, int max, char c) {
        int end = pos;
        while (end < max && text.charAt(end) == c) {
            end++;
        }
        return end - pos;
    }

    /** A link destination at {@code pos}: {@code <…>} on one line, or a run without spaces and with balanced parentheses. */
    public static Optional<Token> destination(CharSequence text, int pos, int max) {
        if (pos < max && text.charAt(pos) == '<') {
            for (int p = pos + 1; p < max; p++) {
                char c = text.charAt(p);
                if (c == '\n' || c == '\r' || c == '<') {
                    return Optional.empty();
                }
                if (c == '>') {
                    return Optional.of(new Token(p + 1, unescape(text.subSequence(pos + 1, p))));
                }
                if (c == '\\' && p + 1 < max) {
                    p++;
                }
            }
            return Optional.empty();
        }
        int level = 0;
        int p = pos;
        while (p < max) {
            char c = text.charAt(p);
            if (c == ' ' || c < 0x20 || c == 0x7f) {
                break;
            }
            if (c == '\\' && p + 1 < max) {
                if (text.charAt(p + 1) == ' ') {
                    break;
                }
                p += 2;
                continue;
            }
            if (c == '(' && ++level > 32) {
                return Optional.empty();
            }
            if (c == ')') {
                if (level == 0) {
                    break;
                }
                level--;
            }
            p++;
        }
        if (p == pos || level != 0) {
            return Optional.empty();
        }
        return Optional.of(new Token(p, unescape(text.subSequence(pos, p))));
    }

    /** A link title at {@code pos}: {@code "…"}, {@code '…'} or {@code (…)}, which may span lines. */
    public static Optional<Token> title(CharSequence text, int pos, int max) {
        if (pos >= max) {
            return Optional.empty();
        }
        char open = text.charAt(pos);
        if (open != '"' && open != '\'' && open != '(') {
            return Optional.empty();
        }
        char close = open == '(' ? ')' : open;
        for (int p = pos + 1; p < max; p++) {
            char c = text.charAt(p);
            if (c == close) {
                return Optional.of(new Token(p + 1, unescape(text.subSequence(pos + 1, p))));
            }
            if (c == '(' && close == ')') {
                return Optional.empty();
            }
            if (c == '\\' && p + 1 < max) {
                p++;
            }
        }
        return Optional.empty();
    }

    /** Skips the spaces and line breaks markdown-it skips between the parts of a link. */
    public static int skipSpaces(CharSequence text, int pos, int max) {
        while (pos < max && (text.charAt(pos) == ' ' || text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
            pos++;
        }
        return pos;
    }

    /**
     * markdown-it's {@code validateLink}: {@code javascript:}, {@code vbscript:}, {@code file:} and {@code data:}
     * URLs are refused, except {@code data:image/} gif, png, jpeg and webp. A refused URL makes no link or image.
     */
    public static boolean isAllowedUrl(String url) {
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return !REFUSED_SCHEME.matcher(lower).find() || IMAGE_DATA.matcher(lower).find();
    }

    /** markdown-it's {@code normalizeReference}: labels match ignoring case and runs of white space. */
    public static String normalizeLabel(CharSequence label) {
        return label.toString().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Removes Markdown's backslash escapes and decodes numeric and the common named character references. */
    public static String unescape(CharSequence raw) {
        return replace(ESCAPE_OR_ENTITY.matcher(raw));
    }

    /** Decodes numeric and the common named character references, as in an HTML attribute. */
    public static String decodeEntities(CharSequence raw) {
        return replace(ENTITY_ONLY.matcher(raw));
    }

    private static String replace(Matcher m) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String escaped = m.group(1);
            String replacement = escaped != null && !escaped.isEmpty() ? escaped : entity(m.group(2), m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : "\uFFFD";
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            default -> whole;
        };
    }
}
