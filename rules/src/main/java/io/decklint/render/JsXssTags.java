package io.decklint.render;

import io.decklint.markdown.HedgeDocSanitizer;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jsoup.parser.Parser;

/**
 * The two text passes of HedgeDoc's sanitiser that a DOM cannot reproduce, because they work on source text with
 * js-xss's own tag reader ({@code lib/parser.js} {@code parseTag}/{@code parseAttr} and {@code lib/xss.js} of
 * {@code xss} 1.0.15, set up in {@code public/js/render.js}). They come before decklint's own cleaning of each
 * slide's tree ({@link HtmlSanitizer}), which stays the safety net: nothing here is trusted to make HTML safe.
 */
final class JsXssTags {
    private JsXssTags() {}

    /**
     * {@code public/js/slide.js} runs {@code preventXSS} over the whole note's Markdown before reveal.js splits
     * and renders it, so tags HedgeDoc allows are rewritten wherever they are, in code blocks too: attributes it
     * does not allow go ({@code <div xmlns:schema=… typeOf=…>} becomes {@code <div>}), values are re-quoted, and
     * an unquoted value before {@code />} loses the slash ({@code src=https://x/a.png/>}: js-xss takes the
     * {@code /} as the tag's end). Other tags are escaped by that pass and unescaped again by reveal-markdown.js
     * ({@code &lt;} back to {@code <}), so they are left as they are.
     *
     * <p>One difference: HedgeDoc reads a tag left open at a slide's end on into the next slide; decklint
     * renders each slide on its own and leaves such a {@code <} as text.
     */
    static String filterMarkdown(String markdown) {
        return scan(markdown, (tag, name) -> HtmlAllowList.allowsTag(name) ? rebuild(tag, name) : tag);
    }

    /**
     * {@code public/js/reveal-markdown.js} runs {@code preventXSS} again over each rendered slide: a tag HedgeDoc
     * does not allow is escaped, so it shows exactly as typed ({@code <head>}, {@code <link … />}), where a
     * browser's parser would drop or reshape it. Allowed tags and comments are left to {@link HtmlSanitizer}.
     */
    static String escapeUnlistedTags(String html) {
        return scan(html, (tag, name) -> HtmlAllowList.allowsTag(name) || name.startsWith("!--") ? tag
                : tag.replace("<", "&lt;").replace(">", "&gt;"));
    }

    /** js-xss {@code parseTag}: replaces every tag, {@code <} to {@code >} outside quoted values, by the callback. */
    private static String scan(String text, BiFunction<String, String, String> onTag) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        int tagStart = -1;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (tagStart < 0) {
                if (c == '<') {
                    tagStart = i;
                }
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '<') {
                tagStart = i;
            } else if (c == '>') {
                out.append(text, last, tagStart);
                String tag = text.substring(tagStart, i + 1);
                out.append(onTag.apply(tag, tagName(tag)));
                last = i + 1;
                tagStart = -1;
            } else if ((c == '"' || c == '\'') && afterEquals(text, i)) {
                quote = c;
            }
        }
        return out.append(text, last, text.length()).toString();
    }

    /** A quote opens a value only right after {@code =} (spaces between allowed). */
    private static boolean afterEquals(String text, int quoteAt) {
        for (int i = quoteAt - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '=') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /** js-xss {@code getTagName}. */
    private static String tagName(String tag) {
        int space = spaceIndex(tag);
        String name = (space < 0 ? tag.substring(1, tag.length() - 1) : tag.substring(1, space + 1)).strip()
                .toLowerCase(Locale.ROOT);
        if (name.startsWith("/")) {
            name = name.substring(1);
        }
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    /** js-xss's rebuilt allowed tag: {@code </name>}, or {@code <name attributes />} with the kept attributes. */
    private static String rebuild(String tag, String name) {
        if (tag.startsWith("</")) {
            return "</" + name + ">";
        }
        int space = spaceIndex(tag);
        String attributes = space < 0 ? "" : tag.substring(space + 1, tag.length() - 1).strip();
        boolean selfClosing = space < 0 ? tag.length() > 2 && tag.charAt(tag.length() - 2) == '/'
                : attributes.endsWith("/");
        if (space >= 0 && selfClosing) {
            attributes = attributes.substring(0, attributes.length() - 1).strip();
        }
        String kept = JsXssAttributes.parse(attributes, (attribute, value) -> keep(name, attribute, value));
        return "<" + name + (kept.isEmpty() ? "" : " " + kept) + (selfClosing ? " /" : "") + ">";
    }

    /**
     * render.js {@code onTagAttr} / {@code onIgnoreTagAttr} and js-xss {@code safeAttrValue}; null drops it.
     * Stricter than HedgeDoc in one case: a script URL is dropped, not emptied, since an empty {@code href} is a
     * link to the page itself (as {@link HtmlAllowList#filter} does), with character references read as a
     * browser reads them.
     */
    private static String keep(String tag, String name, String value) {
        if (HtmlAllowList.isScriptUrl(Parser.unescapeEntities(value, true), tag, name)) {
            return null;
        }
        if (HtmlAllowList.lists(tag, name)) {
            String kept = name.equals("href") || name.equals("src")
                    ? HedgeDocSanitizer.linkValue(value, tag.equals("img") && name.equals("src"))
                    : value.replace("&quot;", "\"");
            return kept.isEmpty() ? name : name + "=\"" + kept.replace("\"", "&quot;") + "\"";
        }
        if (name.startsWith("data-") || name.equals("id") || name.equals("class") || name.equals("style")) {
            return name + "=\"" + value.replace("\"", "&quot;") + "\"";
        }
        return null;
    }

    /** js-xss {@code spaceIndex}: the first whitespace character. */
    static int spaceIndex(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** JavaScript's {@code \s}. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
