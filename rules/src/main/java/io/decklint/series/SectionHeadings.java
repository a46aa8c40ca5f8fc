package io.decklint.series;

import com.vladsch.flexmark.ast.Heading;
import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.rules.CallDates;
import io.decklint.rules.HeadingText;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headings that open a deck's slides, as names of sections: "Team IaaS (2/2)", "Team IAM & Security - IAM"
 * and "Events: meet us" name the sections "Team IaaS", "Team IAM & Security" and "Events". The title slide
 * and any heading with a date in it or that repeats the deck's title (the call's own "SCS Community Call
 * 2024-06-27") open no section.
 */
public final class SectionHeadings {
    /** Where a heading's own part ends and a sub-title, a page count or a remark starts. */
    private static final Pattern SUBTITLE = Pattern.compile("\\s+[-–—|]\\s|:\\s|\\s\\(|:$");

    /**
     * A slide's opening heading as a section name.
     *
     * @param name the section's part of the heading, as the audience reads it
     * @param comparable the name as headings are compared ({@link HeadingText#comparable})
     * @param range where the heading stands in the deck
     * @param slide the slide's place in the deck's list of slides
     */
    public record Opening(String name, String comparable, TextRange range, int slide) {}

    private SectionHeadings() {}

    /** The deck's section openings, in slide order. */
    public static List<Opening> of(Deck deck) {
        List<Opening> openings = new ArrayList<>();
        Optional<String> title = SeriesKey.title(deck).flatMap(SeriesKey::titleKey);
        List<Slide> slides = deck.slides();
        for (int i = 1; i < slides.size(); i++) {
            Slide slide = slides.get(i);
            Optional<Heading> heading = HeadingText.firstHeading(slide);
            if (heading.isEmpty()) {
                continue;
            }
            String visible = HeadingText.visible(heading.get());
            if (CallDates.find(visible).isPresent() || !CallDates.placeholders(visible).isEmpty()
                    || title.isPresent() && title.equals(SeriesKey.titleKey(visible))) {
                continue;
            }
            String name = sectionPart(visible);
            String comparable = HeadingText.comparable(name);
            if (!comparable.isEmpty()) {
                openings.add(new Opening(name, comparable, slide.rangeOf(heading.get()), i));
            }
        }
        return openings;
    }

    /** Each section name the deck opens a slide with once, the first spelling of each, in slide order. */
    static Map<String, Opening> distinct(Deck deck) {
        Map<String, Opening> byName = new LinkedHashMap<>();
        for (Opening opening : of(deck)) {
            byName.putIfAbsent(opening.comparable(), opening);
        }
        return byName;
    }

    static String sectionPart(String visible) {
        String text = visible.strip();
        var cut = SUBTITLE.matcher(text);
        if (cut.find() && cut.start() > 0) {
            text = text.substring(0, cut.start());
        }
        return text.replaceAll("[\\s.…:!?*_]+$", "").strip();
    }
}
