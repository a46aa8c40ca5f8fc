package io.decklint.config;

import io.decklint.text.EditDistance;
import io.decklint.yaml.SafeYaml;
import io.decklint.yaml.YamlValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the node tree of a YAML file that people write by hand (a configuration, a rule pack, a theme), failing
 * with the file, the line and what is wrong, and a "did you mean" for a misspelt key.
 */
public final class YamlFileReader {
    /** What SnakeYAML's context says when a quote, list or mapping was opened and never closed, in plain words. */
    private static final Map<String, String> UNCLOSED = Map.of("quoted scalar", "the quote", "flow sequence",
            "the list '['", "flow mapping", "the mapping '{'");

    private final String file;

    public YamlFileReader(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** The document's top-level mapping (empty for an empty file). */
    public MappingNode root(String yaml) {
        Node root;
        try {
            root = SafeYaml.compose(yaml);
        } catch (MarkedYAMLException e) {
            throw invalid(e, yaml);
        } catch (YAMLException e) {
            throw new ConfigException(file, 0, "not valid YAML: " + e.getMessage());
        }
        if (root == null || root instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return new MappingNode(Tag.MAP, List.of(), DumperOptions.FlowStyle.BLOCK);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw error(root, "expected a mapping of settings");
        }
        return mapping;
    }

    /**
     * SnakeYAML notices an unclosed quote, list or mapping only where the text goes on wrongly, often lines
     * later; the mistake is where the unclosed thing opened, so that is the line to name. A file that ends too
     * soon ends on its last written line, not on the empty one after it.
     */
    private ConfigException invalid(MarkedYAMLException e, String yaml) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        String what = e.getProblem() == null ? "" : e.getProblem().strip();
        if (context != null && problem != null && context.getLine() <= problem.getLine() && e.getContext() != null) {
            for (Map.Entry<String, String> unclosed : UNCLOSED.entrySet()) {
                if (e.getContext().endsWith(unclosed.getKey())) {
                    return new ConfigException(file, context.getLine() + 1, "not valid YAML: " + unclosed.getValue()
                            + " opened on this line is not closed (line " + (problem.getLine() + 1) + ": " + what + ")");
                }
            }
        }
        if (problem != null && what.contains("<stream end>")) {
            return new ConfigException(file, lastWrittenLine(yaml), "not valid YAML: the file ends too soon ("
                    + what + ")");
        }
        return new ConfigException(file, problem == null ? 0 : problem.getLine() + 1, "not valid YAML: " + what);
    }

    private static int lastWrittenLine(String yaml) {
        List<String> lines = yaml.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank() && !lines.get(i).strip().startsWith("#")) {
                return i + 1;
            }
        }
        return 1;
    }

    public ConfigException error(Node at, String problem) {
        return new ConfigException(file, YamlValues.line(at), problem);
    }

    /** Fails on a key not in {@code allowed}, suggesting the closest allowed one. */
    public void checkKeys(MappingNode mapping, Collection<String> allowed, String what) {
        for (NodeTuple tuple : mapping.getValue()) {
            String key = key(tuple);
            if (!allowed.contains(key)) {
                String hint = EditDistance.closest(key, allowed, 3).map(s -> " (did you mean '" + s + "'?)").orElse("");
                throw error(tuple.getKeyNode(), "'" + key + "' is not " + what + hint);
            }
        }
    }

    public String key(NodeTuple tuple) {
        if (tuple.getKeyNode() instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error(tuple.getKeyNode(), "keys must be plain words");
    }

    public MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw error(node, what + " must be a mapping");
    }

    public String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error(node, what + " must be a single value");
    }

    /** A list of texts; a single text counts as a list of one. */
    public List<String> strings(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar.getValue());
        }
        if (node instanceof SequenceNode sequence) {
            List<String> out = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                out.add(scalar(item, "an item of '" + what + "'"));
            }
            return out;
        }
        throw error(node, "'" + what + "' must be a text or a list of texts");
    }
}
