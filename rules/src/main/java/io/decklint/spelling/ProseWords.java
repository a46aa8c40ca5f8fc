package io.decklint.spelling;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a deck's prose: headings, paragraphs, list items, table cells, link text, image alt text,
 * speaker notes and the text inside HTML blocks. Front matter, code, HTML tags and attributes, style
 * blocks, comments, link destinations, URLs, domain names, file paths, e-mail addresses, {@code @handles},
 * {@code #123} references, emoji shortcodes and anything with a digit are not prose and give no words.
 * Paragraphs written in German (an event announcement in an English deck) are left out as well: an
 * English dictionary has nothing to say about them.
 */
public final class ProseWords {
    /**
     * One word of prose; {@code heading} when it is part of a heading, {@code opensSentence} when first in one.
     * {@code line} identifies the text of its line: the same line copied into another deck has the same value.
     * {@code lower} is the text in lower case, made once: a deck is counted word by word on every keystroke.
     */
    public record Word(String text, TextRange range, boolean heading, boolean opensSentence, int line,
            String lower) {
        Word shifted(int delta) {
            return new Word(text, range.shift(delta), heading, opensSentence, line, lower);
        }
    }

    /** Text that is not prose inside a run of text: masked before words are found. */
    private static final Pattern NOT_PROSE = Pattern.compile(String.join("|",
            "<!--.*?(?:-->|\\z)",                                   // comments
            "<(style|script)\\b.*?(?:</\\1\\s*>|\\z)",               // style and script blocks
            "</?[A-Za-z][^<>]*>",                                   // tags (a lone < stops at the next <)
            "&#?\\w+;",                                             // entities
            ":[a-z0-9_+-]+:",                                       // emoji shortcodes (:cloud:)
            "\\{\\{[^{}]*}}"),                                      // template placeholders
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern CHUNK = Pattern.compile("\\S+");
    private static final Pattern URL = Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*://|www\\.|mailto:).*");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** {@code name.name…}: dots between runs of word characters, said without a repeated group. */
    private static final Pattern DOMAIN_OR_FILE = Pattern.compile("^(?=[\\w-])(?=.*\\.)(?!.*\\.\\.)[\\w.-]*[\\w-]$");
    private static final Pattern PATH = Pattern.compile("^(?:\\.{0,2}/|~/).*|.*/.*\\.\\w+$");
    private static final Pattern CODE_LIKE = Pattern.compile(".*[_=<>{}\\[\\]|\\\\^~$%*+`@#:;].*");
    private static final Pattern LEADING = Pattern.compile("^[\\p{Ps}\\p{Pi}\"'*_¡¿-]+");
    private static final Pattern TRAILING = Pattern.compile("[\\p{Pe}\\p{Pf}\"'*_.,;:!?…]+$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

    private ProseWords() {}

    /**
     * The prose of one slide: its words, with offsets relative to the slide, and how many of them are signs of
     * German. Slides with the same text share one, so what is derived from it can be kept by identity.
     */
    public static final class SlideProse {
        private final List<Word> words;
        private final int germanSigns;
        /** What the spelling checker found out about these words, kept as long as they are. */
        volatile SpellingChecker.SlideFacts spellingFacts;

        private SlideProse(List<Word> words) {
            this.words = words;
            this.germanSigns = GermanText.signs(words);
        }

        /** The words, with offsets relative to the slide's start. */
        public List<Word> words() {
            return words;
        }
    }

    /** One slide's prose, and where the slide starts in the deck. */
    public record Placed(SlideProse prose, int start) {
        /** The words, with offsets into the deck. */
        public List<Word> words() {
            if (start == 0) {
                return prose.words;
            }
            List<Word> words = new ArrayList<>(prose.words.size());
            for (Word word : prose.words) {
                words.add(word.shifted(start));
            }
            return words;
        }
    }

    /** A deck's prose, slide by slide, in order. */
    public record Prose(List<Placed> slides) {
        /** Every word, in order, with offsets into the deck. */
        public List<Word> words() {
            List<Word> words = new ArrayList<>();
            for (Placed slide : slides) {
                words.addAll(slide.words());
            }
            return words;
        }
    }

    /** The prose of every slide, in order; none for a deck written in German. */
    public static Prose of(Deck deck) {
        List<Placed> slides = new ArrayList<>(deck.slides().size());
        int words = 0;
        int signs = 0;
        for (Slide slide : deck.slides()) {
            SlideProse prose = of(slide);
            slides.add(new Placed(prose, slide.range().start()));
            words += prose.words.size();
            signs += prose.germanSigns;
        }
        return new Prose(GermanText.isGermanDeck(signs, words) ? List.of() : slides);
    }

    /**
     * The prose of slides seen before, by slide text: a deck that is checked again after an edit (in an editor)
     * has most of its slides unchanged.
     */
    private static final Map<String, SlideProse> BY_SLIDE_TEXT = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_SLIDES = 5000;

    private static SlideProse of(Slide slide) {
        SlideProse prose = BY_SLIDE_TEXT.get(slide.text());
        if (prose == null) {
            int start = slide.range().start();
            prose = new SlideProse(find(slide).stream().map(w -> w.shifted(-start)).toList());
            if (BY_SLIDE_TEXT.size() >= MAX_CACHED_SLIDES) {
                BY_SLIDE_TEXT.clear();
            }
            BY_SLIDE_TEXT.put(slide.text(), prose);
        }
        return prose;
    }

    private static List<Word> find(Slide slide) {
        LineKeys lineKeys = new LineKeys(slide.text());
        Map<Node, List<Word>> blocks = new IdentityHashMap<>();
        List<Node> order = new ArrayList<>();
        for (Node node : slide.ast().getDescendants()) {
            boolean text = node instanceof Text && !insideNonProse(node);
            boolean html = node instanceof HtmlBlockBase;
            if (!text && !html) {
                continue;
            }
            Node block = html ? node : block(node);
            List<Word> words = blocks.computeIfAbsent(block, b -> {
                order.add(b);
                return new ArrayList<>();
            });
            boolean heading = block instanceof Heading;
            scan(node.getChars().toString(), slide.deckOffset(node.getStartOffset()), heading, words, slide, lineKeys);
        }
        List<Word> words = new ArrayList<>();
        for (Node block : order) {
            List<Word> blockWords = blocks.get(block);
            if (!GermanText.isGerman(blockWords)) {
                words.addAll(blockWords);
            }
        }
        return words;
    }

    private static boolean insideNonProse(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Code || parent instanceof CodeBlock || parent instanceof FencedCodeBlock
                    || parent instanceof IndentedCodeBlock || parent instanceof AutoLink || parent instanceof MailLink
                    || parent instanceof Reference) {
                return true;
            }
        }
        return false;
    }

    private static Node block(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Paragraph || parent instanceof Heading || parent instanceof TableCell) {
                return parent;
            }
        }
        return node.getParent();
    }

    /**
     * A hash of the text of each line of a slide, by offset: lines copied from deck to deck hash alike. Each line
     * is hashed once, since a line can hold hundreds of thousands of words.
     */
    private static final class LineKeys {
        private final SourceText lines;
        private final Map<Integer, Integer> keys = new HashMap<>();

        LineKeys(String text) {
            this.lines = new SourceText(text);
        }

        int at(int offset) {
            return keys.computeIfAbsent(lines.lineOf(offset),
                    line -> lines.text().substring(lines.lineStart(line), lines.lineEnd(line)).strip().hashCode());
        }
    }

    /** Finds the words in a run of text that starts at {@code base} in the deck. */
    private static void scan(String text, int base, boolean heading, List<Word> out, Slide slide,
            LineKeys lineKeys) {
        String masked = mask(text);
        Matcher chunk = CHUNK.matcher(masked);
        while (chunk.find()) {
            String raw = chunk.group();
            String trimmed = LEADING.matcher(raw).replaceFirst("");
            int lead = raw.length() - trimmed.length();
            trimmed = TRAILING.matcher(trimmed).replaceFirst("");
            if (trimmed.isEmpty() || !isProse(trimmed)) {
                continue;
            }
            Matcher word = WORD.matcher(trimmed);
            while (word.find()) {
                if (joinedToDigit(trimmed, word.start(), word.end())) {
                    continue;
                }
                String found = withoutPossessive(word.group());
                int start = base + chunk.start() + lead + word.start();
                int inSlide = start - slide.range().start();
                if (splitByEmphasis(slide.text(), inSlide, inSlide + word.group().length())) {
                    continue;
                }
                String written = found.replace('’', '\'');
                out.add(new Word(written, new TextRange(start, start + found.length()), heading,
                        opensSentence(slide.text(), inSlide), lineKeys.at(inSlide), written.toLowerCase(Locale.ROOT)));
            }
        }
    }

    /** Part of a word that emphasis cuts in two ({@code **A**ccessible}): not a word by itself. */
    private static boolean splitByEmphasis(String text, int start, int end) {
        int before = start;
        while (before > 0 && "*_~".indexOf(text.charAt(before - 1)) >= 0) {
            before--;
        }
        int after = end;
        while (after < text.length() && "*_~".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        return before < start && before > 0 && Character.isLetter(text.charAt(before - 1))
                || after > end && after < text.length() && Character.isLetter(text.charAt(after));
    }

    /**
     * True when nothing but Markdown markers (list bullets, heading hashes, emphasis, brackets, quotes) stands
     * between the word and the start of its line, or the end of a sentence.
     */
    private static boolean opensSentence(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && "*_~[(\"'“‘`".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return true;
        }
        char c = text.charAt(i);
        if (".!?:".indexOf(c) >= 0) {
            return true;
        }
        if ("-*+>#)".indexOf(c) < 0) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', i) + 1;
        return text.substring(lineStart, i + 1).strip().matches("(?:[-*+>#]|\\d++[.)])++[-*+>#\\s\\d.)]*+");
    }

    private static String mask(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0 && text.indexOf(':') < 0 && text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = NOT_PROSE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                if (masked.charAt(i) != '\n') {
                    masked.setCharAt(i, ' ');
                }
            }
        } while (m.find());
        return masked.toString();
    }

    /** URLs, addresses, domains, paths, handles, issue numbers and code are not prose. */
    private static boolean isProse(String chunk) {
        if (chunk.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')) {
            return true;
        }
        return !((chunk.indexOf('/') >= 0 && chunk.indexOf('.') >= 0) || URL.matcher(chunk).matches() || EMAIL.matcher(chunk).matches()
                || DOMAIN_OR_FILE.matcher(chunk).matches() || PATH.matcher(chunk).matches()
                || CODE_LIKE.matcher(chunk).matches());
    }

    /**
     * A word joined to a digit, directly or by hyphens ({@code k8s}, {@code v2}, {@code 3rd},
     * {@code GPT-4}), is part of a name or a number, not a word.
     */
    private static boolean joinedToDigit(String chunk, int start, int end) {
        int from = start;
        while (from > 0 && isJoined(chunk.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < chunk.length() && isJoined(chunk.charAt(to))) {
            to++;
        }
        for (int i = from; i < to; i++) {
            if (Character.isDigit(chunk.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJoined(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }

    private static String withoutPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }
}
