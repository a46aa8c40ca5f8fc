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

    static final Pattern HORIZONTAL = Pattern.compile("^(\\r\\n?|\\n)---(\\r\\n?|\\n)$", Pattern.MULTILINE);
    static final Pattern SEPARATOR = Pattern.compile(
            HORIZONTAL.pattern() + "|^(\\r\\n?|\\n)----(\\r\\n?|\\n)$", Pattern.MULTILINE);
    private static final Pattern NOTES = Pattern.compile("^note:", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    private static final char BOM = '\uFEFF';

    private final int cacheSize;
    private Map<String, SlideMarkdown> cache = Map.of();

    /** @param cacheSize how many slides' Markdown to keep between calls (0: none) */
    public DeckParser(int cacheSize) {
        this.cacheSize = cacheSize;
    }

    public Deck parse(String text) {
        SourceText source = new SourceText(text);
        int start = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        FrontMatter frontMatter = FrontMatterReader.read(source, start);
        int bodyStart = frontMatter != null && frontMatter.isClosed() ? frontMatter.range().end() : start;
        Map<String, SlideMarkdown> parsed = new LinkedHashMap<>();
        List<Slide> slides = new ArrayList<>();
        Matcher separator = SEPARATOR.matcher(text);
        // Anchoring bounds: reveal.js runs the pattern on the body alone, so ^ matches where the body starts.
        separator.region(bodyStart, text.length());
        int h = 0;
        int v = 0;
        int contentStart = bodyStart;
        TextRange before = null;
        int leadingBreak = 0;
        while (separator.find()) {
            slides.add(slide(text, new SlideIndex(h, v), new TextRange(contentStart, separator.start()), before,
                    leadingBreak, parsed));
            before = new TextRange(separator.start(), separator.end());
            leadingBreak = separator.group().charAt(1) == '\n' && separator.group().charAt(0) == '\r' ? 2 : 1;
            if (HORIZONTAL.matcher(separator.group()).matches()) {
                h++;
                v = 0;
            } else {
                v++;
            }
            contentStart = separator.end();
        }
        slides.add(slide(text, new SlideIndex(h, v), new TextRange(contentStart, text.length()), before,
                leadingBreak, parsed));
        synchronized (this) {
            cache = parsed.size() <= cacheSize ? parsed : Map.of();
        }
        FrontMatter misplaced = frontMatter == null ? FrontMatterReader.misplaced(source, start) : null;
        return new Deck(source, frontMatter, misplaced, List.copyOf(slides));
    }

    private Slide slide(String text, SlideIndex index, TextRange range, TextRange before, int leadingBreak,
            Map<String, SlideMarkdown> parsed) {
        String slideText = range.of(text);
        SlideMarkdown markdown = parsed.get(slideText);
        if (markdown == null) {
            synchronized (this) {
                markdown = cache.get(slideText);
            }
            if (markdown == null) {
                markdown = SlideMarkdown.parse(slideText);
            }
            parsed.put(slideText, markdown);
        }
        return new Slide(index, range, before, leadingBreak, notes(slideText, range.start()), slideText, markdown);
    }

    private static TextRange notes(String slideText, int base) {
        Matcher notes = NOTES.matcher(slideText);
        if (!notes.find()) {
            return null;
        }
        int first = notes.start();
        return notes.find() ? null : new TextRange(base + first, base + slideText.length());
    }
}
