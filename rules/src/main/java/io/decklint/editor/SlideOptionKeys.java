package io.decklint.editor;

import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code slideOptions} keys HedgeDoc 1.x hands to reveal.js: {@code public/js/slide.js} copies these keys,
 * and only these, from the front matter into {@code Reveal.initialize}; any other key is silently ignored.
 */
public final class SlideOptionKeys {
    private static final Map<String, String> KEYS = new TreeMap<>();

    static {
        key("autoPlayMedia", "true/false: play embedded media when its slide opens (default: each media's own)");
        key("autoSlide", "milliseconds before moving on by itself (0: never)");
        key("autoSlideStoppable", "true/false: the presenter's input stops auto-sliding");
        key("backgroundTransition", "the animation of a slide's background as the next slide comes in");
        key("center", "true/false: centre slide content vertically");
        key("controls", "true/false: show the arrow controls");
        key("controlsBackArrows", "how the arrow controls show the way back");
        key("controlsLayout", "where the arrow controls sit");
        key("controlsTutorial", "true/false: hint at the controls until used");
        key("defaultTiming", "seconds per slide for the speaker view's pacing");
        key("display", "the CSS display of the current slide (default: block)");
        key("embedded", "true/false: the presentation runs in part of the page");
        key("fragmentInURL", "true/false: put the current fragment in the URL");
        key("fragments", "true/false: use fragments at all");
        key("hash", "true/false: put the slide number in the URL");
        key("height", "the slide's design height in pixels");
        key("help", "true/false: show the help overlay on ?");
        key("hideAddressBar", "true/false: hide the address bar on mobile");
        key("hideCursorTime", "milliseconds before an idle cursor hides");
        key("hideInactiveCursor", "true/false: hide an idle cursor");
        key("history", "true/false: each slide adds a browser history entry");
        key("keyboard", "true/false: keyboard shortcuts");
        key("loop", "true/false: go back to the first slide after the last");
        key("margin", "space around the content, as a fraction of the slide size (e.g. 0.04)");
        key("maxScale", "the largest scale the content may grow to");
        key("minScale", "the smallest scale the content may shrink to");
        key("minimumTimePerSlide", "seconds each slide needs at least, for the speaker view's pacing");
        key("mobileViewDistance", "how many slides away to keep loaded on mobile");
        key("mouseWheel", "true/false: move through slides with the mouse wheel");
        key("navigationMode", "how the arrow keys move through vertical slides");
        key("overview", "true/false: the slide overview on Esc");
        key("parallaxBackgroundHorizontal", "pixels the parallax background moves per horizontal slide");
        key("parallaxBackgroundImage", "the URL of a parallax background image");
        key("parallaxBackgroundSize", "the parallax background's CSS size, e.g. 2100px 900px");
        key("parallaxBackgroundVertical", "pixels the parallax background moves per vertical slide");
        key("preloadIframes", "true/false: load iframes before their slide opens");
        key("previewLinks", "true/false: open links in an overlay");
        key("progress", "true/false: show the progress bar");
        key("rtl", "true/false: right-to-left presentation");
        key("showNotes", "true/false: show speaker notes to the audience");
        key("shuffle", "true/false: shuffle the slides");
        key("slideNumber", "true/false or a format such as c/t: show the slide number");
        key("theme", "the reveal.js theme: black, white, league, beige, sky, night, serif, simple, solarized, "
                + "blood or moon");
        key("totalTime", "seconds for the whole talk, for the speaker view's pacing");
        key("touch", "true/false: touch navigation");
        key("transition", "the animation from one slide to the next");
        key("transitionSpeed", "the speed of the animation from one slide to the next");
        key("viewDistance", "how many slides away to keep loaded");
        key("width", "the slide's design width in pixels");
    }

    private SlideOptionKeys() {}

    private static void key(String name, String description) {
        KEYS.put(name, description);
    }

    /**
     * Every key with what it sets, sorted by name. A key that takes one of a few words says what it does; the
     * words themselves come from {@link io.decklint.hedgedoc.RevealOptions}, which the hover lists.
     */
    public static Map<String, String> all() {
        return KEYS;
    }

    public static boolean isKnown(String key) {
        return KEYS.containsKey(key);
    }
}
