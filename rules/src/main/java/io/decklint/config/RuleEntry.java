package io.decklint.config;

import io.decklint.lint.RuleOptions;
import io.decklint.lint.Severity;

/**
 * One rule's entry in a config or pack: {@code off}, a severity, or a map of severity and options. Null
 * fields are left as the layer below set them.
 */
public record RuleEntry(Boolean enabled, Severity severity, RuleOptions options) {}
