package io.decklint.config;

import io.decklint.files.IgnorePattern;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleOptions;
import io.decklint.lint.Severity;
import io.decklint.text.EditDistance;
import io.decklint.yaml.YamlValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code .decklint.yml} files and rule packs, checking every key against the rules that exist, so a
 * typo is an error with its line instead of a setting that silently does nothing.
 */
final class ConfigReader {
    private static final Set<String> CONFIG_KEYS = Set.of("extends", "rules", "words", "overrides", "ignores");
    private static final Set<String> PACK_KEYS = Set.of("name", "description", "appliesTo", "rules", "words");

    private final String file;
    private final YamlFileReader yaml;
    private final Map<String, Rule> rules;

    ConfigReader(String file, Map<String, Rule> rules) {
        this.file = file;
        this.yaml = new YamlFileReader(file);
        this.rules = rules;
    }

    /**
     * @param folder the folder its {@code ignores:} and {@code overrides} globs are relative to
     */
    ConfigFile readConfig(Path path, Path folder, String text, Function<String, Pack> packs) {
        MappingNode root = yaml.root(text);
        yaml.checkKeys(root, CONFIG_KEYS, "a key of .decklint.yml");
        List<Pack> extended = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Map<String, RuleEntry> ruleEntries = Map.of();
        List<ConfigFile.Override> overrides = new ArrayList<>();
        List<IgnorePattern> ignores = new ArrayList<>();
        for (NodeTuple tuple : root.getValue()) {
            Node value = tuple.getValueNode();
            switch (yaml.key(tuple)) {
                case "extends" -> yaml.strings(value, "extends").forEach(name -> extended.add(pack(name, value, packs)));
                case "rules" -> ruleEntries = ruleEntries(value);
                case "words" -> words.addAll(yaml.strings(value, "words"));
                case "ignores" -> ignores.addAll(ignores(value, folder));
                default -> overrides.addAll(overrides(value));
            }
        }
        return new ConfigFile(path, extended, ruleEntries, words, overrides, ignores);
    }

    Pack readPack(String text) {
        MappingNode root = yaml.root(text);
        yaml.checkKeys(root, PACK_KEYS, "a key of a rule pack");
        String name = null;
        String description = "";
        Pattern title = null;
        Map<String, RuleEntry> ruleEntries = Map.of();
        List<String> words = List.of();
        for (NodeTuple tuple : root.getValue()) {
            Node value = tuple.getValueNode();
            switch (yaml.key(tuple)) {
                case "name" -> name = yaml.scalar(value, "name");
                case "description" -> description = yaml.scalar(value, "description");
                case "appliesTo" -> title = titlePattern(value);
                case "rules" -> ruleEntries = ruleEntries(value);
                default -> words = yaml.strings(value, "words");
            }
        }
        if (name == null) {
            throw new ConfigException(file, 1, "a rule pack needs a 'name'");
        }
        return new Pack(name, description, title, ruleEntries, words);
    }

    private Pattern titlePattern(Node value) {
        MappingNode mapping = yaml.mapping(value, "appliesTo");
        yaml.checkKeys(mapping, Set.of("title"), "a key of appliesTo");
        for (NodeTuple tuple : mapping.getValue()) {
            try {
                return Pattern.compile(yaml.scalar(tuple.getValueNode(), "appliesTo.title"), Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                throw new ConfigException(file, YamlValues.line(tuple.getValueNode()),
                        "appliesTo.title is not a valid regular expression: " + e.getDescription());
            }
        }
        return null;
    }

    private Pack pack(String name, Node at, Function<String, Pack> packs) {
        try {
            return packs.apply(name);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, YamlValues.line(at), e.getMessage());
        }
    }

    /** Each item is read as a line of a {@code .decklintignore} in the configuration's folder. */
    private List<IgnorePattern> ignores(Node value, Path folder) {
        List<IgnorePattern> ignores = new ArrayList<>();
        List<Node> items = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
        for (Node item : items) {
            String pattern = yaml.scalar(item, "an item of 'ignores'");
            try {
                IgnorePattern.parse(pattern, folder, file + ":" + YamlValues.line(item)).ifPresent(ignores::add);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(file, YamlValues.line(item), "ignores: " + e.getMessage());
            }
        }
        return ignores;
    }

    private List<ConfigFile.Override> overrides(Node value) {
        if (!(value instanceof SequenceNode sequence)) {
            throw new ConfigException(file, YamlValues.line(value), "'overrides' must be a list");
        }
        List<ConfigFile.Override> overrides = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            MappingNode mapping = yaml.mapping(item, "an override");
            yaml.checkKeys(mapping, Set.of("files", "rules"), "a key of an override");
            List<String> files = List.of();
            Map<String, RuleEntry> ruleEntries = Map.of();
            for (NodeTuple tuple : mapping.getValue()) {
                if (yaml.key(tuple).equals("files")) {
                    files = yaml.strings(tuple.getValueNode(), "files");
                    files.forEach(glob -> checkGlob(glob, tuple.getValueNode()));
                } else {
                    ruleEntries = ruleEntries(tuple.getValueNode());
                }
            }
            if (files.isEmpty()) {
                throw new ConfigException(file, YamlValues.line(item), "an override needs 'files' (glob patterns)");
            }
            overrides.add(new ConfigFile.Override(files, ruleEntries));
        }
        return overrides;
    }

    private void checkGlob(String glob, Node at) {
        try {
            Configuration.glob(glob);
        } catch (PatternSyntaxException e) {
            String problem = e.getDescription(); // "Missing ']" lacks its closing quote
            problem = Character.toLowerCase(problem.charAt(0)) + problem.substring(1)
                    + (problem.chars().filter(c -> c == '\'').count() % 2 == 1 ? "'" : "");
            throw new ConfigException(file, YamlValues.line(at), "overrides: '" + glob + "' is not a valid glob: "
                    + problem + " (at character " + (e.getIndex() + 1) + ")");
        }
    }

    private Map<String, RuleEntry> ruleEntries(Node value) {
        MappingNode mapping = yaml.mapping(value, "'rules'");
        Map<String, RuleEntry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String id = yaml.key(tuple);
            Rule rule = rules.get(id);
            if (rule == null) {
                String hint = EditDistance.closest(id, rules.keySet(), 3).map(s -> " (did you mean '" + s + "'?)")
                        .orElse("");
                throw new ConfigException(file, YamlValues.line(tuple.getKeyNode()), "unknown rule '" + id + "'" + hint);
            }
            RuleEntry entry = ruleEntry(id, tuple.getValueNode());
            try {
                rule.checkOptions(entry.options());
            } catch (RuleOptions.OptionException e) {
                throw new ConfigException(file, YamlValues.line(tuple.getValueNode()),
                        withoutOrigin(e.getMessage(), entry.options(), id));
            }
            entries.put(id, entry);
        }
        return entries;
    }

    /** The exception names the file and line already; say them once. */
    private static String withoutOrigin(String message, RuleOptions options, String id) {
        String origin = options.origin() + ": ";
        return message.startsWith(origin) ? "rules." + id + ": " + message.substring(origin.length()) : message;
    }

    private RuleEntry ruleEntry(String id, Node value) {
        String origin = file + ":" + YamlValues.line(value) + " (rules." + id + ")";
        if (value instanceof ScalarNode scalar) {
            return new RuleEntry(enabled(scalar, id), severity(scalar, id), new RuleOptions(Map.of(), origin));
        }
        Map<String, Object> options = new LinkedHashMap<>();
        Boolean enabled = null;
        Severity severity = null;
        for (NodeTuple tuple : yaml.mapping(value, "rules." + id).getValue()) {
            String key = yaml.key(tuple);
            if (key.equals("severity") && tuple.getValueNode() instanceof ScalarNode scalar) {
                enabled = enabled(scalar, id);
                severity = severity(scalar, id);
            } else {
                options.put(key, YamlValues.toJava(tuple.getValueNode()));
            }
        }
        return new RuleEntry(enabled, severity, new RuleOptions(options, origin));
    }

    /** {@code off} and {@code false} switch a rule off; a severity or {@code true} switches it on. */
    private Boolean enabled(ScalarNode scalar, String id) {
        String word = scalar.getValue().trim();
        if (word.equalsIgnoreCase("off") || word.equalsIgnoreCase("false")) {
            return false;
        }
        if (word.equalsIgnoreCase("on") || word.equalsIgnoreCase("true") || Severity.parse(word).isPresent()) {
            return true;
        }
        throw new ConfigException(file, YamlValues.line(scalar),
                "rules." + id + ": expected off, info, warning or error, found '" + word + "'");
    }

    private Severity severity(ScalarNode scalar, String id) {
        return Severity.parse(scalar.getValue()).orElse(null);
    }
}
