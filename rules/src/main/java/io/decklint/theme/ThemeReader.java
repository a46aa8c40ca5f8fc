package io.decklint.theme;

import io.decklint.config.ConfigException;
import io.decklint.config.YamlFileReader;
import io.decklint.hedgedoc.RevealOptions;
import io.decklint.text.EditDistance;
import io.decklint.yaml.YamlValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a theme file (docs/themes.md describes the format) and checks everything a theme's author can get
 * wrong, failing with the file, the line and the problem.
 */
final class ThemeReader {
    private static final List<String> KEYS = List.of("name", "description", "slideOptions", "removeSlideOptions",
            "style", "titleSlides", "replaces", "defaults");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6}(?:[ \\t].*)?");
    /** {@code window.whiteListAttr} in HedgeDoc's public/js/render.js, plus every data-* attribute. */
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style");

    private final YamlFileReader yaml;
    private final StyleSheets styleSheets;

    ThemeReader(String file, StyleSheets styleSheets) {
        this.yaml = new YamlFileReader(file);
        this.styleSheets = styleSheets;
    }

    Theme read(String text) {
        MappingNode root = yaml.root(text);
        yaml.checkKeys(root, KEYS, "a key of a theme");
        String name = null;
        String description = "";
        Map<String, OptionValue> options = new LinkedHashMap<>();
        List<String> remove = List.of();
        String style = null;
        List<TitleSlideTemplate> titleSlides = List.of();
        List<String> replaces = List.of();
        Map<Fact, String> defaults = Map.of();
        NodeTuple removeTuple = null;
        for (NodeTuple tuple : root.getValue()) {
            Node value = tuple.getValueNode();
            switch (yaml.key(tuple)) {
                case "name" -> name = name(value);
                case "description" -> description = yaml.scalar(value, "description");
                case "slideOptions" -> options = slideOptions(value);
                case "removeSlideOptions" -> {
                    remove = yaml.strings(value, "removeSlideOptions");
                    removeTuple = tuple;
                }
                case "style" -> style = style(value);
                case "titleSlides" -> titleSlides = titleSlides(value);
                case "replaces" -> replaces = yaml.strings(value, "replaces");
                default -> defaults = defaults(value);
            }
        }
        if (name == null) {
            throw new ConfigException(yaml.file(), 1, "a theme needs a 'name'");
        }
        for (String key : remove) {
            if (options.containsKey(key)) {
                throw yaml.error(removeTuple.getValueNode(), "'" + key + "' is both set in slideOptions and listed in "
                        + "removeSlideOptions");
            }
        }
        return new Theme(name, description, yaml.file(), options, remove, style, titleSlides, replaces, defaults);
    }

    private String name(Node value) {
        String name = yaml.scalar(value, "name");
        if (!NAME.matcher(name).matches()) {
            throw yaml.error(value, "a theme's name is lower-case words joined by '-', such as 'scs-2024'");
        }
        return name;
    }

    private Map<String, OptionValue> slideOptions(Node value) {
        Map<String, OptionValue> options = new LinkedHashMap<>();
        for (NodeTuple tuple : yaml.mapping(value, "slideOptions").getValue()) {
            String key = yaml.key(tuple);
            if (RevealOptions.passed(key).isEmpty()) {
                String hint = EditDistance.closest(key, RevealOptions.passedNames(), 3)
                        .map(s -> " (did you mean '" + s + "'?)").orElse("");
                throw yaml.error(tuple.getKeyNode(), "HedgeDoc does not hand slideOptions." + key + " to reveal.js"
                        + hint);
            }
            if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
                throw yaml.error(tuple.getValueNode(), "slideOptions." + key + " must be a single value");
            }
            options.put(key, new OptionValue(scalar.getValue(), YamlScalars.write(scalar)
                    .orElseThrow(() -> yaml.error(scalar, "slideOptions." + key + " must be written on one line"))));
        }
        return options;
    }

    private String style(Node value) {
        String css = yaml.scalar(value, "style");
        styleSheets.problem(css).ifPresent(problem -> {
            throw new ConfigException(yaml.file(), firstLine(value) + problem.line() - 1,
                    "style: " + problem.message());
        });
        return css;
    }

    private List<TitleSlideTemplate> titleSlides(Node value) {
        if (!(value instanceof SequenceNode sequence)) {
            throw yaml.error(value, "'titleSlides' must be a list of slides, each with its 'markdown'");
        }
        List<TitleSlideTemplate> slides = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            MappingNode slide = yaml.mapping(item, "a title slide");
            yaml.checkKeys(slide, List.of("markdown", "attributes"), "a key of a title slide");
            List<String> headings = null;
            Map<String, String> attributes = Map.of();
            for (NodeTuple tuple : slide.getValue()) {
                if (yaml.key(tuple).equals("markdown")) {
                    headings = headings(tuple.getValueNode());
                } else {
                    attributes = attributes(tuple.getValueNode());
                }
            }
            if (headings == null || headings.isEmpty()) {
                throw yaml.error(item, "a title slide needs 'markdown' with at least one heading line");
            }
            slides.add(new TitleSlideTemplate(attributes, headings));
        }
        return slides;
    }

    /**
     * The heading lines of a title slide. Only headings: whatever else a deck has on its title slide is the
     * deck's own, and a theme that added it would add it again on every conversion.
     */
    private List<String> headings(Node value) {
        String markdown = yaml.scalar(value, "markdown");
        List<String> headings = new ArrayList<>();
        String[] lines = markdown.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = firstLine(value) + i;
            if (!HEADING.matcher(line).matches()) {
                throw new ConfigException(yaml.file(), lineNumber, "a title slide's markdown is "
                        + "heading lines only (starting with #), found \"" + line.strip() + "\"");
            }
            checkPlaceholders(line, lineNumber, false);
            headings.add(line.stripTrailing());
        }
        return headings;
    }

    private Map<String, String> attributes(Node value) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (NodeTuple tuple : yaml.mapping(value, "attributes").getValue()) {
            String name = yaml.key(tuple);
            String text = yaml.scalar(tuple.getValueNode(), "attributes." + name);
            if (!name.startsWith("data-") && !ATTRIBUTES.contains(name)) {
                throw yaml.error(tuple.getKeyNode(), "HedgeDoc sets only data-*, id, class and style attributes from "
                        + "a .slide comment, not '" + name + "'");
            }
            if (text.isEmpty() || text.contains("\"") || text.contains("=")) {
                throw yaml.error(tuple.getValueNode(), "HedgeDoc drops an attribute whose value is empty or holds \" "
                        + "or =: attributes." + name);
            }
            checkPlaceholders(text, YamlValues.line(tuple.getValueNode()), true);
            attributes.put(name, text);
        }
        return attributes;
    }

    private void checkPlaceholders(String text, int line, boolean inAttribute) {
        Matcher placeholder = TitleSlideTemplate.PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            String key = placeholder.group(1);
            List<String> known = Arrays.stream(Fact.values()).map(Fact::key).toList();
            if (Fact.byKey(key).isEmpty()) {
                String hint = EditDistance.closest(key, known, 3).map(s -> " (did you mean {" + s + "}?)").orElse("");
                throw new ConfigException(yaml.file(), line, "unknown placeholder {" + key + "}"
                        + hint + "; a title slide can use {title}, {subtitle}, {date} and {background}");
            }
            if (!inAttribute && key.equals(Fact.BACKGROUND.key())) {
                throw new ConfigException(yaml.file(), line, "{background} is a picture's address: "
                        + "use it in the slide's attributes (data-background), not in a heading");
            }
        }
    }

    private Map<Fact, String> defaults(Node value) {
        Map<Fact, String> defaults = new EnumMap<>(Fact.class);
        for (NodeTuple tuple : yaml.mapping(value, "defaults").getValue()) {
            String key = yaml.key(tuple);
            Fact fact = Fact.byKey(key).orElseThrow(() -> yaml.error(tuple.getKeyNode(), "'" + key + "' is not a fact "
                    + "a title slide shows; defaults can be given for title, subtitle and background"));
            if (fact == Fact.DATE) {
                throw yaml.error(tuple.getKeyNode(), "a theme cannot give a default date: the date of a talk must come "
                        + "from its deck");
            }
            defaults.put(fact, yaml.scalar(tuple.getValueNode(), "defaults." + key));
        }
        return defaults;
    }

    /** The file's one-based line where a scalar's text starts: the line after {@code |} or {@code >}. */
    private static int firstLine(Node value) {
        boolean block = value instanceof ScalarNode scalar
                && (scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED);
        return YamlValues.line(value) + (block ? 1 : 0);
    }
}
