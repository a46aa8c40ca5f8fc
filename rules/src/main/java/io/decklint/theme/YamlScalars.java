package io.decklint.theme;

import io.decklint.yaml.SafeYaml;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Writes one-line YAML scalars the way a person would: plain where that reads back the same, else quoted. */
public final class YamlScalars {
    private YamlScalars() {}

    /** How a one-line scalar is written in its style; empty for block scalars ({@code |}, {@code >}). */
    static Optional<String> write(ScalarNode scalar) {
        return switch (scalar.getScalarStyle()) {
            case PLAIN -> Optional.of(plainOrQuoted(scalar.getValue(), scalar.getTag()));
            case SINGLE_QUOTED -> Optional.of(singleQuoted(scalar.getValue()));
            case DOUBLE_QUOTED -> Optional.of(doubleQuoted(scalar.getValue()));
            default -> Optional.empty();
        };
    }

    /**
     * {@code value} written in {@code style} when that reads back as the same text (a deck's own quoting kept),
     * else as {@code fallback}.
     */
    static String inStyle(String value, ScalarStyle style, String fallback) {
        String written = switch (style) {
            case SINGLE_QUOTED -> singleQuoted(value);
            case DOUBLE_QUOTED -> doubleQuoted(value);
            case PLAIN -> value;
            default -> fallback;
        };
        return readsBackAs(written, value) ? written : fallback;
    }

    /** A text written plain where that reads back as the same text, else in single quotes. */
    static String text(String value) {
        return plainOrQuoted(value, Tag.STR);
    }

    private static String plainOrQuoted(String value, Tag tag) {
        Node read = read(value);
        boolean same = read instanceof ScalarNode scalar && scalar.getValue().equals(value) && scalar.getTag().equals(tag);
        return same ? value : singleQuoted(value);
    }

    private static boolean readsBackAs(String written, String value) {
        return read(written) instanceof ScalarNode scalar && scalar.getValue().equals(value);
    }

    private static Node read(String written) {
        if (written.isEmpty() || written.contains("\n") || written.contains("\r")) {
            return null;
        }
        try {
            Node node = SafeYaml.compose("k: " + written);
            return node instanceof MappingNode mapping && mapping.getValue().size() == 1
                    ? mapping.getValue().get(0).getValueNode() : null;
        } catch (YAMLException e) {
            return null;
        }
    }

    public static String singleQuoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
