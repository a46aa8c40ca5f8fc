package io.decklint.deck;

import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a deck into slides exactly as HedgeDoc 1.x does. {@code public/js/slide.js} calls reveal.js's
 * {@code RevealMarkdown.slidify} ({@code public/js/reveal-markdown.js}) with these separators, compiled with
 * the {@code mg} flags: so a separator line needs a blank line before and after it, and {@code a\n---\nb}
 * does not split. Speaker notes start at a line {@code note:} (flags {@code mgi}), and only when the slide
 * has exactly one such line.
 *
 * <p>A parser keeps the Markdown of the slides it parsed last, so re-parsing an edited deck only parses
 * the slides whose text changed.
 */
public final class DeckParser {
    static final DeckParser DEFAULT = new DeckParser(0);
    /** Enough slides for any real deck: what an editor keeps per open document. */
    public static final int EDITOR_CACHE_SIZE = 10_000;

    static final Pattern HORIZONTAL = Pattern.compile("^(\\r\\n?|\\n)---(\\r\\n?|\\n)$", Pattern.MULTILINE);
    static final Pattern SEPARATOR = Pattern.compile(
            HORIZONTAL.pattern() + "|^(\\r\\n?|\\n)----(\\r\\n?|\\n)$", Pattern.MULTILINE);
    private static final Pattern NOTES = Pattern.compile("^note:", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    private static final char BOM = '\uFEFF';

    private final int cacheSize;
    private Map<String, SlideMarkdown> cache = Map.of();
    /** The slide texts of the last parse, in order: after a keystroke most slides are these, at the same place. */
    private List<String> lastTexts = List.of();

    /** @param cacheSize how many slides' Markdown to keep between calls (0: none) */
    public DeckParser(int cacheSize) {
        this.cacheSize = cacheSize;
    }

    public Deck parse(String text) {
        SourceText source = new SourceText(text);
        int start = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        FrontMatter frontMatter = FrontMatterReader.read(source, start);
        int bodyStart = frontMatter != null && frontMatter.isClosed() ? frontMatter.range().end() : start;
        Map<String, SlideMarkdown> parsed;
        List<String> previousTexts;
        synchronized (this) {
            parsed = new LinkedHashMap<>(Math.max(16, cache.size() * 2)); // about as many slides as last time
            previousTexts = lastTexts;
        }
        List<Part> parts = new ArrayList<>();
        Separators separators = new Separators(text, bodyStart);
        int h = 0;
        int v = 0;
        int contentStart = bodyStart;
        TextRange before = null;
        int leadingBreak = 0;
        for (Matcher separator = separators.next(); separator != null; separator = separators.next()) {
            parts.add(new Part(h, v, new TextRange(contentStart, separator.start()), before, leadingBreak));
            before = new TextRange(separator.start(), separator.end());
            leadingBreak = text.startsWith("\r\n", separator.start()) ? 2 : 1;
            if (separator.start(1) >= 0) { // the first alternative of SEPARATOR is HORIZONTAL
                h++;
                v = 0;
            } else {
                v++;
            }
            contentStart = separator.end();
        }
        parts.add(new Part(h, v, new TextRange(contentStart, text.length()), before, leadingBreak));
        List<Slide> slides = new ArrayList<>(parts.size());
        boolean oneColumn = h == 0;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            boolean stacked = part.v() > 0 || i + 1 < parts.size() && parts.get(i + 1).v() > 0;
            slides.add(slide(text, SlideIndex.of(part.h(), part.v(), stacked, oneColumn), part.range(),
                    part.before(), part.leadingBreak(), parsed, previousTexts, i));
        }
        synchronized (this) {
            cache = parsed.size() <= cacheSize ? parsed : Map.of();
            lastTexts = cache.isEmpty() ? List.of() : slides.stream().map(Slide::text).toList();
        }
        FrontMatter misplaced = frontMatter == null ? FrontMatterReader.misplaced(source, start) : null;
        return new Deck(source, frontMatter, misplaced, List.copyOf(slides));
    }

    /** A slide found by the split, before its number is known: that needs the slides after it. */
    private record Part(int h, int v, TextRange range, TextRange before, int leadingBreak) {}

    private Slide slide(String text, SlideIndex index, TextRange range, TextRange before, int leadingBreak,
            Map<String, SlideMarkdown> parsed, List<String> previousTexts, int ordinal) {
        String previous = ordinal < previousTexts.size() ? previousTexts.get(ordinal) : null;
        // the same text as last time's slide at this place is that text: no copy, and its hash is known
        String slideText = previous != null && previous.length() == range.length()
                && text.regionMatches(range.start(), previous, 0, previous.length()) ? previous : range.of(text);
        SlideMarkdown markdown = parsed.get(slideText);
        if (markdown == null) {
            synchronized (this) {
                markdown = cache.get(slideText);
            }
            if (markdown == null) {
                markdown = SlideMarkdown.parse(slideText, notesStart(slideText));
            }
            parsed.put(slideText, markdown);
        }
        TextRange notes = markdown.notesStart() < 0 ? null
                : new TextRange(range.start() + markdown.notesStart(), range.end());
        return new Slide(index, range, before, leadingBreak, notes, slideText, markdown);
    }

    /** Where the speaker notes start in a slide's text, or -1 when HedgeDoc finds none. */
    private static int notesStart(String slideText) {
        Matcher notes = NOTES.matcher(slideText);
        if (!notes.find()) {
            return -1;
        }
        int first = notes.start();
        return notes.find() ? -1 : first;
    }

    /**
     * The matches of {@link #SEPARATOR} in the body, in order, as {@code find()} would return them. Running the
     * pattern from every position of a long deck costs more than the rest of a re-parse, so it is tried only
     * where a {@code ---} could close a match: one or two characters before it, with {@code ^} seeing the text
     * before the candidate (and matching at the body's start, as reveal.js runs the pattern on the body alone).
     */
    static final class Separators {
        private final String text;
        private final int bodyStart;
        private final Matcher matcher;
        private int position;
        private int searchFrom;

        Separators(String text, int bodyStart) {
            this.text = text;
            this.bodyStart = bodyStart;
            this.matcher = SEPARATOR.matcher(text).useTransparentBounds(true);
            this.position = bodyStart;
            this.searchFrom = bodyStart;
        }

        /** The next match, or null; the matcher is reused, so read it before asking for the next. */
        Matcher next() {
            for (int dashes = text.indexOf("---", searchFrom); dashes >= 0; dashes = text.indexOf("---", dashes + 1)) {
                for (int start = Math.max(position, dashes - 2); start < dashes; start++) {
                    matcher.useAnchoringBounds(start == bodyStart).region(start, text.length());
                    if (matcher.lookingAt()) {
                        position = matcher.end();
                        searchFrom = Math.max(position, dashes + 1);
                        return matcher;
                    }
                }
            }
            searchFrom = text.length();
            return null;
        }
    }
}
