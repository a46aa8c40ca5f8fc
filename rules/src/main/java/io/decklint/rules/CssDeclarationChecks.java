package io.decklint.rules;

import io.decklint.css.CssDeclaration;
import io.decklint.css.CssToken;
import io.decklint.css.CssToken.Type;
import io.decklint.css.CssVocabulary;
import io.decklint.lint.Fix;
import io.decklint.lint.RuleContext;
import io.decklint.text.EditDistance;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Declarations in a style rule that browsers drop: unknown property, quoted value, missing semicolon. */
public final class CssDeclarationChecks {
    /** Properties whose value may be a single quoted text (CSS Fonts, Content, Grid, Lists, Text…). */
    private static final Set<String> TAKE_STRINGS = Set.of("content", "quotes", "font-family", "font",
            "font-feature-settings", "font-variation-settings", "font-language-override", "grid-template-areas",
            "grid-template", "grid", "list-style", "list-style-type", "text-overflow", "text-emphasis",
            "text-emphasis-style", "hyphenate-character", "string-set", "bookmark-label", "src", "animation",
            "animation-name", "voice-family", "text-align", "-webkit-locale", "-webkit-hyphenate-character",
            "-webkit-text-emphasis", "-webkit-text-emphasis-style", "-webkit-font-feature-settings",
            "-moz-font-feature-settings", "-webkit-animation", "-webkit-animation-name");
    /** Properties that take a colour on its own. */
    private static final Pattern TAKES_COLOR = Pattern.compile("(.*-)?color|background|border(-(top|right|bottom"
            + "|left|block|inline|block-start|block-end|inline-start|inline-end))?|outline|text-decoration"
            + "|column-rule|fill|stroke|-webkit-text-stroke|-webkit-text-fill-color");

    private CssDeclarationChecks() {}

    /** True when browsers drop the declaration: an unknown property, or a quoted text the property does not take. */
    public static boolean browsersDrop(CssDeclaration declaration) {
        return !declaration.isCustomProperty()
                && (!CssVocabulary.isKnownProperty(declaration.name()) || isQuotedText(declaration));
    }

    private static boolean isQuotedText(CssDeclaration declaration) {
        List<CssToken> value = declaration.value();
        return value.size() == 1 && value.get(0).type() == Type.STRING
                && !TAKE_STRINGS.contains(declaration.property());
    }

    static void check(CssDeclaration declaration, StyleBlockRule.Located css, RuleContext context) {
        if (declaration.isCustomProperty()) {
            return;
        }
        if (!CssVocabulary.isKnownProperty(declaration.name())) {
            reportUnknown(declaration, css, context);
            return;
        }
        checkQuoted(declaration, css, context);
        checkMissingSemicolon(declaration, css, context);
    }

    private static void reportUnknown(CssDeclaration declaration, StyleBlockRule.Located css, RuleContext context) {
        String name = declaration.name();
        TextRange at = css.inDeck(declaration.nameRange());
        int distance = Math.max(1, Math.min(3, name.length() / 4));
        EditDistance.closest(name, CssVocabulary.properties(), distance).ifPresentOrElse(
                guess -> context.report(at, "Browsers know no CSS property `" + name + "` and drop this "
                        + "declaration: did you mean `" + guess + "`?",
                        Fix.suggestion("Change it to `" + guess + "`", TextEdit.replace(at, guess))),
                () -> context.report(at, "Browsers know no CSS property `" + name + "` and drop this declaration."));
    }

    /** {@code color: "#50c3a5"} is a text, not a colour: the whole declaration is invalid. */
    private static void checkQuoted(CssDeclaration declaration, StyleBlockRule.Located css, RuleContext context) {
        if (!isQuotedText(declaration)) {
            return;
        }
        CssToken string = declaration.value().get(0);
        String quoted = css.text(string.range());
        String inner = quoted.substring(1, quoted.length() - 1).strip();
        TextRange at = css.inDeck(string.range());
        String name = declaration.name();
        boolean color = CssVocabulary.isColor(inner) && TAKES_COLOR.matcher(declaration.property()).matches();
        String message = "`" + name + ": " + quoted + "` is dropped: in quotes the value is a text, which `" + name
                + "` does not take. Write it without quotes: `" + inner + "`.";
        if (inner.isEmpty() || inner.contains("\\")) {
            context.report(at, "`" + name + ": " + quoted + "` is dropped: in quotes the value is a text, which `"
                    + name + "` does not take.");
        } else if (color) {
            context.report(at, message, Fix.safe("Remove the quotes", TextEdit.replace(at, inner)));
        } else {
            context.report(at, message, Fix.suggestion("Remove the quotes", TextEdit.replace(at, inner)));
        }
    }

    /**
     * {@code color: red} followed by {@code font-size: 20px} on the next line without a {@code ;}: the value of
     * {@code color} runs on to the next {@code ;}, holds a {@code :}, and both declarations are dropped.
     */
    private static void checkMissingSemicolon(CssDeclaration declaration, StyleBlockRule.Located css,
            RuleContext context) {
        List<CssToken> value = declaration.value();
        if (value.stream().anyMatch(t -> t.type() == Type.BAD_STRING || t.type() == Type.BAD_URL)) {
            return;
        }
        int depth = 0;
        for (int k = 0; k < value.size(); k++) {
            CssToken token = value.get(k);
            if (token.type() == Type.FUNCTION || token.type() == Type.OPEN_PAREN || token.type() == Type.OPEN_SQUARE) {
                depth++;
            } else if ((token.type() == Type.CLOSE_PAREN || token.type() == Type.CLOSE_SQUARE) && depth > 0) {
                depth--;
            } else if (token.type() == Type.COLON && depth == 0) {
                int property = previousSolid(value, k - 1);
                int before = property < 0 ? -1 : previousSolid(value, property - 1);
                if (before < 0 || value.get(property).type() != Type.IDENT) {
                    return;
                }
                String next = css.text(value.get(property).range());
                if (!CssVocabulary.isKnownProperty(next)) {
                    return;
                }
                TextRange last = css.inDeck(value.get(before).range());
                String runOn = css.text(new TextRange(declaration.valueRange().start(),
                        value.get(Math.min(value.size() - 1, k + 1)).end()));
                context.report(last, "A `;` is missing after `" + css.text(value.get(before).range())
                        + "`: the browser reads `" + StyleBlockRule.shown(runOn) + "` as the value of `"
                        + declaration.name() + "` and drops it and the `" + next + "` declaration.",
                        Fix.safe("Add the `;`", TextEdit.insert(last.end(), ";")));
                return;
            }
        }
    }

    private static int previousSolid(List<CssToken> tokens, int from) {
        int k = from;
        while (k >= 0 && tokens.get(k).isBlank()) {
            k--;
        }
        return k;
    }
}
