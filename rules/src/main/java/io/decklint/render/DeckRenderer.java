package io.decklint.render;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a deck to a reveal.js page as HedgeDoc 1.x's slide mode shows it: the deck model's slides
 * ({@link Deck#slides()}, never split again), each rendered on its own ({@link SlideRenderer}) inside HedgeDoc's
 * section structure (a vertical stack is a {@code <section>} of {@code <section>}s), with the front matter's
 * reveal.js options and theme ({@link DeckSettings}).
 *
 * <p>A renderer remembers the slides it rendered last, so rendering the deck again after an edit only renders
 * the slides whose text changed. It is safe to use from several threads.
 */
public final class DeckRenderer {
    /** The slides rendered last, by their text. */
    private volatile Map<String, RenderedSlide> previous = Map.of();

    public RenderedDeck render(Deck deck, RenderOptions options) {
        DeckSettings settings = DeckSettings.of(deck);
        Map<String, RenderedSlide> reuse = previous;
        Map<String, RenderedSlide> rendered = new HashMap<>();
        List<Slide> slides = deck.slides();
        List<SlideLines> lines = lines(deck);
        Optional<InvalidFrontMatter> invalid = InvalidFrontMatter.of(deck);
        StringBuilder sections = new StringBuilder();
        for (int i = 0; i < slides.size(); i++) {
            Slide slide = slides.get(i);
            boolean stack = isStacked(slides, i);
            if (stack && slide.index().v() == 0) {
                sections.append("<section>\n");
            }
            String before = i == 0 ? invalid.map(InvalidFrontMatter::text).orElse("") : "";
            RenderedSlide html = rendered.computeIfAbsent(before + slide.text(),
                    k -> reuse.containsKey(k) ? reuse.get(k) : render(slide, before));
            if (invalid.isPresent()) {
                html = invalid.get().withWarning(html);
            }
            SlideLines at = lines.get(i);
            sections.append("<section data-line-start=\"").append(at.startLine()).append("\" data-line-end=\"")
                    .append(at.endLine()).append('"').append(html.sectionAttributes()).append('>')
                    .append(html.body()).append("</section>\n");
            if (stack && (i + 1 == slides.size() || slides.get(i + 1).index().v() == 0)) {
                sections.append("</section>\n");
            }
        }
        previous = rendered;
        RevealPage.Page page = RevealPage.build(settings, sections, options);
        List<String> assets = new ArrayList<>(RevealAssets.files(settings.theme()));
        assets.addAll(page.libraryFiles());
        return new RenderedDeck(page.html(), lines, assets, page.policy(), sections.toString(), page.frame());
    }

    /**
     * HedgeDoc's sanitiser reads the Markdown before reveal.js splits off the notes ({@link JsXssTags}). Line
     * breaks are always {@code <br>}: a deck's {@code breaks: false} comes too late in slide mode.
     * {@code before} is text HedgeDoc sees in front of the slide ({@link InvalidFrontMatter}).
     */
    private static RenderedSlide render(Slide slide, String before) {
        String notes = notesText(slide);
        return SlideRenderer.render(JsXssTags.filterMarkdown(before + visible(slide)),
                notes == null ? null : JsXssTags.filterMarkdown(notes));
    }

    private static String visible(Slide slide) {
        TextRange visible = slide.visibleRange();
        return slide.text().substring(0, visible.end() - slide.range().start());
    }

    /** reveal.js's Markdown plugin: the notes are what follows {@code note:}, trimmed. */
    private static String notesText(Slide slide) {
        return slide.notes().map(notes -> slide.text().substring(notes.start() - slide.range().start() + 5)
                .strip()).orElse(null);
    }

    /** True when the slide belongs to a vertical stack: it is a sub-slide, or a sub-slide follows it. */
    private static boolean isStacked(List<Slide> slides, int index) {
        return slides.get(index).index().v() > 0
                || (index + 1 < slides.size() && slides.get(index + 1).index().v() > 0);
    }

    /** Each slide's lines, from its separator to the line before the next slide's separator. */
    static List<SlideLines> lines(Deck deck) {
        SourceText source = deck.source();
        List<Slide> slides = deck.slides();
        int[] starts = new int[slides.size()];
        for (int i = 0; i < slides.size(); i++) {
            starts[i] = i == 0 ? 0 : source.lineOf(slides.get(i).separatorBefore().orElseThrow().start());
        }
        List<SlideLines> lines = new ArrayList<>(slides.size());
        for (int i = 0; i < slides.size(); i++) {
            int end = i + 1 < slides.size() ? Math.max(starts[i], starts[i + 1] - 1) : source.lineCount() - 1;
            lines.add(new SlideLines(slides.get(i).index().h(), slides.get(i).index().v(), starts[i], end));
        }
        return lines;
    }
}
