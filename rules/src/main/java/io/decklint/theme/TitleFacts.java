package io.decklint.theme;

import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.AttributeComment;
import io.decklint.deck.AttributeComments;
import io.decklint.deck.CommentAttribute;
import io.decklint.rules.CallDates;
import io.decklint.text.TextRange;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a deck's title slides say, found on them and never made up: the date of the talk (on a title line, or
 * else anywhere on the title slides), the first two title lines that are not the date line (title and
 * subtitle), and the background picture.
 *
 * @param sources the title line each fact was taken from, where it was taken from one
 * @param placeholderDate true when the date is a template's placeholder (202X-XX-XX) the deck still shows
 */
record TitleFacts(Map<Fact, String> values, Map<Fact, TitleLine> sources, boolean placeholderDate) {
    TitleFacts {
        values = Map.copyOf(values);
        sources = Map.copyOf(sources);
    }

    static TitleFacts of(String text, List<TitleSlide> slides) {
        Map<Fact, String> values = new EnumMap<>(Fact.class);
        Map<Fact, TitleLine> sources = new EnumMap<>(Fact.class);
        TitleLine placeholder = null;
        for (TitleSlide slide : slides) {
            for (TitleLine line : slide.lines()) {
                Optional<TextRange> date = CallDates.find(line.visible());
                if (date.isPresent()) {
                    if (!values.containsKey(Fact.DATE)) {
                        values.put(Fact.DATE, date.get().of(line.visible()));
                        sources.put(Fact.DATE, line);
                    }
                } else if (line.date().isPresent()) {
                    placeholder = placeholder == null ? line : placeholder;
                } else if (line.date().isEmpty() && !Words.of(line.visible()).isEmpty()) {
                    Fact fact = !values.containsKey(Fact.TITLE) ? Fact.TITLE
                            : !values.containsKey(Fact.SUBTITLE) ? Fact.SUBTITLE : null;
                    if (fact != null) {
                        values.put(fact, line.inner());
                        sources.put(fact, line);
                    }
                }
            }
        }
        if (!values.containsKey(Fact.DATE)) {
            dateBesideTheTitle(text, slides).ifPresent(date -> values.put(Fact.DATE, date));
        }
        boolean placeholderDate = !values.containsKey(Fact.DATE) && placeholder != null;
        if (placeholderDate) {
            values.put(Fact.DATE, placeholder.date().orElseThrow().of(placeholder.visible()));
            sources.put(Fact.DATE, placeholder);
        }
        background(slides).ifPresent(picture -> values.put(Fact.BACKGROUND, picture));
        return new TitleFacts(values, sources, placeholderDate);
    }

    /** A date elsewhere on the title slides, such as in a line of text under the headings. */
    private static Optional<String> dateBesideTheTitle(String text, List<TitleSlide> slides) {
        for (TitleSlide slide : slides) {
            for (Node block : slide.slide().visibleBlocks()) {
                String blockText = slide.slide().rangeOf(block).of(text);
                Optional<TextRange> date = CallDates.find(blockText);
                if (date.isPresent()) {
                    return Optional.of(date.get().of(blockText));
                }
            }
        }
        return Optional.empty();
    }

    /** The first background picture a title slide's {@code .slide} comment sets. */
    private static Optional<String> background(List<TitleSlide> slides) {
        for (TitleSlide slide : slides) {
            for (AttributeComment comment : AttributeComments.of(slide.slide())) {
                if (comment.target() != AttributeComment.Target.SLIDE) {
                    continue;
                }
                for (CommentAttribute attribute : comment.applied()) {
                    if (TitleSlideEdits.BACKGROUND.contains(attribute.appliedName())) {
                        return Optional.of(attribute.value());
                    }
                }
            }
        }
        return Optional.empty();
    }

    Optional<String> get(Fact fact) {
        return Optional.ofNullable(values.get(fact));
    }
}
