package io.decklint.render;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The HTML a deck may use, as HedgeDoc 1.x allows it ({@code public/js/render.js}): js-xss's default tag
 * whitelist with HedgeDoc's additions ({@code style}, {@code kbd}, {@code iframe}, {@code summary}, ruby,
 * {@code figure}…), {@code id}, {@code class}, {@code style} and {@code data-*} on every tag, and {@code href}
 * and {@code src} checked as HedgeDoc checks them. One rule is stricter than HedgeDoc: a script URL
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

    /** {@code window.whiteListAttr}: allowed on every tag, as are {@code data-*} attributes. */
    private static final Set<String> GLOBAL_ATTRIBUTES = Set.of("id", "class", "style");

    /** {@code render.js} {@code linkRegex}: {@code scheme://} (not {@code javascript://}), or {@code .}/{@code /}. */
    private static final Pattern HEDGEDOC_LINK =
            Pattern.compile("^(?!javascript://)([\\w|-]+://)|^([.|/])+", Pattern.CASE_INSENSITIVE);
    /** {@code render.js} {@code dataUriRegex}, for {@code img src}. */
    private static final Pattern DATA_URI = Pattern.compile("^\\s*data:([a-z]+/[a-z0-9-+.]+(;[a-z-]+=[a-z0-9-]+)?)?"
            + "(;base64)?,([a-z0-9!$&',()*+;=\\-._~:@/?%\\s]*)\\s*$", Pattern.CASE_INSENSITIVE);
    /** js-xss {@code safeAttrValue}: what {@code href} and {@code src} may start with otherwise. */
    private static final String[] DEFAULT_LINK_PREFIXES = {"http://", "https://", "mailto:", "tel:", "data:image/",
        "ftp://", "./", "../", "#", "/"};
    private static final Pattern RASTER_DATA_IMAGE = Pattern.compile("data:image/(png|gif|jpeg|webp)[;,].*");

    private HtmlAllowList() {}

    static boolean allowsTag(String tag) {
        return TAGS.containsKey(tag);
    }

    /**
     * The value to keep for an attribute on an allowed tag: the value itself, an empty string (a link js-xss
     * empties) or null when the attribute must go.
     */
    static String filter(String tag, String name, String value) {
        boolean listed = TAGS.getOrDefault(tag, Set.of()).contains(name);
        if (!listed && !isGlobal(name)) {
            return null;
        }
        if (isScriptUrl(value, tag, name)) {
            return null;
        }
        if (name.equals("style") && isScriptStyle(value)) {
            return null;
        }
        if (listed && (name.equals("href") || name.equals("src"))) {
            return link(tag, name, value);
        }
        return value;
    }

    /** {@code data-*}, {@code id}, {@code class} and {@code style}: what {@code .slide}/{@code .element} may set. */
    static boolean isGlobal(String name) {
        return name.startsWith("data-") || GLOBAL_ATTRIBUTES.contains(name);
    }

    private static String link(String tag, String name, String value) {
        if (HEDGEDOC_LINK.matcher(value).find()) {
            return value;
        }
        if (tag.equals("img") && name.equals("src") && DATA_URI.matcher(value).find()) {
            return value;
        }
        String friendly = withoutControlCharacters(value).strip();
        if (friendly.equals("#")) {
            return friendly;
        }
        for (String prefix : DEFAULT_LINK_PREFIXES) {
            if (friendly.startsWith(prefix)) {
                return friendly;
            }
        }
        return "";
    }

    /**
     * A URL that would run code when a browser or reveal.js follows it. Browsers ignore control characters and
     * spaces inside a scheme, so they are ignored here too. Images may be data URLs (any image type in an
     * {@code <img>}, raster images elsewhere, since reveal.js may put the value in a frame).
     */
    static boolean isScriptUrl(String value, String tag, String name) {
        String url = withoutControlCharacters(value).replace(" ", "").toLowerCase(Locale.ROOT);
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
        String style = withoutControlCharacters(value).replace(" ", "").toLowerCase(Locale.ROOT);
        return style.contains("expression(") || style.contains("javascript:") || style.contains("vbscript:");
    }

    private static String withoutControlCharacters(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0x20 || c == ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
