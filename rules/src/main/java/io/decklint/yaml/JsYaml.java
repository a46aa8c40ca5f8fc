package io.decklint.yaml;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * What a YAML node becomes in HedgeDoc. HedgeDoc 1.x loads front matter with js-yaml: version 4 on the server
 * ({@code @hedgedoc/meta-marked}, or {@code lib/models/note.js} itself from 1.11 on) and 3.14 or 4 in the
 * browser ({@code public/js/extra.js}). Both resolve plain scalars by YAML 1.2's core schema plus timestamps
 * ({@code lib/type/*.js} in js-yaml 4.1; booleans and nulls are the same in 3.14). SnakeYAML resolves them by
 * YAML 1.1, where {@code yes}, {@code no}, {@code on} and {@code off} are booleans; in js-yaml they are text.
 * So the type of a plain scalar is worked out here again, by js-yaml's rules.
 */
public final class JsYaml {
    /** The JavaScript value a node turns into. */
    public enum Kind {
        NULL, BOOLEAN, NUMBER, STRING, DATE, MAPPING, SEQUENCE
    }

    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INTEGER = Pattern.compile(
            "[-+]?(0b[01_]*[01]|0x[0-9a-fA-F_]*[0-9a-fA-F]|0o[0-7_]*[0-7]|0|[0-9][0-9_]*)");
    private static final Pattern FLOAT = Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
            + "|\\.[0-9_]+([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}"
            + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?"
            + "([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?");
    private static final Resolver YAML_11 = new Resolver();

    private JsYaml() {}

    public static Kind kind(Node node) {
        if (node instanceof MappingNode) {
            return Kind.MAPPING;
        }
        if (node instanceof SequenceNode) {
            return Kind.SEQUENCE;
        }
        ScalarNode scalar = (ScalarNode) node;
        if (!scalar.isPlain()) {
            return explicit(scalar.getTag()).orElse(Kind.STRING);
        }
        if (!scalar.getTag().equals(YAML_11.resolve(NodeId.scalar, scalar.getValue(), true))) {
            return explicit(scalar.getTag()).orElse(Kind.STRING);
        }
        return plain(scalar.getValue());
    }

    /** The kind of a plain (unquoted, untagged) scalar, by js-yaml's implicit types. */
    public static Kind plain(String value) {
        if (NULL.matcher(value).matches()) {
            return Kind.NULL;
        }
        if (BOOLEAN.matcher(value).matches()) {
            return Kind.BOOLEAN;
        }
        // js-yaml refuses numbers that end with '_'.
        if (!value.endsWith("_") && (INTEGER.matcher(value).matches() || FLOAT.matcher(value).matches())) {
            return Kind.NUMBER;
        }
        if (DATE.matcher(value).matches()) {
            return Kind.DATE;
        }
        return Kind.STRING;
    }

    /** A boolean node's value. */
    public static Optional<Boolean> bool(Node node) {
        if (kind(node) != Kind.BOOLEAN) {
            return Optional.empty();
        }
        return Optional.of(((ScalarNode) node).getValue().equalsIgnoreCase("true"));
    }

    /** A number node's value (hexadecimal, octal and binary integers included). */
    public static OptionalDouble number(Node node) {
        if (kind(node) != Kind.NUMBER) {
            return OptionalDouble.empty();
        }
        return parseNumber(((ScalarNode) node).getValue());
    }

    /** A text as JavaScript's {@code Number(text)} reads it, for options that reveal.js uses in arithmetic. */
    public static OptionalDouble numericText(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || !trimmed.matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(trimmed));
    }

    private static OptionalDouble parseNumber(String raw) {
        String value = raw.replace("_", "");
        double sign = value.startsWith("-") ? -1 : 1;
        if (value.startsWith("-") || value.startsWith("+")) {
            value = value.substring(1);
        }
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        try {
            if (lower.equals(".inf")) {
                return OptionalDouble.of(sign * Double.POSITIVE_INFINITY);
            }
            if (lower.equals(".nan")) {
                return OptionalDouble.of(Double.NaN);
            }
            if (lower.startsWith("0x")) {
                return OptionalDouble.of(sign * Long.parseLong(value.substring(2), 16));
            }
            if (lower.startsWith("0o")) {
                return OptionalDouble.of(sign * Long.parseLong(value.substring(2), 8));
            }
            if (lower.startsWith("0b")) {
                return OptionalDouble.of(sign * Long.parseLong(value.substring(2), 2));
            }
            return OptionalDouble.of(sign * Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static Optional<Kind> explicit(Tag tag) {
        if (Tag.NULL.equals(tag)) {
            return Optional.of(Kind.NULL);
        }
        if (Tag.BOOL.equals(tag)) {
            return Optional.of(Kind.BOOLEAN);
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return Optional.of(Kind.NUMBER);
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return Optional.of(Kind.DATE);
        }
        return Optional.empty();
    }
}
