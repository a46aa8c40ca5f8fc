package io.decklint.lint;

/**
 * How the configuration sets one rule for one deck: on or off, a severity that overrides the rule's own
 * (null: keep the rule's), and options.
 */
public record RuleSetting(boolean enabled, Severity severity, RuleOptions options) {
    public static final RuleSetting DEFAULT = new RuleSetting(true, null, RuleOptions.NONE);
}
