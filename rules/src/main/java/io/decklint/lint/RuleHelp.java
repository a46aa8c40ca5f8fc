package io.decklint.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A rule's help for tools that show it beside a finding (SARIF viewers such as GitHub code scanning): its doc
 * page, {@code docs/rules/<id>.md}, which the build copies into the jar, and the page's address. The page is
 * the one source: the summary is its first paragraph.
 */
public record RuleHelp(String summary, String markdown, String url) {
    private static final String REPOSITORY = "https://github.com/decklint/decklint/blob/main/";

    /** The help of the rule with this id (a built-in rule, or {@link Linter#RULE_FAILURE}). */
    public static RuleHelp of(String ruleId) {
        String page = "docs/rules/" + ruleId + ".md";
        String text;
        try (InputStream in = RuleHelp.class.getResourceAsStream("/io/decklint/" + page)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no doc page for the rule " + ruleId);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Links between the pages are relative to docs/rules; beside a finding they must lead to the repository.
        String markdown = text.replace("](../", "](" + REPOSITORY + "docs/");
        return new RuleHelp(firstParagraph(text), markdown, REPOSITORY + page);
    }

    /** The paragraph under the page's title, on one line. */
    private static String firstParagraph(String page) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : page.lines().skip(1).dropWhile(String::isBlank).takeWhile(l -> !l.isBlank()).toList()) {
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
        }
        return paragraph.toString();
    }
}
