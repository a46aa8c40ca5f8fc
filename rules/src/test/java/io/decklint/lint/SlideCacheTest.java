package io.decklint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.RealDecks;
import io.decklint.deck.Deck;
import io.decklint.deck.DeckParser;
import io.decklint.deck.Slide;
import io.decklint.rules.BuiltInRules;
import io.decklint.text.TextEdit;
import io.decklint.text.TextEdits;
import io.decklint.text.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlideCacheTest {
    private static final String DECK = """
            ---
            type: slide
            ---

            # Welcome

            ---

            ## Agenda

            ---

            ## Team IaaS
            Done
            ---
            More

            ---

            ## Team Ops

            """;

    /** Counts which slides it was asked to check, and reports one finding at each slide's first character. */
    private static final class CountingRule implements SlideRule {
        final List<String> checked = new ArrayList<>();

        @Override
        public RuleMeta meta() {
            return new RuleMeta("counting", Severity.INFO, false, "counts");
        }

        @Override
        public void checkSlide(Slide slide, RuleContext context) {
            checked.add(slide.index().toString());
            int start = slide.range().start();
            context.report(new TextRange(start, start + 1), "slide " + slide.index(),
                    Fix.safe("mark", TextEdit.insert(start, "x")));
        }
    }

    @Test
    void anUnchangedSlideIsNeitherParsedNorCheckedAgain() {
        CountingRule rule = new CountingRule();
        Linter linter = new Linter(List.of(rule));
        DeckParser parser = new DeckParser(DeckParser.EDITOR_CACHE_SIZE);
        SlideCache cache = new SlideCache();

        Deck before = parser.parse(DECK);
        linter.lint(before, LintSettings.DEFAULTS, LintEnvironment.NONE, cache);
        assertThat(rule.checked).containsExactly("1", "2", "3", "4");

        rule.checked.clear();
        String edited = DECK.replace("## Agenda", "## Agenda for today");
        Deck after = parser.parse(edited);
        List<Diagnostic> findings = linter.lint(after, LintSettings.DEFAULTS, LintEnvironment.NONE, cache);

        assertThat(rule.checked).as("only the edited slide is checked again").containsExactly("2");
        for (int i = 0; i < after.slides().size(); i++) {
            boolean same = after.slides().get(i).ast() == before.slides().get(i).ast();
            assertThat(same).as("slide %s kept its parse", i).isEqualTo(i != 1);
        }
        assertThat(findings).as("findings moved with their slides")
                .isEqualTo(new Linter(List.of(new CountingRule())).lint(Deck.parse(edited), LintSettings.DEFAULTS,
                        LintEnvironment.NONE));
    }

    @Test
    void aSlideWhoseNumberChangesIsCheckedAgain() {
        Linter linter = new Linter(List.of(new CountingRule()));
        DeckParser parser = new DeckParser(DeckParser.EDITOR_CACHE_SIZE);
        SlideCache cache = new SlideCache();
        String deck = "# A\n\n---\n\n# B\n\n---\n\n# C\n";
        linter.lint(parser.parse(deck), LintSettings.DEFAULTS, LintEnvironment.NONE, cache);

        String stacked = deck.replace("# B\n", "# B\n\n----\n\n# Below B\n");
        List<Diagnostic> findings = linter.lint(parser.parse(stacked), LintSettings.DEFAULTS, LintEnvironment.NONE,
                cache);
        assertThat(findings).as("B, unchanged, is 2.1 once a slide stands below it")
                .extracting(Diagnostic::message).containsExactly("slide 1", "slide 2.1", "slide 2.2", "slide 3");
    }

    @Test
    void otherSettingsOrWordsCheckEverySlideAgain() {
        CountingRule rule = new CountingRule();
        Linter linter = new Linter(List.of(rule));
        SlideCache cache = new SlideCache();
        Deck deck = Deck.parse(DECK);
        linter.lint(deck, LintSettings.DEFAULTS, LintEnvironment.NONE, cache);
        rule.checked.clear();

        linter.lint(deck, new LintSettings(java.util.Map.of(), List.of("HedgeDoc")), LintEnvironment.NONE, cache);
        assertThat(rule.checked).hasSize(4);
        rule.checked.clear();

        RuleSetting error = new RuleSetting(true, Severity.ERROR, RuleOptions.NONE);
        List<Diagnostic> findings = linter.lint(deck, new LintSettings(java.util.Map.of("counting", error),
                List.of("HedgeDoc")), LintEnvironment.NONE, cache);
        assertThat(rule.checked).hasSize(4);
        assertThat(findings).allMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * Random edits to real decks (typing, deleting, separators glued to text, blank slides): after each one,
     * what the incremental run finds must equal a fresh run over the same text, fixes included.
     */
    @Test
    void incrementalFindingsEqualAFreshRunAfterRandomEdits() {
        Linter linter = new Linter(BuiltInRules.all());
        Random random = new Random(20240627);
        String[] snippets = {"x", "\n", "\n\n---\n\n", "\n---\n", "\n\n----\n\n", " ", "# T", "\n\n---\n\n\n\n---\n\n",
            "<!-- decklint-disable -->", "<!-- decklint-enable -->", "---", "é", "\r\n"};
        for (Path path : RealDecks.changeable().subList(0, 3)) {
            String text = RealDecks.read(path);
            DeckParser parser = new DeckParser(DeckParser.EDITOR_CACHE_SIZE);
            SlideCache cache = new SlideCache();
            for (int step = 0; step < 50; step++) {
                int offset = random.nextInt(text.length() + 1);
                int length = random.nextInt(4) == 0 ? Math.min(random.nextInt(20), text.length() - offset) : 0;
                String insert = random.nextInt(3) == 0 ? "" : snippets[random.nextInt(snippets.length)];
                text = TextEdits.apply(text, List.of(new TextEdit(offset, length, insert)));
                List<Diagnostic> incremental = linter.lint(parser.parse(text), LintSettings.DEFAULTS,
                        LintEnvironment.NONE, cache);
                List<Diagnostic> fresh = linter.lint(Deck.parse(text), LintSettings.DEFAULTS, LintEnvironment.NONE);
                assertThat(incremental).as("%s after edit %d", path.getFileName(), step).isEqualTo(fresh);
            }
        }
    }
}
