package io.decklint.deck;

import io.decklint.text.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * A slide deck read the way HedgeDoc 1.x reads it: the original text, its front matter and its slides,
 * every part addressed by offsets into the original text.
 */
public final class Deck {
    /** The largest file the command line and the language server read as a deck: no one writes a larger one. */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    private final SourceText source;
    private final FrontMatter frontMatter;
    private final FrontMatter misplacedFrontMatter;
    private final List<Slide> slides;

    Deck(SourceText source, FrontMatter frontMatter, FrontMatter misplacedFrontMatter, List<Slide> slides) {
        this.source = source;
        this.frontMatter = frontMatter;
        this.misplacedFrontMatter = misplacedFrontMatter;
        this.slides = slides;
    }

    public static Deck parse(String text) {
        return DeckParser.DEFAULT.parse(text);
    }

    public SourceText source() {
        return source;
    }

    public String text() {
        return source.text();
    }

    public Optional<FrontMatter> frontMatter() {
        return Optional.ofNullable(frontMatter);
    }

    /**
     * A front-matter block below blank lines or comments, which HedgeDoc does not read as front matter: it
     * must start the file.
     */
    public Optional<FrontMatter> misplacedFrontMatter() {
        return Optional.ofNullable(misplacedFrontMatter);
    }

    public List<Slide> slides() {
        return slides;
    }

    /** The slide that holds an offset; a separator belongs to the slide it opens. */
    public Slide slideAt(int offset) {
        int low = 0;
        int high = slides.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            Slide slide = slides.get(mid);
            if (slide.openedAt() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return slides.get(low);
    }

    /** Where the Markdown after the front matter begins. */
    public int bodyStart() {
        return slides.get(0).range().start();
    }

    /**
     * A deck is meant for slide mode when its front matter says {@code type: slide} or sets
     * {@code slideOptions}, even when that front matter is misplaced, unclosed or not valid YAML (and so the
     * deck is broken: those are the decks a folder's lint and a hook must not skip).
     */
    public boolean isSlideDeck() {
        FrontMatter meant = frontMatter != null ? frontMatter : misplacedFrontMatter;
        return meant != null && meant.marksSlideMode();
    }

    public Optional<String> title() {
        return frontMatter().flatMap(fm -> fm.string("title"));
    }
}
