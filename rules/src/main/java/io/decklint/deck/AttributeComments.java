package io.decklint.deck;

import io.decklint.deck.AttributeComment.Target;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code <!-- .slide: … -->} and {@code <!-- .element: … -->} comments exactly as HedgeDoc 1.x does, so
 * that the linter and the HTML renderer agree on which attributes a slide gets. HedgeDoc's
 * {@code public/js/reveal-markdown.js} runs, on the text of each comment node:
 * <ul>
 *   <li>{@code \.element\s*?(.+?)$} with the {@code mg} flags; if that finds nothing,
 *       {@code \.slide:\s*?(\S.+?)$} (so {@code .slide} needs its colon, and the attributes end at the end of
 *       the line where they start);</li>
 *   <li>then {@code ([^"= ]+?)="([^"=]+?)"} over the captured text: double quotes only, and no {@code =} or
 *       {@code "} inside a value, which must not be empty;</li>
 *   <li>and it sets a found attribute only if its name starts with {@code data-} or is {@code id},
 *       {@code class} or {@code style}.</li>
 * </ul>
 * The patterns below are those, with JavaScript's meanings of {@code \s}, {@code .} and {@code $} spelt out
 * (Java's differ for some Unicode spaces and line separators).
 */
public final class AttributeComments {
    private static final String JS_SPACES = "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029"
            + "\\u202F\\u205F\\u3000\\uFEFF";
    private static final String JS_DOT = "[^\\n\\r\\u2028\\u2029]";
    private static final String JS_LINE_END = "(?=[\\n\\r\\u2028\\u2029]|\\z)";
    private static final Pattern ELEMENT = Pattern.compile(
            "\\.element[" + JS_SPACES + "]*?(" + JS_DOT + "+?)" + JS_LINE_END);
    private static final Pattern SLIDE = Pattern.compile(
            "\\.slide:[" + JS_SPACES + "]*?([^" + JS_SPACES + "]" + JS_DOT + "+?)" + JS_LINE_END);
    /**
     * Tried only where a name can start (after a delimiter): a match starting inside a run would have matched
     * from the run's start, and trying every position of a long run took quadratic time.
     */
    private static final Pattern ATTRIBUTE = Pattern.compile("(?<![^\"= ])([^\"= ]+?)=\"([^\"=]+?)\"");
    /** {@code window.whiteListAttr} in public/js/render.js. */
    private static final Set<String> ALLOWED = Set.of("id", "class", "style");

    private AttributeComments() {}

    /** The attribute comments of a slide, in order. */
    public static List<AttributeComment> of(Slide slide) {
        List<AttributeComment> found = new ArrayList<>();
        for (HtmlComment comment : slide.comments()) {
            int base = comment.body().start();
            String body = comment.body().shift(-slide.range().start()).of(slide.text());
            read(body, base, comment).ifPresent(found::add);
        }
        return found;
    }

    /**
     * What HedgeDoc takes from a comment whose text (between {@code <!--} and {@code -->}) is {@code body},
     * starting at offset {@code base} of the deck.
     */
    public static Optional<AttributeComment> read(String body, int base, HtmlComment comment) {
        Matcher marker = ELEMENT.matcher(body);
        Target target = Target.ELEMENT;
        if (!marker.find()) {
            marker = SLIDE.matcher(body);
            target = Target.SLIDE;
            if (!marker.find()) {
                return Optional.empty();
            }
        }
        int from = marker.start(1);
        String captured = marker.group(1);
        List<CommentAttribute> matched = new ArrayList<>();
        Matcher attribute = ATTRIBUTE.matcher(captured);
        while (attribute.find()) {
            String name = attribute.group(1);
            matched.add(new CommentAttribute(name, attribute.group(2),
                    new TextRange(base + from + attribute.start(1), base + from + attribute.end(1)),
                    new TextRange(base + from + attribute.start(2), base + from + attribute.end(2)),
                    isAllowed(name)));
        }
        return Optional.of(new AttributeComment(target, comment, new TextRange(base + marker.start(), base + from),
                new TextRange(base + from, base + marker.end(1)), matched));
    }

    /** reveal-markdown.js: {@code name.substr(0, 5) === 'data-' || window.whiteListAttr.indexOf(name) !== -1}. */
    public static boolean isAllowed(String name) {
        return name.startsWith("data-") || ALLOWED.contains(name);
    }
}
