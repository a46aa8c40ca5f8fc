package io.decklint.config;

import io.decklint.files.IgnorePattern;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A parsed {@code .decklint.yml}. */
record ConfigFile(Path path, List<Pack> extended, Map<String, RuleEntry> rules, List<String> words,
        List<Override> overrides, List<IgnorePattern> ignores) {

    /** Rule settings for the files that match any of the globs (relative to the config's folder). */
    record Override(List<String> files, Map<String, RuleEntry> rules) {}
}
