package io.decklint.editor;

import io.decklint.deck.Deck;
import io.decklint.deck.FrontMatter;
import io.decklint.hedgedoc.RevealOptions;
import io.decklint.text.TextRange;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What HedgeDoc 1.x and reveal.js do with the front-matter key under the cursor, or with its value, and which
 * values it takes, for the editor's hover. The {@code slideOptions} keys are the completion's
 * ({@link SlideOptionKeys}); the values they take are the ones the front-matter rule checks against
 * ({@link RevealOptions}).
 */
public final class FrontMatterHelp {
    /** Help for a stretch of the front matter: Markdown text, and the key or value it is about. */
    public record Help(String markdown, TextRange range) {}

    private FrontMatterHelp() {}

    /** The help for the key or value at {@code offset}; empty elsewhere, and while the YAML does not parse. */
    public static Optional<Help> at(Deck deck, int offset) {
        Optional<FrontMatter> found = deck.frontMatter().filter(fm -> fm.yamlRange().contains(offset)
                || fm.yamlRange().end() == offset);
        if (found.isEmpty() || found.get().mapping().isEmpty()) {
            return Optional.empty();
        }
        FrontMatter frontMatter = found.get();
        for (NodeTuple tuple : frontMatter.mapping().get().getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            String name = key.getValue();
            Node value = tuple.getValueNode();
            if (touches(frontMatter, key, offset)) {
                return Optional.of(new Help(topLevel(name), frontMatter.rangeOf(key)));
            }
            if (HedgeDocKeys.SLIDE_OPTIONS.equals(name) && value instanceof MappingNode options) {
                Optional<Help> option = slideOption(frontMatter, options, offset);
                if (option.isPresent()) {
                    return option;
                }
            } else if (value instanceof ScalarNode && touches(frontMatter, value, offset)) {
                return Optional.of(new Help(topLevel(name), frontMatter.rangeOf(value)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Help> slideOption(FrontMatter frontMatter, MappingNode options, int offset) {
        for (NodeTuple tuple : options.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                Node value = tuple.getValueNode();
                if (touches(frontMatter, key, offset)) {
                    return Optional.of(new Help(slideOption(key.getValue()), frontMatter.rangeOf(key)));
                }
                if (value instanceof ScalarNode && touches(frontMatter, value, offset)) {
                    return Optional.of(new Help(slideOption(key.getValue()), frontMatter.rangeOf(value)));
                }
            }
        }
        return Optional.empty();
    }

    private static String topLevel(String name) {
        return HedgeDocKeys.describe(name).map(help -> "**" + name + "** (HedgeDoc): " + help)
                .orElseGet(() -> "**" + name + "**: HedgeDoc ignores this key. It reads "
                        + String.join(", ", HedgeDocKeys.names().stream().map(k -> "`" + k + "`").toList())
                        + ".");
    }

    private static String slideOption(String name) {
        String description = SlideOptionKeys.all().get(name);
        if (description == null) {
            String why = RevealOptions.NOT_PASSED.contains(name)
                    ? "reveal.js 3.9 knows this option, but HedgeDoc's slide mode does not pass it on"
                    : "HedgeDoc passes only reveal.js's options on, and this is not one of them";
            return "**slideOptions." + name + "**: ignored: " + why + ".";
        }
        StringBuilder text = new StringBuilder("**slideOptions." + name + "** (reveal.js): " + description + ".");
        RevealOptions.passed(name).ifPresent(option -> {
            values(option).ifPresent(values -> text.append("\n\nValues: ").append(values).append('.'));
            if (option.onByDefault()) {
                text.append("\n\nHedgeDoc turns it on unless the deck sets it.");
            }
        });
        if ("transition".equals(name)) {
            text.append("\n\nHedgeDoc's default is `none`.");
        }
        return text.toString();
    }

    private static Optional<String> values(RevealOptions.Option option) {
        List<String> words = switch (option.type()) {
            case THEME -> RevealOptions.THEMES;
            case CHOICE -> option.words();
            case BOOLEAN -> List.of("true", "false");
            case SLIDE_NUMBER -> List.of("true", "false", "h.v", "h/v", "c", "c/t");
            default -> List.of();
        };
        return words.isEmpty() ? Optional.empty()
                : Optional.of(String.join(", ", words.stream().map(w -> "`" + w + "`").toList()));
    }

    private static boolean touches(FrontMatter frontMatter, Node node, int offset) {
        TextRange range = frontMatter.rangeOf(node);
        return range.contains(offset) || range.end() == offset && !range.isEmpty();
    }
}
