package io.decklint.hedgedoc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reveal.js options a deck can set in its front matter's {@code slideOptions}, as HedgeDoc 1.x hands them
 * over, and what reveal.js 3.9.2 (the version HedgeDoc 1.x bundles, see its {@code package.json}) accepts for
 * each.
 *
 * <p>HedgeDoc's {@code public/js/slide.js} copies only a fixed list of keys from {@code slideOptions} into the
 * object it passes to {@code Reveal.initialize}; every other key is silently dropped. Its own defaults differ
 * from reveal.js's: {@code controls}, {@code progress}, {@code slideNumber}, {@code history} and
 * {@code center} are on and {@code transition} is {@code none}. Accepted values come from reveal.js 3.9.2's
 * {@code js/reveal.js} (its {@code config} object and how each value is used) and {@code css/reveal.css}.
 */
public final class RevealOptions {
    /** What kind of value an option takes. */
    public enum Type {
        /** true or false; reveal.js tests the value's truthiness. */
        BOOLEAN,
        /** true, false or null (unset): {@code autoPlayMedia}, {@code preloadIframes}. */
        TRISTATE,
        /** A number; a numeric text works too, since reveal.js only does arithmetic with it. */
        NUMBER,
        /** A number, and only a number: reveal.js checks {@code typeof value === 'number'}. */
        STRICT_NUMBER,
        /** Pixels as a number, or a percentage text such as {@code '100%'}. */
        SIZE,
        /** Milliseconds, or false to turn auto-sliding off. */
        AUTO_SLIDE,
        /** One of a fixed set of words. */
        CHOICE,
        /** true, false or a format: {@code h.v}, {@code h/v}, {@code c}, {@code c/t}. */
        SLIDE_NUMBER,
        /** true, false or a notes layout such as {@code separate-page}. */
        SHOW_NOTES,
        /** true, false, or a mapping of key codes to actions. */
        KEYBOARD,
        /** Any text (a CSS value or an image address). */
        TEXT,
        /** The name of a theme reveal.js ships: HedgeDoc's server checks the CSS file exists. */
        THEME
    }

    /** One option HedgeDoc passes on, with the words it accepts (for {@link Type#CHOICE}). */
    public record Option(String name, Type type, boolean onByDefault, boolean nullable, List<String> words,
            double min, double maxExclusive) {}

    /** The themes in reveal.js 3.9.2's {@code css/theme/}. */
    public static final List<String> THEMES = List.of("beige", "black", "blood", "league", "moon", "night",
            "serif", "simple", "sky", "solarized", "white");

    /** The transitions {@code css/reveal.css} styles; the last four are older names it still supports. */
    public static final List<String> TRANSITIONS = List.of("none", "fade", "slide", "convex", "concave", "zoom",
            "default", "linear", "cube", "page");

    private static final List<String> BACKGROUND_TRANSITIONS = List.of("none", "fade", "slide", "convex",
            "concave", "zoom");

    /** reveal.js 3.9 options that exist but that slide.js does not pass on, so setting them does nothing. */
    public static final Set<String> NOT_PASSED = Set.of("showSlideNumber", "hashOneBasedIndex",
            "keyboardCondition", "disableLayout", "pause", "autoSlideMethod", "rollingLinks", "postMessage",
            "postMessageEvents", "focusBodyOnPageVisibilityChange", "parallaxBackgroundRepeat",
            "parallaxBackgroundPosition", "pdfMaxPagesPerSlide", "pdfSeparateFragments", "pdfPageHeightOffset",
            "dependencies");

    private static final double ANY = Double.POSITIVE_INFINITY;
    private static final Map<String, Option> PASSED = new LinkedHashMap<>();

    static {
        add("autoPlayMedia", Type.TRISTATE);
        add("autoSlide", Type.AUTO_SLIDE, 0, ANY);
        on("autoSlideStoppable", Type.BOOLEAN);
        choice("backgroundTransition", BACKGROUND_TRANSITIONS);
        on("center", Type.BOOLEAN);
        on("controls", Type.BOOLEAN);
        choice("controlsBackArrows", List.of("faded", "hidden", "visible"));
        choice("controlsLayout", List.of("bottom-right", "edges"));
        on("controlsTutorial", Type.BOOLEAN);
        nullable("defaultTiming", Type.NUMBER, 0, ANY);
        add("display", Type.TEXT);
        add("embedded", Type.BOOLEAN);
        add("fragmentInURL", Type.BOOLEAN);
        on("fragments", Type.BOOLEAN);
        add("hash", Type.BOOLEAN);
        add("height", Type.SIZE);
        on("help", Type.BOOLEAN);
        on("hideAddressBar", Type.BOOLEAN);
        add("hideCursorTime", Type.NUMBER, 0, ANY);
        on("hideInactiveCursor", Type.BOOLEAN);
        on("history", Type.BOOLEAN);
        on("keyboard", Type.KEYBOARD);
        add("loop", Type.BOOLEAN);
        // The margin is a fraction of the window left empty: 1 or more leaves no room for the slide.
        add("margin", Type.NUMBER, 0, 1);
        add("maxScale", Type.NUMBER, Double.MIN_VALUE, ANY);
        add("minScale", Type.NUMBER, Double.MIN_VALUE, ANY);
        nullable("minimumTimePerSlide", Type.NUMBER, 0, ANY);
        add("mobileViewDistance", Type.NUMBER, 1, ANY);
        add("mouseWheel", Type.BOOLEAN);
        choice("navigationMode", List.of("default", "linear", "grid"));
        on("overview", Type.BOOLEAN);
        nullable("parallaxBackgroundHorizontal", Type.STRICT_NUMBER, -ANY, ANY);
        nullable("parallaxBackgroundImage", Type.TEXT, 0, 0);
        nullable("parallaxBackgroundSize", Type.TEXT, 0, 0);
        nullable("parallaxBackgroundVertical", Type.STRICT_NUMBER, -ANY, ANY);
        add("preloadIframes", Type.TRISTATE);
        add("previewLinks", Type.BOOLEAN);
        on("progress", Type.BOOLEAN);
        add("rtl", Type.BOOLEAN);
        add("showNotes", Type.SHOW_NOTES);
        add("shuffle", Type.BOOLEAN);
        on("slideNumber", Type.SLIDE_NUMBER);
        add("theme", Type.THEME);
        nullable("totalTime", Type.NUMBER, 0, ANY);
        on("touch", Type.BOOLEAN);
        choice("transition", TRANSITIONS);
        choice("transitionSpeed", List.of("default", "fast", "slow"));
        add("viewDistance", Type.NUMBER, 1, ANY);
        add("width", Type.SIZE);
    }

    private RevealOptions() {}

    /** The option HedgeDoc passes on under this exact key. */
    public static Optional<Option> passed(String key) {
        return Optional.ofNullable(PASSED.get(key));
    }

    /** Every key HedgeDoc passes on, in slide.js's order. */
    public static Set<String> passedNames() {
        return PASSED.keySet();
    }

    private static void add(String name, Type type) {
        add(name, type, -ANY, ANY);
    }

    private static void add(String name, Type type, double min, double maxExclusive) {
        PASSED.put(name, new Option(name, type, false, type == Type.TRISTATE, List.of(), min, maxExclusive));
    }

    private static void on(String name, Type type) {
        PASSED.put(name, new Option(name, type, true, false, List.of(), -ANY, ANY));
    }

    private static void nullable(String name, Type type, double min, double maxExclusive) {
        PASSED.put(name, new Option(name, type, false, true, List.of(), min, maxExclusive));
    }

    private static void choice(String name, List<String> words) {
        PASSED.put(name, new Option(name, Type.CHOICE, false, false, words, -ANY, ANY));
    }
}
