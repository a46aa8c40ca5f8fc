package io.decklint.theme;

import io.decklint.css.CssDeclaration;
import io.decklint.css.CssProblem;
import io.decklint.css.CssRule;
import io.decklint.css.CssStyleSheet;
import io.decklint.css.CssToken;
import io.decklint.css.CssVocabulary;
import io.decklint.rules.CssDeclarationChecks;
import io.decklint.text.EditDistance;
import io.decklint.text.SourceText;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Theme style sheets on top of {@link CssStyleSheet}: a theme owns declarations, each a property of a selector
 * ({@code .slides h1 { font-size }}). A deck's style block gets the theme's value for each, in the rule and at
 * the place where the deck has it; declarations and rules the deck lacks are added after its own; everything
 * else in the style block (its own rules, comments, the quoted colours the SCS decks carry) is left alone.
 */
final class CssStyleSheets implements StyleSheets {
    private static final String DECLARATION_INDENT = "    ";

    /** A theme's declaration: selector and property, as compared. */
    private record Owned(String selector, String property) {}

    @Override
    public Optional<Problem> problem(String css) {
        CssStyleSheet sheet = CssStyleSheet.parse(css);
        SourceText text = new SourceText(css);
        for (CssProblem problem : sheet.problems()) {
            return Optional.of(new Problem(text.lineOf(problem.range().start()) + 1,
                    describe(problem) + ": \"" + problem.range().of(css).strip() + "\""));
        }
        Set<Owned> seen = new HashSet<>();
        for (CssRule rule : sheet.rules()) {
            int line = text.lineOf(rule.range().start()) + 1;
            if (!rule.isStyleRule() || !rule.rules().isEmpty()) {
                return Optional.of(new Problem(line, "a theme's style holds plain rules (selector { property: value; "
                        + "}), without @-rules or nested rules"));
            }
            for (CssDeclaration declaration : rule.declarations()) {
                int at = text.lineOf(declaration.range().start()) + 1;
                if (!declaration.isCustomProperty() && !CssVocabulary.isKnownProperty(declaration.name())) {
                    String hint = EditDistance.closest(declaration.property(), CssVocabulary.properties(), 2)
                            .map(p -> " (did you mean '" + p + "'?)").orElse("");
                    return Optional.of(new Problem(at, "'" + declaration.name() + "' is not a CSS property" + hint));
                }
                if (!seen.add(new Owned(selector(rule, css), declaration.property()))) {
                    return Optional.of(new Problem(at, "'" + declaration.name() + "' of '" + rule.preludeText(css)
                            + "' is set twice"));
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(CssProblem problem) {
        return switch (problem.kind()) {
            case UNCLOSED_BLOCK -> "a { that is never closed";
            case STRAY_CLOSE_BRACE -> "a } that closes nothing";
            case STRAY_SEMICOLON -> "a ; between rules";
            case UNCLOSED_PARENTHESIS -> "a ( or [ that is never closed";
            case MISSING_COLON -> "a declaration without ':'";
            case INVALID_DECLARATION -> "not a 'property: value' declaration";
            case RULE_WITHOUT_BLOCK -> "a selector without { … }";
            case UNCLOSED_COMMENT -> "a /* comment that is never closed";
            case UNCLOSED_STRING -> "a string that is never closed";
        };
    }

    @Override
    public Likeness likeness(String css, String themeCss) {
        Map<Owned, CssDeclaration> deck = declarations(CssStyleSheet.parse(css), css);
        int same = 0;
        int total = 0;
        CssStyleSheet theme = CssStyleSheet.parse(themeCss);
        for (Map.Entry<Owned, CssDeclaration> owned : declarations(theme, themeCss).entrySet()) {
            total++;
            CssDeclaration found = deck.get(owned.getKey());
            same += found != null && sameValue(found, css, owned.getValue(), themeCss) ? 1 : 0;
        }
        return new Likeness(same, total);
    }

    @Override
    public Edits convert(String css, String themeCss, String oldThemeCss, String lineEnding) {
        CssStyleSheet sheet = CssStyleSheet.parse(css);
        for (CssProblem problem : sheet.problems()) {
            if (problem.kind() == CssProblem.Kind.UNCLOSED_BLOCK || problem.kind() == CssProblem.Kind.UNCLOSED_COMMENT
                    || problem.kind() == CssProblem.Kind.UNCLOSED_PARENTHESIS) {
                return new Edits(List.of(), List.of("The style block has " + describe(problem) + " (\""
                        + problem.range().of(css).strip() + "\"), so where its rules end is a guess: it was left as it "
                        + "is. Fix it, then convert again."));
            }
        }
        return new BlockConversion(css, sheet, lineEnding).run(CssStyleSheet.parse(themeCss), themeCss,
                oldThemeCss == null ? null : CssStyleSheet.parse(oldThemeCss), oldThemeCss);
    }

    @Override
    public Learnt learn(String css) {
        CssStyleSheet sheet = CssStyleSheet.parse(css);
        List<String> leftOut = new ArrayList<>();
        sheet.problems().forEach(problem -> leftOut.add("the style block has " + describe(problem) + " (\""
                + problem.range().of(css).strip() + "\"): what browsers make of it is a guess"));
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        for (CssRule rule : sheet.rules()) {
            if (!rule.isStyleRule() || !rule.rules().isEmpty()) {
                String name = (rule.isStyleRule() ? "" : "@" + rule.atName() + " ") + rule.preludeText(css).strip();
                leftOut.add("\"" + name + "\": a theme holds plain rules only");
                continue;
            }
            for (CssDeclaration declaration : rule.declarations()) {
                if (CssDeclarationChecks.browsersDrop(declaration)) {
                    leftOut.add("\"" + declaration.range().of(css) + "\" of \"" + rule.preludeText(css).strip()
                            + "\": browsers drop it");
                } else {
                    Map<String, String> declarations = rules.computeIfAbsent(selector(rule, css),
                            s -> new LinkedHashMap<>());
                    declarations.remove(declaration.property());
                    declarations.put(declaration.property(), declaration.range().of(css).strip());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        rules.forEach((selector, declarations) -> {
            out.append(selector.replace(",", ", ")).append(" {\n");
            declarations.values().forEach(d -> out.append(DECLARATION_INDENT).append(d).append(";\n"));
            out.append("}\n");
        });
        return new Learnt(out.toString(), leftOut);
    }

    /** One style block's conversion. */
    private static final class BlockConversion {
        private final String css;
        private final CssStyleSheet sheet;
        private final String lineEnding;
        private final SourceText text;
        private final List<TextEdit> edits = new ArrayList<>();
        private final List<String> unplaced = new ArrayList<>();
        private final Set<CssDeclaration> removed = new HashSet<>();
        private final Set<CssRule> deleted = new HashSet<>();

        BlockConversion(String css, CssStyleSheet sheet, String lineEnding) {
            this.css = css;
            this.sheet = sheet;
            this.lineEnding = lineEnding;
            this.text = new SourceText(css);
        }

        Edits run(CssStyleSheet theme, String themeCss, CssStyleSheet oldTheme, String oldThemeCss) {
            if (oldTheme != null) {
                removeOldThemeDeclarations(theme, themeCss, oldTheme, oldThemeCss);
            }
            StringBuilder newRules = new StringBuilder();
            for (CssRule themeRule : theme.rules()) {
                Optional<CssRule> rule = lastRule(selector(themeRule, themeCss));
                List<CssDeclaration> missing = new ArrayList<>();
                for (CssDeclaration wanted : themeRule.declarations()) {
                    Optional<CssDeclaration> found = rule.flatMap(r -> lastDeclaration(r, wanted.property()));
                    if (found.isEmpty()) {
                        missing.add(wanted);
                    } else if (!sameValue(found.get(), css, wanted, themeCss)) {
                        edits.add(TextEdit.replace(new TextRange(found.get().valueRange().start(), found.get().range().end()),
                                new TextRange(wanted.valueRange().start(), wanted.range().end()).of(themeCss)));
                    }
                }
                if (missing.isEmpty()) {
                    continue;
                }
                if (rule.isPresent()) {
                    addTo(rule.get(), missing, themeCss);
                } else {
                    newRules.append(lineEnding).append(ruleIndent()).append(themeRule.preludeText(themeCss)).append(" {");
                    for (CssDeclaration declaration : missing) {
                        newRules.append(lineEnding).append(ruleIndent()).append(DECLARATION_INDENT)
                                .append(declaration.range().of(themeCss)).append(';');
                    }
                    newRules.append(lineEnding).append(ruleIndent()).append('}');
                }
            }
            if (newRules.length() > 0) {
                int end = 0;
                for (CssRule rule : sheet.rules()) {
                    end = deleted.contains(rule) ? end : rule.range().end();
                }
                edits.add(TextEdit.insert(end, newRules.toString()));
            }
            return new Edits(edits, unplaced);
        }

        /** The old theme's declarations the new theme does not set, where the deck still has the old value. */
        private void removeOldThemeDeclarations(CssStyleSheet theme, String themeCss, CssStyleSheet oldTheme,
                String oldThemeCss) {
            Set<Owned> kept = declarations(theme, themeCss).keySet();
            Map<CssRule, List<CssDeclaration>> byRule = new LinkedHashMap<>();
            for (Map.Entry<Owned, CssDeclaration> old : declarations(oldTheme, oldThemeCss).entrySet()) {
                if (kept.contains(old.getKey())) {
                    continue;
                }
                lastRule(old.getKey().selector()).ifPresent(rule -> lastDeclaration(rule, old.getKey().property())
                        .filter(found -> sameValue(found, css, old.getValue(), oldThemeCss))
                        .ifPresent(found -> byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(found)));
            }
            byRule.forEach((rule, declarations) -> {
                removed.addAll(declarations);
                if (rule.rules().isEmpty() && removed.containsAll(rule.declarations())) {
                    deleted.add(rule);
                    edits.add(TextEdit.delete(wholeLines(rule.range())));
                } else {
                    declarations.forEach(d -> edits.add(TextEdit.delete(wholeLines(withSemicolon(d)))));
                }
            });
        }

        /** Adds declarations at the end of a rule's block, after its last one. */
        private void addTo(CssRule rule, List<CssDeclaration> missing, String themeCss) {
            if (!rule.closed()) {
                unplaced.add("The rule '" + rule.preludeText(css) + "' is not closed, so the theme's "
                        + missing.stream().map(CssDeclaration::name).toList() + " could not be added to it.");
                return;
            }
            CssDeclaration last = null;
            for (CssDeclaration declaration : rule.declarations()) {
                if (!removed.contains(declaration)) {
                    last = declaration;
                }
            }
            // each on a line of its own, as the deck writes its declarations; on the rule's line for a one-line rule
            boolean ownLines = last == null || startsLine(last.range().start());
            String indent = last != null && ownLines ? indentAt(last.range().start())
                    : indentAt(rule.range().start()) + DECLARATION_INDENT;
            StringBuilder added = new StringBuilder();
            for (CssDeclaration declaration : missing) {
                added.append(ownLines ? lineEnding + indent : " ").append(declaration.range().of(themeCss)).append(';');
            }
            if (last != null) {
                int at = withSemicolon(last).end();
                edits.add(TextEdit.insert(at, (last.terminated() ? "" : ";") + added));
            } else {
                int close = rule.block().end() - 1;
                edits.add(TextEdit.insert(close, added + lineEnding + indentAt(rule.range().start())));
            }
        }

        private Optional<CssRule> lastRule(String selector) {
            CssRule found = null;
            for (CssRule rule : sheet.rules()) {
                if (rule.isStyleRule() && !deleted.contains(rule) && selector(rule, css).equals(selector)) {
                    found = rule;
                }
            }
            return Optional.ofNullable(found);
        }

        /** A declaration with its {@code ;} when it has one. */
        private TextRange withSemicolon(CssDeclaration declaration) {
            if (!declaration.terminated()) {
                return declaration.range();
            }
            return new TextRange(declaration.range().start(), css.indexOf(';', declaration.range().end()) + 1);
        }

        /** The range grown to whole lines when nothing else shares them, so no blank line is left behind. */
        private TextRange wholeLines(TextRange range) {
            int firstLine = text.lineOf(range.start());
            int lastLine = text.lineOf(range.end());
            int lineStart = text.lineStart(firstLine);
            int lineEnd = text.lineEnd(lastLine);
            if (css.substring(lineStart, range.start()).isBlank() && css.substring(range.end(), lineEnd).isBlank()) {
                return new TextRange(lineStart, text.nextLineStart(lastLine));
            }
            return range;
        }

        private boolean startsLine(int offset) {
            return css.substring(text.lineStart(text.lineOf(offset)), offset).isBlank();
        }

        private String indentAt(int offset) {
            String before = css.substring(text.lineStart(text.lineOf(offset)), offset);
            return before.isBlank() ? before : "";
        }

        /** The indentation of the block's first rule, so that added rules line up with the deck's own. */
        private String ruleIndent() {
            return sheet.rules().isEmpty() ? "" : indentAt(sheet.rules().get(0).range().start());
        }
    }

    /** The style rules' declarations by selector and property; a later one wins, as in the cascade. */
    private static Map<Owned, CssDeclaration> declarations(CssStyleSheet sheet, String css) {
        Map<Owned, CssDeclaration> declarations = new LinkedHashMap<>();
        for (CssRule rule : sheet.rules()) {
            if (rule.isStyleRule()) {
                for (CssDeclaration declaration : rule.declarations()) {
                    declarations.put(new Owned(selector(rule, css), declaration.property()), declaration);
                }
            }
        }
        return declarations;
    }

    private static Optional<CssDeclaration> lastDeclaration(CssRule rule, String property) {
        CssDeclaration found = null;
        for (CssDeclaration declaration : rule.declarations()) {
            if (declaration.property().equals(property)) {
                found = declaration;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A selector as compared: runs of white space as one space, none around combinators and commas. */
    static String selector(CssRule rule, String css) {
        return rule.preludeText(css).replaceAll("\\s+", " ").replaceAll(" ?([,>+~]) ?", "$1");
    }

    /** Same value and importance, comments and spacing aside. */
    private static boolean sameValue(CssDeclaration a, String aCss, CssDeclaration b, String bCss) {
        return a.important() == b.important() && valueText(a, aCss).equals(valueText(b, bCss));
    }

    private static String valueText(CssDeclaration declaration, String css) {
        StringBuilder value = new StringBuilder();
        for (CssToken token : declaration.value()) {
            if (token.type() == CssToken.Type.WHITESPACE) {
                value.append(' ');
            } else if (token.type() != CssToken.Type.COMMENT) {
                value.append(token.text(css));
            }
        }
        return value.toString();
    }
}
