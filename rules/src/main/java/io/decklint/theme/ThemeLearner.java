package io.decklint.theme;

import io.decklint.config.ConfigException;
import io.decklint.deck.AttributeComment;
import io.decklint.deck.AttributeComments;
import io.decklint.deck.CommentAttribute;
import io.decklint.deck.Deck;
import io.decklint.deck.StyleBlock;
import io.decklint.hedgedoc.RevealOptions;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Learns a theme from an exemplary deck: its {@code slideOptions}, the declarations of its {@code <style>}
 * block that browsers keep, and its title slides as a template, with the facts the converter fills in (the
 * date, the title, the subtitle, the background picture) turned into placeholders. The result is a theme file
 * users can read and edit, checked by reading it back as any theme file is.
 */
public final class ThemeLearner {
    /** A deck without a parallax picture has none in its look, so converting takes a deck's out. */
    private static final String PARALLAX_PICTURE = "parallaxBackgroundImage";
    /** Markup that styles a line's words piece by piece: the line is lettering, not a title to fill in. */
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/]");
    private static final Pattern NAME_PARTS = Pattern.compile("[^a-z0-9]+");

    private ThemeLearner() {}

    /** The theme, the file that holds it, and what of the deck it could not take over (sentences). */
    public record Learnt(Theme theme, String file, List<String> notes) {}

    /**
     * @param deckName how the file names the exemplary deck, in its comments
     * @param name the theme's name (lower-case words joined by '-')
     */
    public static Learnt learn(Deck deck, String deckName, String name) {
        if (deck.frontMatter().isEmpty() && !deck.isSlideDeck()) {
            throw new IllegalArgumentException(deckName + " has no front matter: it is not a slide deck to learn a "
                    + "look from");
        }
        ThemeFile file = new ThemeFile(name, "The look of " + deckName + ", learnt by decklint themes --from.");
        List<String> notes = new ArrayList<>();
        slideOptions(deck, deckName, file, notes);
        style(deck, deckName, file, notes);
        titleSlides(deck, deckName, file, notes);
        String text = file.text();
        try {
            return new Learnt(Themes.read(name + ".yml", text), text, notes);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("the theme learnt from " + deckName + " does not read back ("
                    + e.getMessage() + "); please report this deck", e);
        }
    }

    /** A theme name made of a file name: {@code Team Weekly.yml} gives {@code team-weekly}. */
    public static String nameFrom(String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
        String name = NAME_PARTS.matcher(stem).replaceAll("-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "learnt" : name;
    }

    private static void slideOptions(Deck deck, String deckName, ThemeFile file, List<String> notes) {
        Map<String, String> options = new LinkedHashMap<>();
        deck.frontMatter().filter(fm -> fm.problem().isEmpty()).flatMap(fm -> fm.get("slideOptions"))
                .filter(MappingNode.class::isInstance).ifPresent(node -> {
                    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                        String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
                        Optional<String> value = tuple.getValueNode() instanceof ScalarNode v
                                ? YamlScalars.write(v) : Optional.empty();
                        if (key == null || RevealOptions.passed(key).isEmpty()) {
                            notes.add("slideOptions." + key + " is left out: HedgeDoc does not hand it to reveal.js");
                        } else if (value.isEmpty()) {
                            notes.add("slideOptions." + key + " is left out: a theme sets one-line values only");
                        } else {
                            options.put(key, value.get());
                        }
                    }
                });
        file.slideOptions("slideOptions of " + deckName + ", written as it writes them.", options);
        if (!options.isEmpty() && !options.containsKey(PARALLAX_PICTURE)) {
            file.removeSlideOptions(deckName + " has no parallax picture behind its slides: converting takes one out "
                    + "of a deck. Delete this to keep decks' pictures.", List.of(PARALLAX_PICTURE));
        }
    }

    private static void style(Deck deck, String deckName, ThemeFile file, List<String> notes) {
        Optional<StyleBlock> block = ThemeConverter.themeStyleBlock(deck);
        if (block.isEmpty()) {
            return;
        }
        StyleSheets.Learnt css = Themes.styleSheets().learn(block.get().css().of(deck.text()));
        css.leftOut().forEach(reason -> notes.add("style: left out " + reason));
        if (!css.css().isEmpty()) {
            file.style("The declarations of " + deckName + "'s <style> block that browsers keep.", css.css());
        }
    }

    private static void titleSlides(Deck deck, String deckName, ThemeFile file, List<String> notes) {
        List<TitleSlide> slides = TitleSlides.find(deck, Set.of());
        if (slides.isEmpty()) {
            notes.add("no title slide: the first slide of " + deckName + " does not start with a title");
            return;
        }
        TitleFacts facts = TitleFacts.of(deck.text(), slides);
        Map<Fact, String> defaults = new EnumMap<>(Fact.class);
        List<TitleSlideTemplate> templates = new ArrayList<>();
        for (TitleSlide slide : slides) {
            List<String> headings = new ArrayList<>();
            for (TitleLine line : slide.lines()) {
                String source = line.lines().of(deck.text()).strip();
                if (readAsPlaceholder(source, notes)) {
                    continue;
                }
                headings.add(template(source, line, facts, defaults));
            }
            if (!headings.isEmpty()) {
                templates.add(new TitleSlideTemplate(attributes(slide, defaults, notes), headings));
            }
        }
        if (templates.isEmpty()) {
            return;
        }
        file.titleSlides(deckName + "'s title slides. Placeholders stand for what each deck says: {date}, {title}, "
                + "{subtitle}, {background}. A line that styles its words piece by piece is kept as it is.",
                templates);
        String deckTitle = deck.title().orElse("");
        Set<String> said = Words.of(String.join(" ", templates.stream().flatMap(t -> t.headings().stream()).toList()));
        if (!said.containsAll(Words.of(deckTitle))) {
            file.replaces("The deck's title, which its title slide stands for: older title lines with these words are "
                    + "replaced, not kept.", List.of(deckTitle));
        }
        file.defaults("What a deck lacking these gets (and is told so), as " + deckName + " says it.", defaults);
    }

    /** A title line with the fact it shows (the date, or all of a title that one tag wraps) as a placeholder. */
    private static String template(String source, TitleLine line, TitleFacts facts, Map<Fact, String> defaults) {
        Optional<TextRange> date = line.date();
        if (date.isPresent()) {
            String shown = date.get().of(line.visible());
            int at = source.lastIndexOf(shown);
            return at >= 0 ? source.substring(0, at) + "{date}" + source.substring(at + shown.length())
                    : source.replaceFirst("^(#+).*", "$1 {date}");
        }
        for (Fact fact : List.of(Fact.TITLE, Fact.SUBTITLE)) {
            String inner = line.inner();
            int at = source.lastIndexOf(inner);
            if (facts.sources().get(fact) == line && !MARKUP.matcher(inner).find() && at >= 0) {
                if (fact == Fact.SUBTITLE) {
                    defaults.put(fact, inner);
                }
                return source.substring(0, at) + "{" + fact.key() + "}" + source.substring(at + inner.length());
            }
        }
        return source;
    }

    /**
     * True, and said, for the deck's text that holds {@code {word}}: a theme would read it as a placeholder, and a
     * theme's text has no way to say a brace as itself.
     */
    private static boolean readAsPlaceholder(String text, List<String> notes) {
        Matcher braces = TitleSlideTemplate.PLACEHOLDER.matcher(text);
        if (braces.find()) {
            notes.add("title: left out \"" + text + "\": a theme reads " + braces.group() + " as a placeholder");
            return true;
        }
        return false;
    }

    /** The title slide's {@code .slide} attributes, its background picture as {@code {background}}. */
    private static Map<String, String> attributes(TitleSlide slide, Map<Fact, String> defaults, List<String> notes) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (AttributeComment comment : AttributeComments.of(slide.slide())) {
            if (comment.target() != AttributeComment.Target.SLIDE) {
                continue;
            }
            for (CommentAttribute attribute : comment.applied()) {
                String name = attribute.appliedName();
                if (TitleSlideEdits.BACKGROUND.contains(name)) {
                    defaults.putIfAbsent(Fact.BACKGROUND, attribute.value());
                    attributes.put(name, "{background}");
                } else if (!attribute.value().isEmpty() && !readAsPlaceholder(attribute.value(), notes)) {
                    attributes.put(name, attribute.value());
                }
            }
        }
        return attributes;
    }
}
