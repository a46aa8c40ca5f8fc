package io.decklint.lint;

/**
 * What a rule is: a stable kebab-case id, the severity of its findings unless configured otherwise, whether
 * {@code --fix} can repair its findings, and one line that says what it checks.
 */
public record RuleMeta(String id, Severity severity, boolean fixable, String description) {
    public RuleMeta {
        if (!id.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("rule ids are kebab-case: " + id);
        }
    }

    public String docsPath() {
        return "docs/rules/" + id + ".md";
    }
}
