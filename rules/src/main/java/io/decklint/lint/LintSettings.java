package io.decklint.lint;

import java.util.List;
import java.util.Map;

/** The effective configuration for one deck: per-rule settings and the user's extra words. */
public record LintSettings(Map<String, RuleSetting> rules, List<String> words) {
    public static final LintSettings DEFAULTS = new LintSettings(Map.of(), List.of());

    public LintSettings {
        rules = Map.copyOf(rules);
        words = List.copyOf(words);
    }

    public RuleSetting forRule(String id) {
        return rules.getOrDefault(id, RuleSetting.DEFAULT);
    }
}
