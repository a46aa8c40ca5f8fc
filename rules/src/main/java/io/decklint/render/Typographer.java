package io.decklint.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * markdown-it's {@code typographer} option, which HedgeDoc turns on ({@code public/js/extra.js}): the
 * replacements of {@code lib/rules_core/replacements.js} ({@code (c)} ©, {@code ...} …, {@code --} –,
 * {@code ---} —) outside autolinks, then the curly quotes of {@code lib/rules_core/smartquotes.js}
 * (“double”, ‘single’, and ’ for an apostrophe), both as markdown-it 13 does them. Like markdown-it, it works
 * on one paragraph, heading or table cell at a time and leaves code, raw HTML and image descriptions alone.
 */
final class Typographer implements PostProcessor {
    private static final Pattern SCOPED_ABBREVIATION = Pattern.compile("\\((c|tm|r)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELLIPSIS = Pattern.compile("\\.{2,}");
    private static final Pattern ELLIPSIS_AFTER_MARK = Pattern.compile("([?!])…");
    private static final Pattern MARKS = Pattern.compile("([?!]){4,}");
    private static final Pattern COMMAS = Pattern.compile(",{2,}");
    private static final Pattern EM_DASH = Pattern.compile("(^|[^-])---(?=[^-]|$)", Pattern.MULTILINE);
    private static final Pattern EN_DASH_SPACED = Pattern.compile("(^|\\s)--(?=\\s|$)", Pattern.MULTILINE);
    private static final Pattern EN_DASH = Pattern.compile("(^|[^-\\s])--(?=[^-\\s]|$)", Pattern.MULTILINE);

    private static final char APOSTROPHE = '\u2019';
    private static final String QUOTES = "\u201C\u201D\u2018\u2019";

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                typeset(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                typeset(heading);
            }

            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof TableCell) {
                    typeset(node);
                } else {
                    visitChildren(node);
                }
            }
        });
        return document;
    }

    /** One inline token as markdown-it sees it: text to rewrite, other content, a line break or a tag edge. */
    private static final class Token {
        final Node node;
        final int level;
        final boolean inAutolink;
        String content;

        Token(Node node, int level, boolean inAutolink, String content) {
            this.node = node;
            this.level = level;
            this.inAutolink = inAutolink;
            this.content = content;
        }

        boolean isText() {
            return node instanceof Text;
        }

        boolean isBreak() {
            return node instanceof SoftLineBreak || node instanceof HardLineBreak;
        }
    }

    private static void typeset(Node block) {
        List<Token> tokens = new ArrayList<>();
        tokenize(block, 0, false, tokens);
        boolean changed = false;
        for (Token token : tokens) {
            if (token.isText() && !token.inAutolink) {
                String replaced = replace(token.content);
                changed |= !replaced.equals(token.content);
                token.content = replaced;
            }
        }
        changed |= smartQuotes(tokens);
        if (changed) {
            for (Token token : tokens) {
                if (token.isText()) {
                    ((Text) token.node).setLiteral(token.content);
                }
            }
        }
    }

    private static void tokenize(Node parent, int level, boolean inAutolink, List<Token> tokens) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                tokens.add(new Token(node, level, inAutolink, text.getLiteral()));
            } else if (node instanceof Code code) {
                tokens.add(new Token(node, level, inAutolink, code.getLiteral()));
            } else if (node instanceof HtmlInline html) {
                tokens.add(new Token(node, level, inAutolink, html.getLiteral()));
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                tokens.add(new Token(node, level, inAutolink, ""));
            } else if (node instanceof Image || node instanceof SizedImage) {
                tokens.add(new Token(node, level, inAutolink, AltText.of(node)));
            } else {
                // An opening and a closing tag, like markdown-it's em_open/em_close around the content.
                tokens.add(new Token(node, level, inAutolink, ""));
                tokenize(node, level + 1, inAutolink || isAutolink(node), tokens);
                tokens.add(new Token(node, level, inAutolink, ""));
            }
        }
    }

    /** A link whose text is its address: {@code <https://…>} or a bare URL the autolinker found. */
    private static boolean isAutolink(Node node) {
        return node instanceof Link link && link.getFirstChild() instanceof Text text
                && link.getFirstChild() == link.getLastChild() && link.getDestination().endsWith(text.getLiteral());
    }

    static String replace(String text) {
        String result = text;
        if (hasScopedAbbreviation(result)) {
            result = SCOPED_ABBREVIATION.matcher(result).replaceAll(m -> switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "c" -> "©";
                case "r" -> "®";
                default -> "™";
            });
        }
        if (hasRarePair(result)) {
            result = result.replace("+-", "±");
            result = ELLIPSIS.matcher(result).replaceAll("…");
            result = ELLIPSIS_AFTER_MARK.matcher(result).replaceAll("$1..");
            result = MARKS.matcher(result).replaceAll("$1$1$1");
            result = COMMAS.matcher(result).replaceAll(",");
            result = EM_DASH.matcher(result).replaceAll("$1\u2014");
            result = EN_DASH_SPACED.matcher(result).replaceAll("$1\u2013");
            result = EN_DASH.matcher(result).replaceAll("$1\u2013");
        }
        return result;
    }

    /** {@code (c)}, {@code (r)} or {@code (tm)} in any case; a plain scan, as most text has none. */
    private static boolean hasScopedAbbreviation(String text) {
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            if (text.regionMatches(true, open, "(c)", 0, 3) || text.regionMatches(true, open, "(r)", 0, 3)
                    || text.regionMatches(true, open, "(tm)", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** markdown-it's {@code RARE_RE}: {@code +-}, {@code ..}, {@code ????}, {@code !!!!}, {@code ,,} or {@code --}. */
    private static boolean hasRarePair(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((c == '+' && next == '-') || (c == next && (c == '.' || c == ',' || c == '-'))
                    || (c == next && (c == '?' || c == '!') && text.startsWith(String.valueOf(c).repeat(4), i))) {
                return true;
            }
        }
        return false;
    }

    /** An opening quote waiting for its closing one. */
    private record OpenQuote(int token, int position, boolean single, int level) {}

    /** markdown-it's {@code process_inlines} in {@code smartquotes.js}, on one block's tokens. */
    private static boolean smartQuotes(List<Token> tokens) {
        boolean changed = false;
        List<OpenQuote> stack = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int level = token.level;
            int keep = stack.size() - 1;
            while (keep >= 0 && stack.get(keep).level() > level) {
                keep--;
            }
            stack.subList(keep + 1, stack.size()).clear();
            if (!token.isText()) {
                continue;
            }
            int pos = 0;
            outer:
            while (pos < token.content.length()) {
                int quote = nextQuote(token.content, pos);
                if (quote < 0) {
                    break;
                }
                String text = token.content;
                boolean single = text.charAt(quote) == '\'';
                pos = quote + 1;
                char last = quote > 0 ? text.charAt(quote - 1) : lastCharBefore(tokens, i);
                char next = pos < text.length() ? text.charAt(pos) : nextCharAfter(tokens, i);
                boolean lastPunct = isPunctuation(last);
                boolean nextPunct = isPunctuation(next);
                boolean lastSpace = isWhiteSpace(last);
                boolean nextSpace = isWhiteSpace(next);
                boolean canOpen = true;
                boolean canClose = true;
                if (nextSpace) {
                    canOpen = false;
                } else if (nextPunct && !(lastSpace || lastPunct)) {
                    canOpen = false;
                }
                if (lastSpace) {
                    canClose = false;
                } else if (lastPunct && !(nextSpace || nextPunct)) {
                    canClose = false;
                }
                if (next == '"' && !single && last >= '0' && last <= '9') {
                    // 1"" – the first quote is an inch mark
                    canOpen = false;
                    canClose = false;
                }
                if (canOpen && canClose) {
                    canOpen = lastPunct;
                    canClose = nextPunct;
                }
                if (!canOpen && !canClose) {
                    if (single) {
                        token.content = replaceAt(text, quote, APOSTROPHE);
                        changed = true;
                    }
                    continue;
                }
                if (canClose) {
                    for (int j = stack.size() - 1; j >= 0; j--) {
                        OpenQuote open = stack.get(j);
                        if (open.level() < level) {
                            break;
                        }
                        if (open.single() == single && open.level() == level) {
                            int offset = single ? 2 : 0;
                            token.content = replaceAt(token.content, quote, QUOTES.charAt(offset + 1));
                            Token opener = tokens.get(open.token());
                            opener.content = replaceAt(opener.content, open.position(), QUOTES.charAt(offset));
                            changed = true;
                            stack.subList(j, stack.size()).clear();
                            continue outer;
                        }
                    }
                }
                if (canOpen) {
                    stack.add(new OpenQuote(i, quote, single, level));
                } else if (canClose && single) {
                    token.content = replaceAt(text, quote, APOSTROPHE);
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static int nextQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** The character before a token, looking back across tokens to the line start (a space there). */
    private static char lastCharBefore(List<Token> tokens, int index) {
        for (int j = index - 1; j >= 0; j--) {
            Token token = tokens.get(j);
            if (token.isBreak()) {
                break;
            }
            if (!token.content.isEmpty()) {
                return token.content.charAt(token.content.length() - 1);
            }
        }
        return ' ';
    }

    private static char nextCharAfter(List<Token> tokens, int index) {
        for (int j = index + 1; j < tokens.size(); j++) {
            Token token = tokens.get(j);
            if (token.isBreak()) {
                break;
            }
            if (!token.content.isEmpty()) {
                return token.content.charAt(0);
            }
        }
        return ' ';
    }

    private static String replaceAt(String text, int index, char c) {
        return text.substring(0, index) + c + text.substring(index + 1);
    }

    /** markdown-it's {@code isWhiteSpace}. */
    private static boolean isWhiteSpace(char c) {
        return (c >= 0x2000 && c <= 0x200A) || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                || c == ' ' || c == 0xA0 || c == 0x1680 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** markdown-it's {@code isMdAsciiPunct} or Unicode punctuation (categories P*). */
    private static boolean isPunctuation(char c) {
        if (c < 128) {
            return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
