package io.decklint.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An attribute comment as reveal.js's Markdown plugin in HedgeDoc 1.x reads it ({@code public/js/reveal-markdown.js},
 * {@code addAttributeInElement}): {@code <!-- .element: class="fragment" -->} for the element before it,
 * {@code <!-- .slide: data-background="…" -->} for the slide. Only the first match in a comment counts; its
 * attributes are {@code name="value"} pairs (double quotes only, no {@code =} or {@code "} in the value), and
 * only {@code data-*}, {@code id}, {@code class} and {@code style} are set. Everything else is silently dropped.
 *
 * @param target whether the attributes go to the previous element or to the slide
 * @param attributes the attributes HedgeDoc sets, in order
 */
record AttributeComment(Target target, List<Attribute> attributes) {
    enum Target { ELEMENT, SLIDE }

    /** One attribute; the value is as {@code escapeAttrValue} leaves it, with {@code <} and {@code >} escaped. */
    record Attribute(String name, String value) {}

    /** {@code DEFAULT_ELEMENT_ATTRIBUTES_SEPARATOR}, compiled with the {@code mg} flags. */
    private static final Pattern ELEMENT = Pattern.compile("\\.element\\s*?(.+?)$", Pattern.MULTILINE);
    /** {@code DEFAULT_SLIDE_ATTRIBUTES_SEPARATOR}. */
    private static final Pattern SLIDE = Pattern.compile("\\.slide:\\s*?(\\S.+?)$", Pattern.MULTILINE);
    /** {@code mardownClassRegex}. */
    private static final Pattern PAIR = Pattern.compile("([^\"= ]+?)=\"([^\"=]+?)\"", Pattern.MULTILINE);
    /** A name a browser's {@code setAttribute} accepts; HedgeDoc's call would throw on any other. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_:][-A-Za-z0-9_:.]*");

    /** Reads a comment's text (between {@code <!--} and {@code -->}); null when it sets no attributes. */
    static AttributeComment read(String comment) {
        Matcher element = ELEMENT.matcher(comment);
        if (element.find()) {
            return new AttributeComment(Target.ELEMENT, attributes(element.group(1)));
        }
        Matcher slide = SLIDE.matcher(comment);
        if (slide.find()) {
            return new AttributeComment(Target.SLIDE, attributes(slide.group(1)));
        }
        return null;
    }

    private static List<Attribute> attributes(String text) {
        List<Attribute> attributes = new ArrayList<>();
        Matcher pair = PAIR.matcher(text);
        while (pair.find()) {
            String name = pair.group(1);
            if (HtmlAllowList.isGlobal(name) && NAME.matcher(name).matches()) {
                attributes.add(new Attribute(name, pair.group(2).replace("<", "&lt;").replace(">", "&gt;")));
            }
        }
        return List.copyOf(attributes);
    }
}
