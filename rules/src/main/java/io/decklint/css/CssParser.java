package io.decklint.css;

import io.decklint.css.CssProblem.Kind;
import io.decklint.css.CssToken.Type;
import io.decklint.text.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses a style sheet the way browsers recover from mistakes (CSS Syntax Level 3, section 5, with CSS
 * Nesting): a stray closing brace or semicolon at the top becomes part of the next rule's selector, an
 * unclosed block takes in everything after it, a declaration without a colon is dropped. It records each such
 * place as a {@link CssProblem} instead of failing, so a linter can point at it.
 */
final class CssParser {
    /** At-rules whose block holds rules; the others ({@code @font-face}, {@code @page}…) hold declarations. */
    /** Far deeper than style sheets nest; rules inside blocks deeper than this are stepped over unread. */
    private static final int MAX_DEPTH = 100;
    private static final Set<String> RULE_LIST_AT_RULES = Set.of("media", "supports", "document", "-moz-document",
            "layer", "container", "scope", "starting-style", "keyframes", "-webkit-keyframes", "-moz-keyframes",
            "-o-keyframes");

    private final String css;
    private final List<CssToken> tokens;
    private final List<CssProblem> problems = new ArrayList<>();
    private int i;
    /** How many blocks of rules the current one is inside. */
    private int depth;
    /** Set once an unclosed parenthesis has swallowed the rest: the blocks around it are not to blame. */
    private boolean swallowed;

    private CssParser(String css) {
        this.css = css;
        this.tokens = CssTokenizer.tokenize(css);
    }

    static CssStyleSheet parse(String css) {
        CssParser parser = new CssParser(css);
        parser.tokenProblems();
        List<CssRule> rules = parser.ruleList(true);
        List<CssProblem> problems = new ArrayList<>(parser.problems);
        problems.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
        return new CssStyleSheet(css, parser.tokens, rules, problems);
    }

    private void tokenProblems() {
        for (CssToken token : tokens) {
            if (token.type() == Type.UNCLOSED_COMMENT) {
                problems.add(new CssProblem(Kind.UNCLOSED_COMMENT, new TextRange(token.start(), token.start() + 2)));
            } else if (token.type() == Type.BAD_STRING) {
                problems.add(new CssProblem(Kind.UNCLOSED_STRING, token.range()));
            }
        }
    }

    /** Rules up to the end, or (nested) up to the closing brace, which is left for the caller. */
    private List<CssRule> ruleList(boolean topLevel) {
        List<CssRule> rules = new ArrayList<>();
        while (i < tokens.size()) {
            CssToken token = tokens.get(i);
            if (token.isBlank() || (topLevel && (token.type() == Type.CDO || token.type() == Type.CDC))) {
                i++;
            } else if (token.type() == Type.CLOSE_CURLY && !topLevel) {
                break;
            } else {
                CssRule rule = token.type() == Type.AT_KEYWORD ? atRule(topLevel) : qualifiedRule(topLevel);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        return rules;
    }

    private CssRule qualifiedRule(boolean topLevel) {
        int first = i;
        boolean straySemicolon = false;
        while (i < tokens.size()) {
            CssToken token = tokens.get(i);
            switch (token.type()) {
                case OPEN_CURLY -> {
                    TextRange prelude = trimmed(first, i);
                    return blockRule(null, tokens.get(first).start(), prelude);
                }
                case CLOSE_CURLY -> {
                    if (!topLevel) {
                        problems.add(new CssProblem(Kind.RULE_WITHOUT_BLOCK, trimmed(first, i)));
                        return null;
                    }
                    problems.add(new CssProblem(Kind.STRAY_CLOSE_BRACE, token.range()));
                    i++;
                }
                case SEMICOLON -> {
                    if (topLevel && !straySemicolon) {
                        problems.add(new CssProblem(Kind.STRAY_SEMICOLON, token.range()));
                        straySemicolon = true;
                    }
                    i++;
                }
                default -> skipComponent();
            }
        }
        if (!onlyStrayTokens(first, tokens.size())) {
            problems.add(new CssProblem(Kind.RULE_WITHOUT_BLOCK, trimmed(first, tokens.size())));
        }
        return null;
    }

    private CssRule atRule(boolean topLevel) {
        CssToken keyword = tokens.get(i);
        String name = css.substring(keyword.start() + 1, keyword.end()).toLowerCase(Locale.ROOT);
        i++;
        int preludeStart = i;
        while (i < tokens.size()) {
            CssToken token = tokens.get(i);
            if (token.type() == Type.SEMICOLON) {
                i++;
                return new CssRule(name, new TextRange(keyword.start(), token.end()), trimmed(preludeStart, i - 1),
                        null, true, List.of(), List.of());
            }
            if (token.type() == Type.OPEN_CURLY) {
                return blockRule(name, keyword.start(), trimmed(preludeStart, i));
            }
            if (token.type() == Type.CLOSE_CURLY && !topLevel) {
                break;
            }
            skipComponent();
        }
        int end = i > preludeStart ? tokens.get(i - 1).end() : keyword.end();
        return new CssRule(name, new TextRange(keyword.start(), end), trimmed(preludeStart, i), null, true,
                List.of(), List.of());
    }

    /** A rule whose block opens at the current token. */
    private CssRule blockRule(String atName, int start, TextRange prelude) {
        CssToken open = tokens.get(i);
        i++;
        List<CssDeclaration> declarations = new ArrayList<>();
        List<CssRule> rules = new ArrayList<>();
        depth++;
        if (depth > MAX_DEPTH) {
            skipToClose();
        } else if (atName != null && RULE_LIST_AT_RULES.contains(atName)) {
            rules.addAll(ruleList(false));
        } else {
            declarationList(declarations, rules);
        }
        depth--;
        boolean closed = i < tokens.size();
        int end;
        if (closed) {
            end = tokens.get(i).end();
            i++;
        } else {
            end = css.length();
            if (!swallowed) {
                problems.add(new CssProblem(Kind.UNCLOSED_BLOCK, new TextRange(start, open.end())));
            }
        }
        return new CssRule(atName, new TextRange(start, end), prelude, new TextRange(open.start(), end), closed,
                declarations, rules);
    }

    /** The inside of a style rule's block, up to (not past) its closing brace. */
    private void declarationList(List<CssDeclaration> declarations, List<CssRule> rules) {
        while (i < tokens.size()) {
            CssToken token = tokens.get(i);
            if (token.isBlank() || token.type() == Type.SEMICOLON) {
                i++;
            } else if (token.type() == Type.CLOSE_CURLY) {
                return;
            } else if (token.type() == Type.AT_KEYWORD) {
                rules.add(atRule(false));
            } else {
                item(declarations, rules);
            }
        }
    }

    /** A declaration, or a nested rule when a block opens before the declaration would end. */
    private void item(List<CssDeclaration> declarations, List<CssRule> rules) {
        int first = i;
        while (i < tokens.size()) {
            Type type = tokens.get(i).type();
            if (type == Type.OPEN_CURLY) {
                i = first;
                CssRule nested = qualifiedRule(false);
                if (nested != null) {
                    rules.add(nested);
                }
                return;
            }
            if (type == Type.SEMICOLON || type == Type.CLOSE_CURLY) {
                break;
            }
            skipComponent();
        }
        int end = i;
        boolean terminated = i < tokens.size() && tokens.get(i).type() == Type.SEMICOLON;
        if (terminated) {
            i++;
        }
        CssDeclaration declaration = declaration(first, end, terminated);
        if (declaration != null) {
            declarations.add(declaration);
        }
    }

    private CssDeclaration declaration(int first, int end, boolean terminated) {
        TextRange whole = trimmed(first, end);
        CssToken name = tokens.get(first);
        if (name.type() != Type.IDENT) {
            problems.add(new CssProblem(Kind.INVALID_DECLARATION, whole));
            return null;
        }
        int colon = nextSolid(first + 1, end);
        if (colon >= end || tokens.get(colon).type() != Type.COLON) {
            problems.add(new CssProblem(Kind.MISSING_COLON, whole));
            return null;
        }
        int valueFirst = nextSolid(colon + 1, end);
        int valueEnd = lastSolid(valueFirst, end) + 1;
        boolean important = false;
        int last = valueEnd - 1;
        if (last > valueFirst && tokens.get(last).type() == Type.IDENT
                && tokens.get(last).text(css).equalsIgnoreCase("important")) {
            int bang = lastSolid(valueFirst, last);
            CssToken mark = bang >= valueFirst ? tokens.get(bang) : null;
            if (mark != null && mark.type() == Type.DELIM && css.charAt(mark.start()) == '!') {
                important = true;
                valueEnd = lastSolid(valueFirst, bang) + 1;
            }
        }
        List<CssToken> value = valueFirst < valueEnd ? tokens.subList(valueFirst, valueEnd) : List.of();
        int valueStart = valueFirst < end ? tokens.get(valueFirst).start() : tokens.get(colon).end();
        TextRange valueRange = value.isEmpty() ? TextRange.at(valueStart)
                : new TextRange(value.get(0).start(), value.get(value.size() - 1).end());
        return new CssDeclaration(name.text(css), name.range(), valueRange, value, important, whole, terminated);
    }

    /** Steps over the components of a block nested too deep to read, up to (not past) its closing brace. */
    private void skipToClose() {
        while (i < tokens.size() && tokens.get(i).type() != Type.CLOSE_CURLY) {
            skipComponent();
        }
    }

    /**
     * Steps over one component value: a token, or a whole parenthesised, bracketed or braced block, with the
     * blocks it holds kept on a stack rather than in recursion, however deep they nest.
     */
    private void skipComponent() {
        CssToken opener = tokens.get(i);
        i++;
        Deque<CssToken> open = new ArrayDeque<>();
        if (opener.opensBlock()) {
            open.push(opener);
        }
        while (!open.isEmpty() && i < tokens.size()) {
            CssToken token = tokens.get(i);
            i++;
            if (token.type() == open.peek().closer()) {
                open.pop();
            } else if (token.opensBlock()) {
                open.push(token);
            }
        }
        if (!open.isEmpty() && !swallowed) {
            swallowed = true;
            CssToken innermost = open.peek();
            problems.add(new CssProblem(innermost.type() == Type.OPEN_CURLY ? Kind.UNCLOSED_BLOCK
                    : Kind.UNCLOSED_PARENTHESIS, innermost.range()));
        }
    }

    /** True when [from, to) holds nothing but blanks and stray semicolons or braces, already reported. */
    private boolean onlyStrayTokens(int from, int to) {
        for (int k = from; k < to; k++) {
            Type type = tokens.get(k).type();
            if (!tokens.get(k).isBlank() && type != Type.SEMICOLON && type != Type.CLOSE_CURLY
                    && type != Type.CDO && type != Type.CDC) {
                return false;
            }
        }
        return true;
    }

    /** From the first to the last token in [from, to) that is not blank, or an empty range at from. */
    private TextRange trimmed(int from, int to) {
        int first = nextSolid(from, to);
        if (first >= to) {
            int at = from < tokens.size() ? tokens.get(from).start() : css.length();
            return TextRange.at(at);
        }
        return new TextRange(tokens.get(first).start(), tokens.get(lastSolid(first, to)).end());
    }

    private int nextSolid(int from, int to) {
        int k = from;
        while (k < to && tokens.get(k).isBlank()) {
            k++;
        }
        return k;
    }

    /** The last non-blank token in [from, to), or from - 1 if there is none. */
    private int lastSolid(int from, int to) {
        int k = to - 1;
        while (k >= from && tokens.get(k).isBlank()) {
            k--;
        }
        return k;
    }
}
