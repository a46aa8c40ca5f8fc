package io.decklint.editor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Attributes worth setting in {@code <!-- .slide: … -->} and {@code <!-- .element: … -->} comments. HedgeDoc's
 * {@code public/js/reveal-markdown.js} keeps only {@code data-*} attributes and its whitelist ({@code id},
 * {@code class}, {@code style}); the {@code data-*} ones below are those reveal.js 3 (HedgeDoc 1.x) acts on.
 */
public final class RevealAttributes {
    private static final Map<String, String> SLIDE = new LinkedHashMap<>();
    private static final Map<String, String> ELEMENT = new LinkedHashMap<>();

    static {
        SLIDE.put("data-background-color", "the slide's background colour, e.g. #1c2e59");
        SLIDE.put("data-background-image", "the URL of a background image");
        SLIDE.put("data-background-size", "the background image's CSS size (default: cover)");
        SLIDE.put("data-background-position", "the background image's CSS position (default: center)");
        SLIDE.put("data-background-repeat", "the background image's CSS repeat (default: no-repeat)");
        SLIDE.put("data-background-opacity", "the background image's opacity, 0 to 1");
        SLIDE.put("data-background-video", "the URL of a background video");
        SLIDE.put("data-background-video-loop", "loop the background video");
        SLIDE.put("data-background-video-muted", "mute the background video");
        SLIDE.put("data-background-iframe", "the URL of a page shown as the background");
        SLIDE.put("data-background-interactive", "let the audience interact with the background page");
        SLIDE.put("data-background-transition", "how the background changes: none, fade, slide, convex, "
                + "concave or zoom");
        SLIDE.put("data-transition", "this slide's transition: none, fade, slide, convex, concave or zoom");
        SLIDE.put("data-transition-speed", "default, fast or slow");
        SLIDE.put("data-state", "a class put on the page while the slide shows");
        SLIDE.put("data-autoslide", "milliseconds before this slide moves on by itself");
        SLIDE.put("data-timing", "seconds planned for this slide (speaker view)");
        SLIDE.put("id", "the slide's id, for links to #/id");
        SLIDE.put("class", "CSS classes for the slide's section");
        SLIDE.put("style", "inline CSS for the slide's section");

        ELEMENT.put("class", "CSS classes, e.g. fragment, fragment fade-up, r-stretch");
        ELEMENT.put("data-fragment-index", "the order in which fragments appear");
        ELEMENT.put("style", "inline CSS for the element");
        ELEMENT.put("id", "the element's id");
        ELEMENT.put("data-id", "pairs elements across slides for auto-animation");
        ELEMENT.put("data-autoslide", "milliseconds before moving on after this fragment");
    }

    private RevealAttributes() {}

    /** Attributes for {@code <!-- .slide: … -->}, with what each does. */
    public static Map<String, String> slide() {
        return SLIDE;
    }

    /** Attributes for {@code <!-- .element: … -->}, with what each does. */
    public static Map<String, String> element() {
        return ELEMENT;
    }
}
