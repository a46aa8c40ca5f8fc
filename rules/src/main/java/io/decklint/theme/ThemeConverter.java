package io.decklint.theme;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.deck.StyleBlock;
import io.decklint.lint.Severity;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Converts a deck to a theme: rewrites what the theme owns (its {@code slideOptions} keys, its declarations in
 * the deck's first {@code <style>} block, the title slides and their background) and nothing else. The result
 * is a list of edits to the original text, so the command line, its {@code --diff} and an editor's workspace
 * edit all apply the same change, and every byte outside the edits stays as it was.
 */
public final class ThemeConverter {
    /**
     * Blank lines, then a front matter fence: a deck whose front matter HedgeDoc does not see. The blank lines
     * are any blanks ending in a line break, said without a group repeated per line (which recursed per line).
     */
    private static final Pattern MISPLACED_FRONT_MATTER = Pattern.compile("\uFEFF?[ \t\r\n]*[\r\n]---[ \t]*(?:\r\n?|\n)");

    private final List<Theme> known;

    /** @param known the themes a deck may have now (built in, and any the user names) */
    public ThemeConverter(List<Theme> known) {
        this.known = List.copyOf(known);
    }

    public static ThemeConverter withBuiltInThemes() {
        return new ThemeConverter(Themes.builtIn().all());
    }

    public Conversion convert(Deck deck, Theme theme) {
        List<ThemeLikeness> likeness = compared(deck, theme);
        Optional<ThemeLikeness> best = likeness.isEmpty() ? Optional.empty() : Optional.of(likeness.get(0));
        Theme current = recognised(likeness).map(ThemeLikeness::theme).orElse(null);
        ConversionBuilder out = new ConversionBuilder();
        if (deck.frontMatter().isEmpty() && MISPLACED_FRONT_MATTER.matcher(deck.text()).lookingAt()) {
            out.note(Severity.WARNING, TextRange.at(0), "The front matter does not start on the deck's first line, so "
                    + "HedgeDoc reads none and shows it as text: move it to the top, then convert again. Nothing was "
                    + "changed.");
            return new Conversion(theme, best, List.of(), out.notes());
        }
        SlideOptionsEdits.convert(deck, theme, current, out);
        theme.styleSheet().ifPresent(css -> convertStyle(deck, css, current, out));
        List<TitleSlide> titleSlides = TitleSlides.find(deck, titleWords(theme));
        TitleSlideEdits.convert(deck, theme, titleSlides, TitleFacts.of(deck.text(), titleSlides), out);
        return new Conversion(theme, best, out.edits(), out.notes());
    }

    /** How much of each known theme the deck has, most first. */
    public List<ThemeLikeness> likeness(Deck deck) {
        return compared(deck, null);
    }

    /** The theme the deck has, when it has one clearly: the most like it, and like no other as much. */
    public Optional<ThemeLikeness> current(Deck deck) {
        return recognised(likeness(deck));
    }

    private static Optional<ThemeLikeness> recognised(List<ThemeLikeness> all) {
        if (all.isEmpty() || !all.get(0).recognised() || (all.size() > 1 && all.get(1).compareTo(all.get(0)) == 0)) {
            return Optional.empty();
        }
        return Optional.of(all.get(0));
    }

    private List<ThemeLikeness> compared(Deck deck, Theme extra) {
        List<Theme> themes = new ArrayList<>(known);
        if (extra != null && themes.stream().noneMatch(t -> t.name().equals(extra.name()))) {
            themes.add(extra);
        }
        List<ThemeLikeness> likeness = new ArrayList<>();
        for (Theme theme : themes) {
            likeness.add(likenessOf(deck, theme));
        }
        likeness.sort(Comparator.reverseOrder());
        return likeness;
    }

    private ThemeLikeness likenessOf(Deck deck, Theme theme) {
        int same = 0;
        int total = 0;
        Map<String, String> options = SlideOptionsEdits.values(deck);
        for (Map.Entry<String, OptionValue> option : theme.slideOptions().entrySet()) {
            total++;
            same += option.getValue().value().equals(options.get(option.getKey())) ? 1 : 0;
        }
        for (String removed : theme.removeSlideOptions()) {
            total++;
            same += options.containsKey(removed) ? 0 : 1;
        }
        if (theme.style() != null) {
            String css = themeStyleBlock(deck).map(block -> block.css().of(deck.text())).orElse("");
            StyleSheets.Likeness style = Themes.styleSheets().likeness(css, theme.style());
            same += style.same();
            total += style.total();
        }
        if (!theme.titleSlides().isEmpty()) {
            List<TitleSlide> slides = TitleSlides.find(deck, titleWords(theme));
            Map<Fact, String> filled = TitleSlideEdits.filled(TitleFacts.of(deck.text(), slides), theme);
            total++;
            same += slides.size() == theme.titleSlides().size() ? 1 : 0;
            for (int i = 0; i < theme.titleSlides().size(); i++) {
                List<String> lines = theme.titleSlides().get(i).headings();
                List<TitleLine> found = i < slides.size() ? slides.get(i).lines() : List.of();
                for (int j = 0; j < lines.size(); j++) {
                    total++;
                    same += j < found.size() && found.get(j).lines().of(deck.text())
                            .equals(TitleSlideEdits.render(lines.get(j), filled)) ? 1 : 0;
                }
            }
        }
        return new ThemeLikeness(theme, same, total);
    }

    /** The words of every known theme's title and of the target's, which a title slide of its own may hold. */
    private Set<String> titleWords(Theme target) {
        Set<String> words = new HashSet<>();
        List<Theme> themes = new ArrayList<>(known);
        themes.add(target);
        for (Theme theme : themes) {
            for (String line : theme.titleLines()) {
                words.addAll(Words.of(TitleSlideTemplate.PLACEHOLDER.matcher(line).replaceAll(" ")));
            }
            theme.replaces().forEach(line -> words.addAll(Words.of(line)));
        }
        return words;
    }

    /** The deck's look: a style block at the top of the first slide, before anything the audience sees. */
    static Optional<StyleBlock> themeStyleBlock(Deck deck) {
        Slide first = deck.slides().get(0);
        int content = first.visibleBlocks().stream().findFirst().map(b -> first.rangeOf(b).start())
                .orElse(first.range().end());
        return first.styleBlocks().stream().findFirst().filter(block -> block.range().start() < content);
    }

    private static void convertStyle(Deck deck, String themeCss, Theme current, ConversionBuilder out) {
        String lineEnding = deck.source().lineEnding();
        Optional<StyleBlock> found = themeStyleBlock(deck);
        if (found.isEmpty() && deck.frontMatter().filter(fm -> !fm.isClosed()).isPresent()) {
            out.note(Severity.WARNING, deck.frontMatter().get().range(), "The front matter is never closed with ---, "
                    + "so HedgeDoc shows it as text: the theme's style was not added.");
            return;
        }
        if (found.isEmpty()) {
            String css = themeCss.replace("\n", lineEnding);
            String block = "<style>" + lineEnding + css + (css.endsWith(lineEnding) ? "" : lineEnding) + "</style>";
            boolean afterFrontMatter = deck.frontMatter().isPresent();
            out.edit(TextEdit.insert(deck.bodyStart(), afterFrontMatter ? lineEnding + lineEnding + block
                    : block + lineEnding + lineEnding));
            return;
        }
        StyleBlock block = found.get();
        if (!block.terminated()) {
            out.note(Severity.WARNING, new TextRange(block.range().start(), block.css().start()), "This <style> is "
                    + "never closed with </style>, so the theme's style was not written into it.");
            return;
        }
        StyleSheets.Edits edits = Themes.styleSheets().convert(block.css().of(deck.text()), themeCss,
                current == null ? null : current.style(), lineEnding);
        edits.edits().forEach(edit -> out.edit(edit.shift(block.css().start())));
        edits.unplaced().forEach(message -> out.note(Severity.WARNING, block.range(), message));
    }
}
