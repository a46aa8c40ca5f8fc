package io.decklint.rules;

import io.decklint.css.CssProblem;
import io.decklint.css.CssRule;
import io.decklint.css.CssStyleSheet;
import io.decklint.css.CssToken;
import io.decklint.deck.Slide;
import io.decklint.deck.StyleBlock;
import io.decklint.lint.Fix;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.Severity;
import io.decklint.lint.SlideRule;
import io.decklint.text.SourceText;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSS in a {@code <style>} block that browsers drop: broken braces, comments or strings, declarations without
 * {@code :} or {@code ;}, unknown properties, quoted colours. HedgeDoc keeps {@code <style>} (its js-xss white
 * list in {@code public/js/render.js}); js-xss escapes {@code >} in the CSS, but {@code public/js/extra.js}
 * {@code postProcess} turns it back, so child selectors work. That same function deletes
 * {@code @import url(…)}, which is reported here too.
 */
public final class StyleBlockRule implements SlideRule {
    private static final RuleMeta META = new RuleMeta("style-block", Severity.WARNING, true,
            "CSS in a <style> block that browsers or HedgeDoc drop: broken braces, unknown properties, quoted "
                    + "colours.");
    /** A line an author meant to comment out, as in other languages. */
    private static final Pattern LINE_COMMENT = Pattern.compile("(?:#|//)\\s*(\\S.*)", Pattern.DOTALL);
    /** The pattern extra.js postProcess removes from style blocks. */
    private static final Pattern HEDGEDOC_IMPORT = Pattern.compile("@import url\\(([^)]*)\\);?",
            Pattern.CASE_INSENSITIVE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSlide(Slide slide, RuleContext context) {
        for (StyleBlock block : slide.styleBlocks()) {
            if (!block.terminated()) {
                TextRange tag = new TextRange(block.range().start(), block.css().start());
                context.report(Severity.ERROR, tag, "This <style> is never closed with </style>: the rest of the "
                        + "slide is read as CSS and does not show.");
                continue;
            }
            String css = block.css().of(context.deck().text());
            CssStyleSheet sheet = CssStyleSheet.parse(css);
            Located located = new Located(sheet, block.css().start(), context.deck().source());
            for (CssProblem problem : sheet.problems()) {
                reportProblem(problem, located, context);
            }
            for (CssRule rule : sheet.styleRules()) {
                rule.declarations().forEach(d -> CssDeclarationChecks.check(d, located, context));
            }
            for (CssRule rule : sheet.rules()) {
                checkImport(rule, located, context);
            }
            checkLessThan(located, context);
        }
    }

    private static void reportProblem(CssProblem problem, Located css, RuleContext context) {
        TextRange at = css.inDeck(problem.range());
        String text = shown(css.text(problem.range()));
        switch (problem.kind()) {
            case UNCLOSED_BLOCK -> reportUnclosedBlock(problem, css, context);
            case STRAY_CLOSE_BRACE -> context.report(Severity.ERROR, at, droppedRule(problem, css).isEmpty()
                    ? "This `}` closes no block." : "This `}` closes no block: the browser takes it as part of the "
                            + "next selector" + droppedRule(problem, css) + ".",
                    Fix.suggestion("Delete the `}`", TextEdit.delete(at)));
            case STRAY_SEMICOLON -> reportStraySemicolon(problem, css, context);
            case UNCLOSED_PARENTHESIS -> context.report(Severity.ERROR, at, "This `" + text + "` is never closed: "
                    + "the browser reads the rest of the style block into it, and every rule after it is lost.");
            case MISSING_COLON -> context.report(at, "`" + text + "` has no `:` after the property name: the "
                    + "browser drops this declaration.");
            case INVALID_DECLARATION -> reportInvalidDeclaration(problem, css, context);
            case RULE_WITHOUT_BLOCK -> context.report(at, "`" + text + "` has no `{ … }` block after it: the browser "
                    + "ignores it.");
            case UNCLOSED_COMMENT -> context.report(Severity.ERROR, at, "This comment is never closed with `*/`: "
                    + "the rest of the style block is lost.");
            case UNCLOSED_STRING -> context.report(at, "This text has no closing quote before the line ends: the "
                    + "browser drops the declaration it is in, up to the next `;`.");
        }
    }

    /**
     * A declaration that does not start with a property name. A line "commented out" with {@code #} or
     * {@code //} is dropped as the author wanted, but only by accident: say so, quietly.
     */
    private static void reportInvalidDeclaration(CssProblem problem, Located css, RuleContext context) {
        String text = css.text(problem.range());
        Matcher comment = LINE_COMMENT.matcher(text);
        if (!comment.matches()) {
            context.report(css.inDeck(problem.range()), "The browser drops `" + shown(text) + "`: a declaration "
                    + "starts with a property name followed by `:`.");
            return;
        }
        int end = problem.range().end();
        String sheet = css.sheet().css();
        TextRange replaced = new TextRange(problem.range().start(),
                end < sheet.length() && sheet.charAt(end) == ';' ? end + 1 : end);
        String commented = "/* " + css.text(replaced).substring(comment.start(1)) + " */";
        context.report(Severity.INFO, css.inDeck(problem.range()), "`" + comment.group(0).substring(0,
                comment.start(1)).strip() + "` does not comment out a line in CSS: the browser drops `"
                + shown(text) + "` only because it is not a valid declaration. Write `/* … */` instead.",
                Fix.suggestion("Make it a CSS comment", TextEdit.replace(css.inDeck(replaced), commented)));
    }

    /** CSS quoted in a message, on one line and not too long. */
    static String shown(String css) {
        String line = css.strip().replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 57) + "…" : line;
    }

    /** An unclosed block takes in every rule after it: as nested rules, which no longer match. */
    private static void reportUnclosedBlock(CssProblem problem, Located css, RuleContext context) {
        TextRange at = css.inDeck(problem.range());
        Optional<CssRule> rule = css.sheet().allRules().stream()
                .filter(r -> r.range().start() == problem.range().start()).findFirst();
        String selector = rule.map(r -> "`" + shown(css.text(r.prelude())) + "`").orElse("this rule");
        String message = "This `{` is never closed: the browser reads every rule after it as part of " + selector
                + "'s block, so those rules stop applying. Add the missing `}`.";
        Optional<CssRule> firstNested = rule.flatMap(r -> r.rules().stream().findFirst());
        SourceText source = context.deck().source();
        String newline = source.lineEnding();
        if (firstNested.isPresent()) {
            int nestedStart = css.inDeck(firstNested.get().range()).start();
            int line = source.lineOf(nestedStart);
            String before = source.text().substring(source.lineStart(line), nestedStart);
            String indent = indentation(source, at.start());
            TextEdit close = before.isBlank()
                    ? TextEdit.insert(source.lineStart(line), indent + "}" + newline)
                    : TextEdit.insert(nestedStart, "} ");
            context.report(Severity.ERROR, at, message, Fix.suggestion("Close the block before `"
                    + shown(css.text(firstNested.get().prelude())) + "`", close));
        } else if (rule.isPresent() && rule.get().block() != null) {
            int end = css.inDeck(rule.get().range()).end();
            String tail = source.text().substring(source.lineStart(source.lineOf(end)), end);
            TextEdit close = tail.isBlank()
                    ? TextEdit.insert(source.lineStart(source.lineOf(end)), indentation(source, at.start()) + "}"
                            + newline)
                    : TextEdit.insert(end, "}");
            context.report(Severity.ERROR, at, message, Fix.suggestion("Close the block at the end", close));
        } else {
            context.report(Severity.ERROR, at, message);
        }
    }

    /** A lone {@code ;} after a rule is safe to delete; after other text, the author must look. */
    private static void reportStraySemicolon(CssProblem problem, Located css, RuleContext context) {
        TextRange at = css.inDeck(problem.range());
        int previousEnd = css.sheet().rules().stream().mapToInt(r -> r.range().end())
                .filter(end -> end <= problem.range().start()).max().orElse(0);
        String message = "This `;` is outside any rule's block: the browser takes it as part of the next selector"
                + droppedRule(problem, css) + ".";
        if (css.sheet().css().substring(previousEnd, problem.range().start()).isBlank()) {
            context.report(at, message, Fix.safe("Delete the `;`", TextEdit.delete(at)));
        } else {
            context.report(at, message);
        }
    }

    /** ", and drops `h2 { … }`" for the top-level rule whose selector swallowed a stray token. */
    private static String droppedRule(CssProblem problem, Located css) {
        return css.sheet().rules().stream()
                .filter(r -> r.prelude().start() <= problem.range().start()
                        && problem.range().end() <= r.prelude().end() && r.block() != null)
                .findFirst()
                .map(r -> " and drops the rule `" + shown(selectorAfter(css.text(r.prelude()))) + " { … }`")
                .orElse("");
    }

    /** The selector as the author wrote it, without the stray characters in front. */
    private static String selectorAfter(String prelude) {
        return prelude.replaceFirst("^[\\s};]+", "");
    }

    private static void checkImport(CssRule rule, Located css, RuleContext context) {
        if (!"import".equals(rule.atName())) {
            return;
        }
        Matcher removed = HEDGEDOC_IMPORT.matcher(css.sheet().css());
        removed.region(rule.range().start(), css.sheet().css().length());
        if (removed.lookingAt()) {
            TextRange at = css.inDeck(new TextRange(removed.start(), removed.end()));
            context.report(at, "HedgeDoc deletes `@import url(…)` from style blocks, so this style sheet is never "
                    + "loaded.", Fix.suggestion("Delete the @import", TextEdit.delete(at)));
        }
    }

    /**
     * js-xss (lib/parser.js parseTag) takes a {@code <} in a style block for the start of a tag and HedgeDoc's
     * escapeHtml (public/js/render.js) writes it as {@code &lt;}; postProcess turns {@code &gt;} back, but not
     * {@code &lt;}. So the browser sees {@code &lt;}: a media range such as {@code (width < 600px)} breaks, and a
     * {@code "<"} in {@code content} shows as {@code &lt;}. In a string, the CSS escape {@code \3c} says the
     * same without the character.
     */
    private static void checkLessThan(Located css, RuleContext context) {
        for (CssToken token : css.sheet().tokens()) {
            String text = css.text(token.range());
            if (token.type() == CssToken.Type.DELIM && text.equals("<")) {
                context.report(css.inDeck(token.range()), "HedgeDoc writes `<` in a style block as `&lt;`, so the "
                        + "browser drops the rule it is in: write the condition without `<` (for a media query, "
                        + "`max-width` instead of `width <`).");
            } else if (token.type() == CssToken.Type.STRING && text.indexOf('<') >= 0) {
                int at = css.inDeck(token.range()).start() + text.indexOf('<');
                String after = text.substring(text.indexOf('<') + 1);
                String escape = after.isEmpty() || !after.substring(0, 1).matches("[0-9a-fA-F\\s]") ? "\\3c"
                        : "\\3c ";
                context.report(new TextRange(at, at + 1), "HedgeDoc writes `<` in a style block as `&lt;`, so this "
                        + "text shows `&lt;`: write the CSS escape `\\3c` instead.",
                        Fix.safe("Write \\3c", TextEdit.replace(new TextRange(at, at + 1), escape)));
            }
        }
    }

    private static String indentation(SourceText source, int offset) {
        String line = source.lineText(source.lineOf(offset));
        int end = 0;
        while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
            end++;
        }
        return line.substring(0, end);
    }

    /** A parsed style block and where its CSS starts in the deck. */
    record Located(CssStyleSheet sheet, int base, SourceText source) {
        TextRange inDeck(TextRange cssRange) {
            return cssRange.shift(base);
        }

        String text(TextRange cssRange) {
            return cssRange.of(sheet.css());
        }
    }
}
