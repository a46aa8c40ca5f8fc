package io.decklint.theme;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.AttributeComment;
import io.decklint.deck.AttributeComments;
import io.decklint.deck.CommentAttribute;
import io.decklint.deck.Deck;
import io.decklint.deck.MarkdownParser;
import io.decklint.deck.Slide;
import io.decklint.lint.Severity;
import io.decklint.rules.CallDates;
import io.decklint.rules.HeadingText;
import io.decklint.text.SourceText;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Re-builds a deck's title slides from a theme's templates, filled in with the facts the old title slides
 * show. The old heading lines give way to the template's; a line whose words the new title does not say is
 * kept under it and reported. {@code .slide} attributes the template sets are set, the old title background
 * goes when the theme's title has none (reported), other attributes stay. An old title slide the theme does
 * not need is taken out when nothing else is on it; a template slide the deck lacks is added after the old
 * ones. Nothing outside the heading lines and those attributes is touched.
 */
final class TitleSlideEdits {
    /** The attributes that hold a title slide's background picture. */
    static final Set<String> BACKGROUND = Set.of("data-background", "data-background-image");

    private final Deck deck;
    private final SourceText source;
    private final String lineEnding;
    private final Theme theme;
    private final TitleFacts facts;
    private final Map<Fact, String> filled;
    private final Set<String> titleWords = new HashSet<>();
    private final ConversionBuilder out;

    private TitleSlideEdits(Deck deck, Theme theme, TitleFacts facts, ConversionBuilder out) {
        this.deck = deck;
        this.source = deck.source();
        this.lineEnding = source.lineEnding();
        this.theme = theme;
        this.facts = facts;
        this.out = out;
        this.filled = filled(facts, theme);
        for (String line : theme.titleLines()) {
            titleWords.addAll(Words.of(visible(render(line, filled))));
        }
        theme.replaces().forEach(line -> titleWords.addAll(Words.of(line)));
    }

    static void convert(Deck deck, Theme theme, List<TitleSlide> old, TitleFacts facts, ConversionBuilder out) {
        if (theme.titleSlides().isEmpty()) {
            return;
        }
        if (old.isEmpty()) {
            out.note(Severity.WARNING, TextRange.at(deck.bodyStart()), "The deck has no title slide (its first slide "
                    + "does not start with a heading), so the theme's title slide was not added.");
            return;
        }
        new TitleSlideEdits(deck, theme, facts, out).convert(old);
    }

    /** The facts a theme's title needs, each filled in from the deck, the theme's default or a placeholder. */
    static Map<Fact, String> filled(TitleFacts facts, Theme theme) {
        Map<Fact, String> filled = new EnumMap<>(Fact.class);
        for (Fact fact : Fact.values()) {
            facts.get(fact).or(() -> Optional.ofNullable(theme.defaults().get(fact))).or(fact::placeholder)
                    .ifPresent(v -> filled.put(fact, v));
        }
        return filled;
    }

    private void convert(List<TitleSlide> old) {
        noteMissingFacts(old.get(0).run());
        List<TitleSlideTemplate> templates = theme.titleSlides();
        for (int i = 0; i < old.size(); i++) {
            TitleSlide slide = old.get(i);
            TitleSlideTemplate template = i < templates.size() ? templates.get(i) : null;
            List<String> lines = new ArrayList<>();
            if (template != null) {
                template.headings().forEach(line -> lines.add(render(line, filled)));
            }
            lines.addAll(keptLines(slide));
            List<TextEdit> edits = new ArrayList<>(attributeEdits(slide, template));
            if (lines.isEmpty()) {
                edits.add(TextEdit.delete(new TextRange(slide.run().start(),
                        source.nextLineStart(source.lineOf(slide.run().end())))));
                if (i > 0 && leavesNothing(slide.slide(), edits)) {
                    edits = List.of(TextEdit.delete(new TextRange(slide.slide().separatorBefore().orElseThrow().start(),
                            slide.slide().range().end())));
                } else {
                    out.note(Severity.INFO, slide.run(), "The theme's title is on fewer slides: this slide's title "
                            + "lines went into it, and the rest of the slide stays.");
                }
            } else {
                String text = String.join(lineEnding, lines);
                if (!text.equals(slide.run().of(deck.text()))) {
                    edits.add(TextEdit.replace(slide.run(), text));
                }
            }
            edits.forEach(out::edit);
        }
        if (templates.size() > old.size()) {
            addSlides(old.get(old.size() - 1).slide(), templates.subList(old.size(), templates.size()));
        }
    }

    /** Old heading lines whose words the new title does not say: kept, under the new lines, and reported. */
    private List<String> keptLines(TitleSlide slide) {
        Set<Fact> used = theme.facts();
        List<String> kept = new ArrayList<>();
        for (TitleLine line : slide.lines()) {
            if (placed(line, used)) {
                continue;
            }
            kept.add(line.lines().of(deck.text()));
            out.note(Severity.WARNING, line.lines(), "Kept the old title line \"" + line.visible() + "\" under the "
                    + "new title: the theme " + theme.name() + " has no place for it. Delete it if the new title "
                    + "says it already.");
        }
        return kept;
    }

    private boolean placed(TitleLine line, Set<Fact> used) {
        for (Fact fact : List.of(Fact.TITLE, Fact.SUBTITLE)) {
            if (line.equals(facts.sources().get(fact)) && used.contains(fact)) {
                return true;
            }
        }
        if (CallDates.find(line.visible()).isPresent() && !used.contains(Fact.DATE)) {
            return false;
        }
        return titleWords.containsAll(Words.of(line.wordsBesideDate()));
    }

    private void noteMissingFacts(TextRange at) {
        if (facts.placeholderDate() && theme.facts().contains(Fact.DATE)) {
            out.note(Severity.WARNING, at, "The old title slide shows the placeholder date "
                    + facts.get(Fact.DATE).orElseThrow() + " and so does the new one: put in the date of the talk.");
        }
        for (Fact fact : theme.facts()) {
            if (facts.get(fact).isPresent()) {
                continue;
            }
            String theDeck = "The old title slides show no " + fact.key();
            if (theme.defaults().containsKey(fact)) {
                out.note(Severity.INFO, at, theDeck + ", so the new title slide shows the theme's " + fact.key() + ": "
                        + theme.defaults().get(fact));
            } else if (fact == Fact.BACKGROUND) {
                out.note(Severity.WARNING, at, theDeck + " picture, so the new title slide has no background: set "
                        + "data-background in its .slide comment.");
            } else {
                out.note(Severity.WARNING, at, theDeck + ", so the new title slide shows " + filled.get(fact)
                        + " in its place: put in the " + (fact == Fact.DATE ? "date of the talk." : fact.key() + "."));
            }
        }
    }

    /**
     * Sets the template's attributes in the slide's {@code .slide} comments, takes out the old title
     * background where the template has none, and leaves every other attribute as it is.
     */
    private List<TextEdit> attributeEdits(TitleSlide slide, TitleSlideTemplate template) {
        Map<String, String> wanted = wantedAttributes(template);
        List<TextEdit> edits = new ArrayList<>();
        Set<String> done = new HashSet<>();
        AttributeComment first = null;
        for (AttributeComment comment : AttributeComments.of(slide.slide())) {
            if (comment.target() != AttributeComment.Target.SLIDE) {
                continue;
            }
            if (comment.comment().range().overlaps(slide.run())) {
                out.note(Severity.WARNING, comment.comment().range(), "This .slide comment stands in a title line, "
                        + "where the theme's title goes: set its attributes again after converting if they matter.");
                continue;
            }
            first = first == null ? comment : first;
            List<CommentAttribute> dropped = new ArrayList<>();
            for (CommentAttribute attribute : comment.applied()) {
                String name = attribute.appliedName();
                if (wanted.containsKey(name) && done.add(name)) {
                    if (!attribute.value().equals(wanted.get(name))) {
                        edits.add(TextEdit.replace(attribute.valueRange(), wanted.get(name)));
                    }
                } else if (BACKGROUND.contains(name)) {
                    dropped.add(attribute);
                    if (!theme.facts().contains(Fact.BACKGROUND)) {
                        out.note(Severity.INFO, attribute.range(), "Removed the title slide's background picture ("
                                + name + "=\"" + attribute.value() + "\"): the theme " + theme.name()
                                + "'s title has none.");
                    }
                }
            }
            edits.addAll(drop(comment, dropped));
        }
        Map<String, String> missing = new LinkedHashMap<>(wanted);
        missing.keySet().removeAll(done);
        if (!missing.isEmpty()) {
            StringBuilder attributes = new StringBuilder();
            missing.forEach((name, value) -> attributes.append(' ').append(name).append("=\"").append(value).append('"'));
            if (first != null && first.comment().terminated()) {
                List<CommentAttribute> matched = first.matched();
                int at = matched.isEmpty() ? first.marker().end() : matched.get(matched.size() - 1).range().end();
                edits.add(TextEdit.insert(at, attributes.toString()));
            } else {
                edits.add(TextEdit.insert(slide.run().start(), "<!-- .slide:" + attributes + " -->" + lineEnding));
            }
        }
        return edits;
    }

    /** The template's attributes with their facts filled in; one whose fact the deck lacks is left out. */
    private Map<String, String> wantedAttributes(TitleSlideTemplate template) {
        Map<String, String> wanted = new LinkedHashMap<>();
        if (template == null) {
            return wanted;
        }
        template.attributes().forEach((name, value) -> {
            boolean known = TitleSlideTemplate.factsIn(value).stream().allMatch(filled::containsKey);
            if (known) {
                wanted.put(name, render(value, filled));
            }
        });
        return wanted;
    }

    /** Deletes attributes from a comment, or the whole comment (and its line) when nothing else is left in it. */
    private List<TextEdit> drop(AttributeComment comment, List<CommentAttribute> dropped) {
        if (dropped.isEmpty()) {
            return List.of();
        }
        String body = comment.comment().body(deck.text());
        int bodyStart = comment.comment().body().start();
        StringBuilder rest = new StringBuilder(body);
        for (int i = dropped.size() - 1; i >= 0; i--) {
            TextRange range = dropped.get(i).range().shift(-bodyStart);
            rest.replace(range.start(), range.end(), "");
        }
        String left = rest.toString().replace(".slide:", "").strip();
        if (left.isEmpty() && comment.comment().terminated()) {
            return List.of(TextEdit.delete(wholeLine(comment.comment().range())));
        }
        List<TextEdit> edits = new ArrayList<>();
        for (CommentAttribute attribute : dropped) {
            int start = attribute.range().start();
            while (start > bodyStart && deck.text().charAt(start - 1) == ' ') {
                start--;
            }
            edits.add(TextEdit.delete(new TextRange(start, attribute.range().end())));
        }
        return edits;
    }

    /** The range with its whole line when nothing else is on the line. */
    private TextRange wholeLine(TextRange range) {
        int line = source.lineOf(range.start());
        int lastLine = source.lineOf(range.end());
        int start = source.lineStart(line);
        if (deck.text().substring(start, range.start()).isBlank()
                && deck.text().substring(range.end(), source.lineEnd(lastLine)).isBlank()) {
            return new TextRange(start, source.nextLineStart(lastLine));
        }
        return range;
    }

    /** True when the edits would leave nothing but blank lines on the slide. */
    private boolean leavesNothing(Slide slide, List<TextEdit> edits) {
        StringBuilder rest = new StringBuilder(slide.text());
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
        for (TextEdit edit : sorted) {
            int start = edit.offset() - slide.range().start();
            rest.replace(start, start + edit.length(), edit.replacement());
        }
        return rest.toString().isBlank();
    }

    /** Adds the template's further title slides after the deck's last title slide. */
    private void addSlides(Slide after, List<TitleSlideTemplate> templates) {
        int at = after.range().end();
        StringBuilder text = new StringBuilder();
        if (at > 0 && !SourceText.isLineBreak(deck.text().charAt(at - 1))) {
            text.append(lineEnding);
        }
        for (TitleSlideTemplate template : templates) {
            text.append(lineEnding).append("---").append(lineEnding).append(lineEnding);
            Map<String, String> attributes = wantedAttributes(template);
            if (!attributes.isEmpty()) {
                text.append("<!-- .slide:");
                attributes.forEach((name, value) -> text.append(' ').append(name).append("=\"").append(value).append('"'));
                text.append(" -->").append(lineEnding);
            }
            template.headings().forEach(line -> text.append(render(line, filled)).append(lineEnding));
        }
        out.edit(TextEdit.insert(at, text.toString()));
    }

    /** A template line or attribute with its placeholders filled in. */
    static String render(String template, Map<Fact, String> filled) {
        Matcher placeholder = TitleSlideTemplate.PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String value = Fact.byKey(placeholder.group(1)).map(filled::get).orElse(placeholder.group());
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(text).toString();
    }

    /** What the audience reads in a heading line. */
    private static String visible(String headingLine) {
        Node first = MarkdownParser.parse(headingLine).getFirstChild();
        return first instanceof Heading heading ? HeadingText.visible(heading) : headingLine;
    }
}
