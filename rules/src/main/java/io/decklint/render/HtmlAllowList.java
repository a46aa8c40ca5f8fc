package io.decklint.render;

import io.decklint.deck.AttributeComments;
import io.decklint.markdown.HedgeDocSanitizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The HTML a deck may use, as HedgeDoc 1.x allows it ({@code public/js/render.js}): js-xss's default tag
 * whitelist with HedgeDoc's additions ({@code style}, {@code kbd}, {@code iframe}, {@code summary}, ruby,
 * {@code figure}…), {@code id}, {@code class}, {@code style} and {@code data-*} on every tag (as
 * {@link AttributeComments#isAllowed} says), and {@code href} and {@code src} checked as HedgeDoc checks them
 * ({@link HedgeDocSanitizer#linkValue}). One rule is stricter than HedgeDoc: a script URL
 * ({@code javascript:}, {@code vbscript:}, an HTML {@code data:} URL) is refused in every attribute, because
 * reveal.js turns {@code data-background-iframe} and friends into frames and media.
 */
final class HtmlAllowList {
    /** js-xss 1.0.15 {@code getDefaultWhiteList()}, then HedgeDoc's changes in {@code render.js}. */
    private static final Map<String, Set<String>> TAGS = Map.ofEntries(
            Map.entry("a", Set.of("target", "href", "title")),
            Map.entry("abbr", Set.of("title")),
            Map.entry("address", Set.of()),
            Map.entry("area", Set.of("shape", "coords", "href", "alt")),
            Map.entry("article", Set.of()),
            Map.entry("aside", Set.of()),
            Map.entry("audio", Set.of("autoplay", "controls", "crossorigin", "loop", "muted", "preload", "src")),
            Map.entry("b", Set.of()),
            Map.entry("bdi", Set.of("dir")),
            Map.entry("bdo", Set.of("dir")),
            Map.entry("big", Set.of()),
            Map.entry("blockquote", Set.of("cite")),
            Map.entry("br", Set.of()),
            Map.entry("caption", Set.of()),
            Map.entry("center", Set.of()),
            Map.entry("cite", Set.of()),
            Map.entry("code", Set.of()),
            Map.entry("col", Set.of("align", "valign", "span", "width")),
            Map.entry("colgroup", Set.of("align", "valign", "span", "width")),
            Map.entry("dd", Set.of()),
            Map.entry("del", Set.of("datetime")),
            Map.entry("details", Set.of("open")),
            Map.entry("div", Set.of()),
            Map.entry("dl", Set.of()),
            Map.entry("dt", Set.of()),
            Map.entry("em", Set.of()),
            Map.entry("figcaption", Set.of()),
            Map.entry("figure", Set.of()),
            Map.entry("font", Set.of("color", "size", "face")),
            Map.entry("footer", Set.of()),
            Map.entry("h1", Set.of()),
            Map.entry("h2", Set.of()),
            Map.entry("h3", Set.of()),
            Map.entry("h4", Set.of()),
            Map.entry("h5", Set.of()),
            Map.entry("h6", Set.of()),
            Map.entry("header", Set.of()),
            Map.entry("hr", Set.of()),
            Map.entry("i", Set.of()),
            Map.entry("iframe", Set.of("allowfullscreen", "name", "referrerpolicy", "src", "width", "height")),
            Map.entry("img", Set.of("src", "alt", "title", "width", "height", "loading")),
            Map.entry("ins", Set.of("datetime")),
            Map.entry("kbd", Set.of()),
            Map.entry("li", Set.of("value")),
            Map.entry("mark", Set.of()),
            Map.entry("nav", Set.of()),
            Map.entry("ol", Set.of("start")),
            Map.entry("p", Set.of()),
            Map.entry("pre", Set.of()),
            Map.entry("rp", Set.of()),
            Map.entry("rt", Set.of()),
            Map.entry("ruby", Set.of()),
            Map.entry("s", Set.of()),
            Map.entry("section", Set.of()),
            Map.entry("small", Set.of()),
            Map.entry("span", Set.of()),
            Map.entry("strike", Set.of()),
            Map.entry("strong", Set.of()),
            Map.entry("style", Set.of()),
            Map.entry("sub", Set.of()),
            Map.entry("summary", Set.of()),
            Map.entry("sup", Set.of()),
            Map.entry("table", Set.of("width", "border", "align", "valign")),
            Map.entry("tbody", Set.of("align", "valign")),
            Map.entry("td", Set.of("width", "rowspan", "colspan", "align", "valign")),
            Map.entry("tfoot", Set.of("align", "valign")),
            Map.entry("th", Set.of("width", "rowspan", "colspan", "align", "valign")),
            Map.entry("thead", Set.of("align", "valign")),
            Map.entry("tr", Set.of("rowspan", "align", "valign")),
            Map.entry("tt", Set.of()),
            Map.entry("u", Set.of()),
            Map.entry("ul", Set.of()),
            Map.entry("video", Set.of("autoplay", "controls", "crossorigin", "loop", "muted", "playsinline",
                    "poster", "preload", "src", "height", "width")));

    private static final Pattern RASTER_DATA_IMAGE = Pattern.compile("data:image/(png|gif|jpeg|webp)[;,].*");

    private HtmlAllowList() {}

    static boolean allowsTag(String tag) {
        return TAGS.containsKey(tag);
    }

    /** Whether the attribute is on the tag's own list (not one allowed everywhere, such as {@code class}). */
    static boolean lists(String tag, String name) {
        return TAGS.getOrDefault(tag, Set.of()).contains(name);
    }

    /**
     * The value to keep for an attribute on an allowed tag: the value itself, an empty string (a link js-xss
     * empties) or null when the attribute must go.
     */
    static String filter(String tag, String name, String value) {
        boolean listed = lists(tag, name);
        if (!listed && !AttributeComments.isAllowed(name)) {
            return null;
        }
        if (isScriptUrl(value, tag, name)) {
            return null;
        }
        if (name.equals("style") && isScriptStyle(value)) {
            return null;
        }
        if (listed && (name.equals("href") || name.equals("src"))) {
            return HedgeDocSanitizer.linkValue(value, tag.equals("img") && name.equals("src"));
        }
        return value;
    }

    /**
     * A URL that would run code when a browser or reveal.js follows it. Browsers ignore control characters and
     * spaces inside a scheme, so they are ignored here too. Images may be data URLs (any image type in an
     * {@code <img>}, raster images elsewhere, since reveal.js may put the value in a frame).
     */
    static boolean isScriptUrl(String value, String tag, String name) {
        String url = HedgeDocSanitizer.withoutControlCharacters(value).replace(" ", "").toLowerCase(Locale.ROOT);
        if (url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("livescript:")
                || url.startsWith("mocha:")) {
            return true;
        }
        if (!url.startsWith("data:")) {
            return false;
        }
        boolean imageElementSource = tag.equals("img") && name.equals("src");
        return !(imageElementSource ? url.startsWith("data:image/") : RASTER_DATA_IMAGE.matcher(url).matches());
    }

    /** js-xss refuses {@code expression(…)} and script URLs in a style attribute. */
    private static boolean isScriptStyle(String value) {
        String style = HedgeDocSanitizer.withoutControlCharacters(value).replace(" ", "").toLowerCase(Locale.ROOT);
        return style.contains("expression(") || style.contains("javascript:") || style.contains("vbscript:");
    }
}
