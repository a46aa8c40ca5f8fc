package io.decklint.deck;

import io.decklint.text.TextRange;

/**
 * A {@code name="value"} pair that HedgeDoc's attribute pattern found in a {@code .slide:} or {@code .element}
 * comment. {@code applied} says whether HedgeDoc sets it: only {@code data-*}, {@code id}, {@code class} and
 * {@code style} pass ({@code public/js/reveal-markdown.js} {@code addAttributeInElement}, with
 * {@code window.whiteListAttr} from {@code public/js/render.js}).
 */
public record CommentAttribute(String name, String value, TextRange nameRange, TextRange valueRange,
        boolean applied) {
    /** The whole {@code name="value"}, quotes included. */
    public TextRange range() {
        return new TextRange(nameRange.start(), valueRange.end() + 1);
    }

    /** The name as the browser stores it: {@code setAttribute} lower-cases ASCII letters on HTML elements. */
    public String appliedName() {
        StringBuilder lower = new StringBuilder(name.length());
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return lower.toString();
    }

    /**
     * The value as HedgeDoc sets it: js-xss's {@code escapeAttrValue} ({@code lib/default.js}) turns {@code <}
     * and {@code >} into {@code &lt;} and {@code &gt;}, and {@code setAttribute} keeps those characters as
     * they are.
     */
    public String appliedValue() {
        return value.replace("<", "&lt;").replace(">", "&gt;");
    }
}
