package io.decklint.deck;

import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.error.Mark;

/**
 * The YAML block at the top of a deck, with its node tree so that findings can point at a key. HedgeDoc
 * reads it with js-yaml's {@code safeLoad}; when that fails it uses no metadata at all (see
 * {@link FrontMatterReader}).
 */
public final class FrontMatter {
    private static final Pattern KEY_LINE = Pattern.compile("[\\w\"'-][^:\\n]*:(\\s|$).*");
    /** A top-level {@code type: slide} or {@code slideOptions:} line, for YAML that does not parse. */
    private static final Pattern SLIDE_MODE_LINE = Pattern.compile(
            "^(type[ \\t]*:[ \\t]*(['\"]?)slide\\2[ \\t]*(#.*)?|slideOptions[ \\t]*:.*)$", Pattern.MULTILINE);

    private final TextRange range;
    private final TextRange yamlRange;
    private final Node root;
    private final YamlProblem problem;
    private final SourceText source;
    private final boolean closed;

    FrontMatter(SourceText source, TextRange range, TextRange yamlRange, Node root, YamlProblem problem,
            boolean closed) {
        this.source = source;
        this.range = range;
        this.yamlRange = yamlRange;
        this.root = root;
        this.problem = problem;
        this.closed = closed;
    }

    /** True for a line that reads like the start of a YAML entry, {@code key: value} or {@code key:}. */
    public static boolean isKeyLine(String line) {
        return KEY_LINE.matcher(line).matches();
    }

    /** From the opening {@code ---} to the end of the closing fence's line. */
    public TextRange range() {
        return range;
    }

    /** The text handed to the YAML parser, the opening fence included (YAML reads it as a document start). */
    public TextRange yamlRange() {
        return yamlRange;
    }

    /** False when no closing fence was found: then HedgeDoc treats the whole file as Markdown. */
    public boolean isClosed() {
        return closed;
    }

    public Optional<YamlProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The parsed document, when it parsed. */
    public Optional<Node> root() {
        return Optional.ofNullable(root);
    }

    public Optional<MappingNode> mapping() {
        return root instanceof MappingNode mapping ? Optional.of(mapping) : Optional.empty();
    }

    /**
     * Whether it says {@code type: slide} or sets {@code slideOptions}. When the YAML does not parse, its lines
     * tell: the author meant a deck, and a deck whose metadata HedgeDoc throws away is the one to report.
     */
    public boolean marksSlideMode() {
        if (root == null) {
            return SLIDE_MODE_LINE.matcher(yamlRange.of(source.text())).find();
        }
        return string("type").filter("slide"::equals).isPresent() || get("slideOptions").isPresent();
    }

    /** The value under a path of keys, e.g. {@code get("slideOptions", "theme")}. */
    public Optional<Node> get(String... path) {
        Node node = root;
        for (String key : path) {
            if (!(node instanceof MappingNode mapping)) {
                return Optional.empty();
            }
            node = entry(mapping, key).map(NodeTuple::getValueNode).orElse(null);
        }
        return Optional.ofNullable(node);
    }

    /** A scalar value as text, when the path leads to a scalar. */
    public Optional<String> string(String... path) {
        return get(path).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue());
    }

    public static Optional<NodeTuple> entry(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return Optional.of(tuple);
            }
        }
        return Optional.empty();
    }

    /** Where a node stands in the deck. */
    public TextRange rangeOf(Node node) {
        int start = offsetOf(node.getStartMark());
        int end = Math.max(start, offsetOf(node.getEndMark()));
        return new TextRange(start, end);
    }

    /**
     * Where a mark stands in the deck. By its index, in code points from the YAML's start: SnakeYAML's lines
     * and columns count line breaks its own way (a {@code \r} before {@code \n} is a column, U+2028 a line
     * break), and the deck counts UTF-16 units. A mark on a line break stands before the whole break.
     */
    int offsetOf(Mark mark) {
        String text = source.text();
        int offset = yamlRange.start();
        for (int i = 0; i < mark.getIndex() && offset < yamlRange.end(); i++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        offset = Math.min(offset, yamlRange.end());
        return offset > 0 && text.charAt(offset - 1) == '\r' && offset < text.length() && text.charAt(offset) == '\n'
                ? offset - 1 : offset;
    }
}
