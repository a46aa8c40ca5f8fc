package io.decklint.render;

import io.decklint.deck.Deck;
import io.decklint.deck.FrontMatter;
import io.decklint.yaml.YamlValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What a deck's front matter changes in HedgeDoc's slide view ({@code public/js/slide.js}): the options given to
 * {@code Reveal.initialize} (HedgeDoc's defaults, then the {@code slideOptions} keys it passes on, then
 * {@code rtl} from {@code dir}), the theme ({@code lib/web/note/util.js}) and the text language. Not
 * {@code breaks}: slide.js sets markdown-it's {@code breaks} from it only after {@code RevealMarkdown.initialize()}
 * has rendered every slide, so in slide mode a single line break is always a {@code <br>}.
 */
record DeckSettings(Map<String, Object> revealOptions, String theme, String lang, String title) {

    /** {@code slide.js}: the {@code slideOptions} keys copied into the reveal.js options; the rest are ignored. */
    static final List<String> PASSED_ON = List.of("autoPlayMedia", "autoSlide", "autoSlideStoppable",
            "backgroundTransition", "center", "controls", "controlsBackArrows", "controlsLayout", "controlsTutorial",
            "defaultTiming", "display", "embedded", "fragmentInURL", "fragments", "hash", "height", "help",
            "hideAddressBar", "hideCursorTime", "hideInactiveCursor", "history", "keyboard", "loop", "margin",
            "maxScale", "minScale", "minimumTimePerSlide", "mobileViewDistance", "mouseWheel", "navigationMode",
            "overview", "parallaxBackgroundHorizontal", "parallaxBackgroundImage", "parallaxBackgroundSize",
            "parallaxBackgroundVertical", "preloadIframes", "previewLinks", "progress", "rtl", "showNotes",
            "shuffle", "slideNumber", "theme", "totalTime", "touch", "transition", "transitionSpeed",
            "viewDistance", "width");

    static DeckSettings of(Deck deck) {
        FrontMatter meta = deck.frontMatter().filter(fm -> fm.root().isPresent()).orElse(null);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("controls", true);
        options.put("progress", true);
        options.put("slideNumber", true);
        options.put("history", true);
        options.put("center", true);
        options.put("transition", "none");
        Optional<MappingNode> slideOptions = meta == null ? Optional.empty()
                : meta.get("slideOptions").filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
        slideOptions.ifPresent(mapping -> {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && PASSED_ON.contains(key.getValue())) {
                    Object value = YamlValues.toJava(tuple.getValueNode());
                    // reveal.js loads some options as URLs (parallaxBackgroundImage): never a script URL
                    if (!(value instanceof String text && HtmlAllowList.isScriptUrl(text, "", key.getValue()))) {
                        options.put(key.getValue(), value);
                    }
                }
            }
        });
        options.put("rtl", "rtl".equals(string(meta, "dir")));
        String requestedTheme = slideOptions.flatMap(m -> FrontMatter.entry(m, "theme"))
                .map(NodeTuple::getValueNode).filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).getValue()).orElse(null);
        return new DeckSettings(options, RevealAssets.theme(requestedTheme), string(meta, "lang"),
                string(meta, "title"));
    }

    private static String string(FrontMatter meta, String key) {
        if (meta == null) {
            return null;
        }
        Node node = meta.get(key).orElse(null);
        return node instanceof ScalarNode && YamlValues.toJava(node) instanceof String text && !text.isEmpty()
                ? text : null;
    }
}
