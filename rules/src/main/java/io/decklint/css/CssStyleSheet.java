package io.decklint.css;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed style sheet: its rules and the problems found while parsing. Offsets are into {@link #css()}; a
 * caller that took the CSS from a larger text (a {@code <style>} block in a deck) shifts them by where the CSS
 * starts.
 */
public record CssStyleSheet(String css, List<CssToken> tokens, List<CssRule> rules, List<CssProblem> problems) {
    public CssStyleSheet {
        tokens = List.copyOf(tokens);
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    public static CssStyleSheet parse(String css) {
        return CssParser.parse(css);
    }

    /** Every rule, nested ones included, in source order (a rule before the rules inside it). */
    public List<CssRule> allRules() {
        List<CssRule> all = new ArrayList<>();
        collect(rules, all);
        return all;
    }

    /** Every style rule, including those inside at-rules and nested in other style rules, in source order. */
    public List<CssRule> styleRules() {
        return allRules().stream().filter(CssRule::isStyleRule).toList();
    }

    /** The declarations of every style rule, in source order: what a theme converter looks through. */
    public List<CssDeclaration> declarations() {
        return styleRules().stream().flatMap(r -> r.declarations().stream())
                .sorted((a, b) -> Integer.compare(a.range().start(), b.range().start())).toList();
    }

    private static void collect(List<CssRule> rules, List<CssRule> into) {
        for (CssRule rule : rules) {
            into.add(rule);
            collect(rule.rules(), into);
        }
    }
}
