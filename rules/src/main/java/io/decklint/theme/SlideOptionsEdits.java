package io.decklint.theme;

import io.decklint.deck.Deck;
import io.decklint.deck.FrontMatter;
import io.decklint.lint.Severity;
import io.decklint.text.SourceText;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Gives a deck's {@code slideOptions} the theme's values by editing the YAML text in place: a changed value's
 * characters are replaced (in the deck's own quoting where it reads back the same), a removed key's lines are
 * deleted, a new key is written at the mapping's indentation after its last entry. Comments, key order and
 * every other key stay as they were; the YAML is never written out anew.
 */
final class SlideOptionsEdits {
    private static final String KEY = "slideOptions";

    private final Deck deck;
    private final SourceText source;
    private final String lineEnding;
    private final ConversionBuilder out;

    private SlideOptionsEdits(Deck deck, ConversionBuilder out) {
        this.deck = deck;
        this.source = deck.source();
        this.lineEnding = source.lineEnding();
        this.out = out;
    }

    static void convert(Deck deck, Theme theme, Theme current, ConversionBuilder out) {
        new SlideOptionsEdits(deck, out).convert(theme, current);
    }

    /** The deck's {@code slideOptions} scalar values, for telling which theme a deck has. */
    static Map<String, String> values(Deck deck) {
        Map<String, String> values = new LinkedHashMap<>();
        deck.frontMatter().filter(fm -> fm.problem().isEmpty()).flatMap(fm -> fm.get(KEY))
                .filter(MappingNode.class::isInstance).ifPresent(node -> {
                    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                        if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode v) {
                            values.put(key.getValue(), v.getValue());
                        }
                    }
                });
        return values;
    }

    private void convert(Theme theme, Theme current) {
        Map<String, OptionValue> set = theme.slideOptions();
        Set<String> remove = new LinkedHashSet<>(theme.removeSlideOptions());
        if (current != null) {
            Map<String, String> values = values(deck);
            current.slideOptions().forEach((key, value) -> {
                if (!set.containsKey(key) && value.value().equals(values.get(key))) {
                    remove.add(key);
                }
            });
        }
        if (set.isEmpty() && remove.isEmpty()) {
            return;
        }
        Optional<FrontMatter> frontMatter = deck.frontMatter();
        if (frontMatter.isEmpty()) {
            if (!set.isEmpty()) {
                StringBuilder text = new StringBuilder("---").append(lineEnding).append(KEY).append(':');
                lines(set.keySet(), set, "  ").forEach(line -> text.append(lineEnding).append(line));
                text.append(lineEnding).append("---").append(lineEnding).append(lineEnding);
                out.edit(TextEdit.insert(deck.text().startsWith("\uFEFF") ? 1 : 0, text.toString()));
            }
            return;
        }
        FrontMatter fm = frontMatter.get();
        if (!fm.isClosed() || fm.problem().isPresent()) {
            out.note(Severity.WARNING, fm.range(), "The front matter cannot be read ("
                    + fm.problem().map(p -> p.message()).orElse("it is never closed with ---")
                    + "), so HedgeDoc ignores it: its slideOptions were left as they are.");
            return;
        }
        Node root = fm.root().orElse(null);
        if (root == null || Tag.NULL.equals(root.getTag())) {
            insertAfterLine(source.lineOf(fm.range().start()), withKey("", set));
            return;
        }
        if (!(root instanceof MappingNode mapping) || mapping.getFlowStyle() == FlowStyle.FLOW) {
            out.note(Severity.WARNING, fm.rangeOf(root), "The front matter is not a list of 'key: value' lines, so "
                    + "the theme's slideOptions could not be written into it.");
            return;
        }
        Optional<NodeTuple> options = FrontMatter.entry(mapping, KEY);
        if (options.isEmpty()) {
            insertAfter(fm, mapping.getValue(), Set.of(), withKey(indentOf(fm, mapping.getValue().get(0).getKeyNode()),
                    set));
            return;
        }
        Node value = options.get().getValueNode();
        Node key = options.get().getKeyNode();
        if (value instanceof ScalarNode scalar && fm.rangeOf(scalar).isEmpty()) {
            insertAfterLine(source.lineOf(fm.rangeOf(key).start()), lines(set.keySet(), set, indentOf(fm, key) + "  "));
            return;
        }
        if (!(value instanceof MappingNode optionsMapping)) {
            out.note(Severity.WARNING, fm.rangeOf(value), "slideOptions is not a mapping of options, so the theme's "
                    + "slideOptions could not be written into it.");
            return;
        }
        edit(fm, optionsMapping, set, remove);
    }

    private void edit(FrontMatter fm, MappingNode options, Map<String, OptionValue> set, Set<String> remove) {
        boolean flow = options.getFlowStyle() == FlowStyle.FLOW;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, OptionValue> wanted : set.entrySet()) {
            Optional<NodeTuple> tuple = FrontMatter.entry(options, wanted.getKey());
            if (tuple.isEmpty()) {
                missing.add(wanted.getKey());
            } else {
                replace(fm, tuple.get(), wanted.getValue());
            }
        }
        Set<NodeTuple> removed = new LinkedHashSet<>();
        for (String key : remove) {
            FrontMatter.entry(options, key).ifPresent(tuple -> {
                if (flow || !delete(fm, tuple)) {
                    out.note(Severity.WARNING, fm.rangeOf(tuple.getKeyNode()), "The theme has no slideOptions." + key
                            + ", but it is written where it cannot be taken out line by line: remove it by hand.");
                } else {
                    removed.add(tuple);
                }
            });
        }
        if (missing.isEmpty()) {
            return;
        }
        if (flow) {
            out.note(Severity.WARNING, fm.rangeOf(options), "slideOptions is written on one line ({…}), so the "
                    + "theme's " + String.join(", ", missing) + " could not be added: add them by hand.");
            return;
        }
        insertAfter(fm, options.getValue(), removed, lines(missing, set, indentOf(fm, options.getValue().get(0).getKeyNode())));
    }

    private void replace(FrontMatter fm, NodeTuple tuple, OptionValue wanted) {
        String key = ((ScalarNode) tuple.getKeyNode()).getValue();
        if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
            out.note(Severity.WARNING, fm.rangeOf(tuple.getValueNode()), "The theme sets slideOptions." + key
                    + " to " + wanted.yaml() + ", but the deck has more than one value there: left as it is.");
            return;
        }
        if (scalar.getValue().equals(wanted.value())) {
            return;
        }
        TextRange range = fm.rangeOf(scalar);
        if (range.isEmpty()) {
            out.edit(TextEdit.insert(range.start(), " " + wanted.yaml()));
            return;
        }
        String written = YamlScalars.inStyle(wanted.value(), scalar.getScalarStyle(), wanted.yaml());
        out.edit(TextEdit.replace(range, written));
        if (!scalar.getValue().isEmpty()) {
            out.note(Severity.INFO, range, "slideOptions." + key + " was " + scalar.getValue() + "; the theme sets "
                    + wanted.value() + ".");
        }
    }

    /** Deletes a key's lines; false when the key shares its line with something else. */
    private boolean delete(FrontMatter fm, NodeTuple tuple) {
        TextRange keyRange = fm.rangeOf(tuple.getKeyNode());
        int line = source.lineOf(keyRange.start());
        int start = source.lineStart(line);
        if (!source.text().substring(start, keyRange.start()).isBlank()) {
            return false;
        }
        int valueEnd = contentEnd(fm, tuple.getValueNode());
        int end = valueEnd > keyRange.start() && valueEnd == source.lineStart(source.lineOf(valueEnd))
                ? valueEnd : source.nextLineStart(source.lineOf(Math.max(valueEnd, keyRange.end())));
        out.edit(TextEdit.delete(new TextRange(start, end)));
        String value = tuple.getValueNode() instanceof ScalarNode scalar ? " (" + scalar.getValue() + ")" : "";
        out.note(Severity.INFO, keyRange, "Removed slideOptions." + ((ScalarNode) tuple.getKeyNode()).getValue()
                + value + ": the theme does not have it.");
        return true;
    }

    /** Inserts lines after the last entry of a block mapping that is not being deleted. */
    private void insertAfter(FrontMatter fm, List<NodeTuple> entries, Set<NodeTuple> deleted, List<String> lines) {
        NodeTuple anchor = null;
        for (NodeTuple tuple : entries) {
            if (!deleted.contains(tuple)) {
                anchor = tuple;
            }
        }
        if (anchor == null) {
            insertAfterLine(source.lineOf(fm.rangeOf(entries.get(0).getKeyNode()).start()) - 1, lines);
            return;
        }
        TextRange key = fm.rangeOf(anchor.getKeyNode());
        int end = contentEnd(fm, anchor.getValueNode());
        if (end > key.start() && end == source.lineStart(source.lineOf(end))) {
            // a nested block ends where the next line starts: the new lines go in front of that line
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append(line).append(lineEnding));
            out.edit(TextEdit.insert(end, text.toString()));
        } else {
            insertAfterLine(source.lineOf(Math.max(end, key.end())), lines);
        }
    }

    /**
     * Where a value's text ends. A block mapping or list ends with its last entry: SnakeYAML ends it only where
     * the next key starts.
     */
    private static int contentEnd(FrontMatter fm, Node node) {
        if (node instanceof MappingNode mapping && mapping.getFlowStyle() != FlowStyle.FLOW
                && !mapping.getValue().isEmpty()) {
            return contentEnd(fm, mapping.getValue().get(mapping.getValue().size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode sequence && sequence.getFlowStyle() != FlowStyle.FLOW
                && !sequence.getValue().isEmpty()) {
            return contentEnd(fm, sequence.getValue().get(sequence.getValue().size() - 1));
        }
        return fm.rangeOf(node).end();
    }

    private void insertAfterLine(int line, List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(lineEnding).append(l));
        out.edit(TextEdit.insert(source.lineEnd(line), text.toString()));
    }

    /** {@code slideOptions:} at an indentation, with the theme's options below it. */
    private static List<String> withKey(String indent, Map<String, OptionValue> set) {
        List<String> lines = new ArrayList<>();
        lines.add(indent + KEY + ":");
        lines.addAll(lines(set.keySet(), set, indent + "  "));
        return lines;
    }

    private static List<String> lines(Iterable<String> keys, Map<String, OptionValue> values, String indent) {
        List<String> lines = new ArrayList<>();
        keys.forEach(key -> lines.add(indent + key + ": " + values.get(key).yaml()));
        return lines;
    }

    private String indentOf(FrontMatter fm, Node node) {
        int start = fm.rangeOf(node).start();
        return " ".repeat(start - source.lineStart(source.lineOf(start)));
    }
}
