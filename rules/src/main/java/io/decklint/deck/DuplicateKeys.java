package io.decklint.deck;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** js-yaml refuses a mapping with a repeated key, so HedgeDoc then drops all the metadata. */
final class DuplicateKeys {
    private DuplicateKeys() {}

    static YamlProblem find(FrontMatter frontMatter, Node root) {
        return find(frontMatter, root, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Visits each node once: an alias shares its anchor's node, so a self-referencing anchor
     * ({@code a: &a [*a, *a]}) would otherwise be walked 2^depth times.
     */
    private static YamlProblem find(FrontMatter frontMatter, Node node, int depth, Set<Node> visited) {
        if (depth > 64 || !visited.add(node)) {
            return null;
        }
        if (node instanceof MappingNode mapping) {
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !seen.add(key.getValue())) {
                    return new YamlProblem("duplicated mapping key '" + key.getValue() + "'",
                            frontMatter.rangeOf(key).start());
                }
                YamlProblem inner = find(frontMatter, tuple.getValueNode(), depth + 1, visited);
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                YamlProblem inner = find(frontMatter, item, depth + 1, visited);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
