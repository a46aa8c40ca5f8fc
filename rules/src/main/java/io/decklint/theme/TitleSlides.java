package io.decklint.theme;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.rules.CallDates;
import io.decklint.rules.HeadingText;
import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a deck's title slides as the SCS calls write them (2023-08 to 2024-06): the first slide, when its
 * content starts with headings (pictures may come first) and looks like a title (more than one heading, or
 * nothing but headings and pictures, or what a title says); and the slide after it when it holds only headings
 * and pictures and says what a title says: a date, the deck's title, or words of a theme's title (in autumn
 * 2023 the "SCS Community Call" and the date stood on a slide of their own). Anything else on a title slide is
 * not part of the title.
 */
final class TitleSlides {
    private static final Pattern WRAPPER = Pattern.compile("<(font|span)\\b[^>]*>(.*)</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private TitleSlides() {}

    /** @param titleWords the words of every known theme's title, which a title slide of its own may hold */
    static List<TitleSlide> find(Deck deck, Set<String> titleWords) {
        List<TitleSlide> found = new ArrayList<>();
        List<Slide> slides = deck.slides();
        Optional<TitleSlide> first = titleSlide(deck, slides.get(0)).filter(slide -> slide.lines().size() > 1
                || holdsOnlyHeadingsAndPictures(slide.slide()) || saysWhatATitleSays(slide, deck, titleWords));
        if (first.isEmpty()) {
            return found;
        }
        found.add(first.get());
        if (slides.size() > 1 && slides.get(1).index().h() == 1 && slides.get(1).index().v() == 0
                && holdsOnlyHeadingsAndPictures(slides.get(1))) {
            titleSlide(deck, slides.get(1)).filter(slide -> saysWhatATitleSays(slide, deck, titleWords))
                    .ifPresent(found::add);
        }
        return found;
    }

    private static boolean saysWhatATitleSays(TitleSlide slide, Deck deck, Set<String> titleWords) {
        Set<String> deckTitle = Words.of(deck.title().orElse(""));
        boolean allTitleWords = true;
        for (TitleLine line : slide.lines()) {
            if (line.date().isPresent()) {
                return true;
            }
            Set<String> words = Words.of(line.visible());
            words.removeAll(titleWords);
            words.removeAll(deckTitle);
            allTitleWords &= words.isEmpty();
        }
        return allTitleWords;
    }

    private static boolean holdsOnlyHeadingsAndPictures(Slide slide) {
        return slide.visibleBlocks().stream().allMatch(b -> b instanceof Heading || isPicture(b));
    }

    /** The slide's leading run of headings, after any pictures; none when something else comes first. */
    private static Optional<TitleSlide> titleSlide(Deck deck, Slide slide) {
        Heading first = null;
        for (Node block : slide.visibleBlocks()) {
            if (block instanceof Heading heading) {
                first = heading;
                break;
            }
            if (!isPicture(block)) {
                return Optional.empty();
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        int notes = slide.visibleRange().end() - slide.range().start();
        List<TitleLine> lines = new ArrayList<>();
        for (Node node = first; node instanceof Heading heading && node.getStartOffset() < notes; node = node.getNext()) {
            lines.add(line(deck, slide, heading));
        }
        TextRange run = new TextRange(lines.get(0).lines().start(), lines.get(lines.size() - 1).lines().end());
        return Optional.of(new TitleSlide(slide, List.copyOf(lines), run));
    }

    private static TitleLine line(Deck deck, Slide slide, Heading heading) {
        SourceText source = deck.source();
        TextRange range = slide.rangeOf(heading);
        int firstLine = source.lineOf(range.start());
        int lastLine = source.lineOf(Math.max(range.start(), range.end() - 1));
        // the first line of a deck may start with a byte-order mark, which is not part of the slide
        TextRange lines = new TextRange(Math.max(source.lineStart(firstLine), slide.range().start()),
                source.lineEnd(lastLine));
        String visible = HeadingText.visible(heading);
        Optional<TextRange> date = CallDates.find(visible);
        if (date.isEmpty()) {
            date = CallDates.placeholders(visible).stream().findFirst();
        }
        int textStart = slide.deckOffset(heading.getText().getStartOffset());
        int textEnd = slide.deckOffset(heading.getText().getEndOffset());
        return new TitleLine(lines, visible, date, unwrapped(deck.text().substring(textStart, textEnd).strip()));
    }

    /** The Markdown inside one {@code <font>} or {@code <span>} that wraps all of it. */
    static String unwrapped(String markdown) {
        Matcher wrapper = WRAPPER.matcher(markdown);
        if (wrapper.matches() && balanced(wrapper.group(2), wrapper.group(1).toLowerCase(Locale.ROOT))) {
            return wrapper.group(2);
        }
        return markdown;
    }

    /** True when every tag opened in the text is closed in it, so that the tags around it are a pair. */
    private static boolean balanced(String inside, String tag) {
        Matcher tags = Pattern.compile("<(/?)" + tag + "\\b[^>]*>", Pattern.CASE_INSENSITIVE).matcher(inside);
        int depth = 0;
        while (tags.find()) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** A paragraph of pictures only (SCS title slides carry a photo or a logo). */
    static boolean isPicture(Node block) {
        if (!(block instanceof Paragraph)) {
            return false;
        }
        boolean picture = false;
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image || child instanceof ImageRef
                    || (child instanceof Link link && link.getFirstChild() instanceof Image && link.getFirstChild() == link.getLastChild())) {
                picture = true;
            } else if (!(child instanceof SoftLineBreak || child instanceof HardLineBreak
                    || (child instanceof Text text && text.getChars().isBlank()))) {
                return false;
            }
        }
        return picture;
    }
}
