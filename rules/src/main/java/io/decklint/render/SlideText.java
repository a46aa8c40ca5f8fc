package io.decklint.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What HedgeDoc's slide view does to a slide's Markdown before rendering it ({@code public/js/reveal-markdown.js}).
 * The browser has already turned CR LF into LF when it read the deck out of the page. Then
 * {@code getMarkdownFromSlide}, which runs twice (once in {@code processSlides}, once in {@code convertSlides}),
 * "normalises leading whitespace": when the slide starts (after one optional line break) with tabs, every line
 * break followed by that many tabs loses them; otherwise, when it starts with two or more whitespace characters
 * (blank lines count), every run of that many spaces, with the line break before it if any, becomes a line
 * break. Finally {@code convertSlides} turns {@code &lt;} and {@code &gt;} into {@code <} and {@code >}.
 * These are HedgeDoc's quirks, kept so that the preview shows what HedgeDoc shows.
 */
final class SlideText {
    /** JavaScript's {@code \s}. */
    private static final String JS_SPACE = "[\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F"
            + "\\u205F\\u3000\\uFEFF]";
    private static final Pattern LEADING_SPACE = Pattern.compile("^\\n?(" + JS_SPACE + "*)");
    private static final Pattern LEADING_TABS = Pattern.compile("^\\n?(\\t*)");

    private SlideText() {}

    static String prepare(String slide) {
        String text = slide.indexOf('\r') < 0 ? slide : slide.replace("\r\n", "\n").replace('\r', '\n');
        text = normalizeLeadingWhitespace(normalizeLeadingWhitespace(text));
        return text.replace("&lt;", "<").replace("&gt;", ">");
    }

    static String normalizeLeadingWhitespace(String text) {
        Matcher tabs = LEADING_TABS.matcher(text);
        int leadingTabs = tabs.find() ? tabs.group(1).length() : 0;
        if (leadingTabs > 0) {
            return text.replaceAll("\\n?\\t{" + leadingTabs + "}", "\n");
        }
        Matcher spaces = LEADING_SPACE.matcher(text);
        int leadingSpace = spaces.find() ? spaces.group(1).length() : 0;
        if (leadingSpace > 1) {
            return text.replaceAll("\\n? {" + leadingSpace + "}", "\n");
        }
        return text;
    }
}
