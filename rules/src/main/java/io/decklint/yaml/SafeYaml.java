package io.decklint.yaml;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;

/**
 * SnakeYAML with the limits a linter needs: decks and configs come from anyone, so aliases, nesting and size
 * are bounded (an alias bomb or a 10,000-level nesting is an error, not a hang).
 */
public final class SafeYaml {
    private static final int MAX_CODE_POINTS = 1024 * 1024;

    private SafeYaml() {}

    /** Parses one YAML document into its node tree (null for an empty document). */
    public static Node compose(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        return new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
    }
}
