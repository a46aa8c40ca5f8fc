package io.decklint.series;

import io.decklint.theme.YamlScalars;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes what was learnt of a series as a {@code .decklint.yml}: plain settings the configuration reader takes
 * as they are, each under a comment that says what in the decks it was learnt from.
 */
public final class SeriesConfig {
    /** Any line break Java knows, among them U+0085, U+2028 and U+2029 that YAML reads as breaks too. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final LearntSeries learnt;
    private final StringBuilder out = new StringBuilder();

    private SeriesConfig(LearntSeries learnt) {
        this.learnt = learnt;
    }

    public static String write(LearntSeries learnt) {
        return new SeriesConfig(learnt).text();
    }

    private String text() {
        Series series = learnt.series();
        List<SeriesDeck> weeks = series.dated().isEmpty() ? series.decks() : series.dated();
        int n = weeks.size();
        line("# decklint's configuration, learnt by `decklint init` from the " + n + " decks " + series.name());
        line("# (" + weeks.get(0).describe() + " to " + weeks.get(n - 1).describe() + ")" 
                + (series.decks().size() == n ? "." : ","));
        templates(series);
        line("# Each setting says what in the decks it was learnt from: change what does not fit. Run `decklint lint`");
        line("# to see what it finds; docs/series.md explains each part.");
        line("rules:");
        sections(n);
        titleDate();
        theme();
        words();
        others();
        return out.toString();
    }

    private void templates(Series series) {
        List<String> templates = series.decks().stream().filter(SeriesDeck::template).map(SeriesDeck::file).toList();
        if (!templates.isEmpty() && templates.size() < series.decks().size()) {
            line("# leaving out " + (templates.size() > 1 ? "its templates " : "its template ")
                    + String.join(" and ", templates) + ".");
        }
    }

    private void sections(int n) {
        SeriesSections sections = learnt.sections();
        if (sections.sections().isEmpty()) {
            line("  # No heading opens a slide in " + percent(SeriesSections.SECTION) + " of the decks or more: no "
                    + "sections to require.");
            return;
        }
        line("  required-sections:");
        if (sections.ordered()) {
            line("    # " + sections.inOrder() + " of the " + sections.withTwoOrMore() + " decks with two sections "
                    + "or more show them in the order below, so the order is checked.");
            line("    ordered: true");
        } else {
            line("    # Checked in any order: only " + sections.inOrder() + " of the " + sections.withTwoOrMore()
                    + " decks with two sections or more show them in one order.");
            line("    ordered: false");
        }
        line("    # A section is a heading that opens a slide in " + percent(SeriesSections.SECTION) + " of the decks "
                + "or more; in " + percent(SeriesSections.REQUIRED) + " or more it is required.");
        line("    sections:");
        for (LearntSection section : sections.sections()) {
            line("      # " + (section.required() ? "" : "optional: ") + "in " + section.decks() + " of " + n
                    + " decks" + (section.spellings().size() > 1 ? ", spelt" : ""));
            if (section.spellings().size() > 1) {
                for (LearntSection.Spelling spelling : section.spellings()) {
                    line("      #   \"" + spelling.text() + "\" in " + spelling.decks() + when(spelling));
                }
            }
            if (section.aliases().isEmpty() && section.required()) {
                line("      - " + quoted(section.name()));
                continue;
            }
            line("      - name: " + quoted(section.name()));
            if (!section.aliases().isEmpty()) {
                line("        aliases: [" + section.aliases().stream().map(SeriesConfig::quoted)
                        .collect(Collectors.joining(", ")) + "]");
            }
            if (!section.required()) {
                line("        optional: true");
            }
        }
    }

    private static String when(LearntSection.Spelling spelling) {
        if (spelling.first().isEmpty()) {
            return "";
        }
        return spelling.first().equals(spelling.last()) ? " (" + spelling.first().get() + ")"
                : " (" + spelling.first().get() + " to " + spelling.last().get() + ")";
    }

    private void titleDate() {
        LearntSeries.TitleDates dates = learnt.dates();
        int slides = dates.requiredOn();
        String shown = dates.onOpeningSlides() + " of " + dates.decks() + " decks show their date on the title slide"
                + (slides == 1 ? "" : " or the slide after it");
        if (slides == 0) {
            line("  # " + (dates.onOpeningSlides() == 0 ? "No deck shows its date on the title slides" : "Only " + shown)
                    + ": a missing date");
            line("  # is not reported (a placeholder such as 202X-XX-XX is).");
            return;
        }
        line("  title-date:");
        line("    # " + (slides == 1 ? dates.onTitleSlide() + " of " + dates.decks()
                + " decks show their date on the title slide" : shown) + ": a deck without one is reported.");
        line("    slides: " + slides);
        line("    required: true");
    }

    private void theme() {
        if (learnt.theme().isEmpty()) {
            line("# The newest decks have none of the built-in themes (`decklint themes` lists them).");
            return;
        }
        LearntSeries.NewestTheme theme = learnt.theme().get();
        line("# The newest decks have the built-in theme " + theme.name() + " (" + theme.decks() + " of the "
                + theme.asked() + " newest; the newest is " + theme.percent() + "% alike):");
        line("# `decklint convert --theme " + theme.name() + " DECK` moves an older deck to it.");
    }

    private void words() {
        List<SeriesWords.Learnt> words = learnt.words();
        if (words.isEmpty()) {
            return;
        }
        line("# Words of the decks the speller does not know, each used in 2 decks or more on 2 different lines or");
        line("# more: names of people, places and tools. Delete any that is a typo.");
        line("words:");
        for (SeriesWords.Learnt word : words) {
            line("  - " + quoted(word.word()) + "  # in " + word.decks() + " decks, on " + word.lines() + " lines");
        }
    }

    private void others() {
        if (learnt.others().isEmpty()) {
            return;
        }
        line("overrides:");
        line("  # Decks of this folder that are not of the series: its sections and dates are not theirs.");
        line("  - files: [" + learnt.others().stream().map(d -> quoted(d.file())).collect(Collectors.joining(", "))
                + "]");
        line("    rules:");
        line("      required-sections: off");
        line("      title-date: off");
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String quoted(String value) {
        return YamlScalars.singleQuoted(value);
    }

    /**
     * Every line goes through here: a line break in what the decks say (a title written over two lines, or
     * U+0085, U+2028, U+2029, which YAML also reads as breaks) would end a comment and start a setting.
     */
    private void line(String text) {
        out.append(LINE_BREAK.matcher(text).replaceAll(" ")).append('\n');
    }
}
