package io.decklint.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Turns a node tree into plain values: maps, lists, strings, integers, doubles, booleans and nulls. */
public final class YamlValues {
    private static final int MAX_DEPTH = 64;

    private YamlValues() {}

    public static Object toJava(Node node) {
        return toJava(node, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** {@code path}: the nodes being converted; an anchor that contains its own alias stops there. */
    private static Object toJava(Node node, int depth, Set<Node> path) {
        if (node == null || depth > MAX_DEPTH || !path.add(node)) {
            return null;
        }
        try {
            return convert(node, depth, path);
        } finally {
            path.remove(node);
        }
    }

    private static Object convert(Node node, int depth, Set<Node> path) {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Object key = toJava(tuple.getKeyNode(), depth + 1, path);
                map.put(String.valueOf(key), toJava(tuple.getValueNode(), depth + 1, path));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(toJava(item, depth + 1, path));
            }
            return Collections.unmodifiableList(list);
        }
        return scalar((ScalarNode) node);
    }

    /** A scalar as YAML's core schema reads it (SnakeYAML has already resolved its tag). */
    public static Object scalar(ScalarNode scalar) {
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            if (Tag.BOOL.equals(tag)) {
                return Boolean.parseBoolean(value) || value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("on");
            }
            if (Tag.INT.equals(tag)) {
                long number = Long.parseLong(value.replace("_", ""));
                return number == (int) number ? (Object) (int) number : (Object) number;
            }
            if (Tag.FLOAT.equals(tag)) {
                return Double.parseDouble(value.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return value;
        }
        return value;
    }

    /** The one-based line a node starts on. */
    public static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }
}
