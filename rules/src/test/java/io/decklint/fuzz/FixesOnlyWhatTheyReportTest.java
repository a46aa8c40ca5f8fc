package io.decklint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import io.decklint.config.Configuration;
import io.decklint.deck.Deck;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Fix;
import io.decklint.lint.Fixer;
import io.decklint.text.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --fix} on the decks that made it change more than it reported, or stop before it was done. */
class FixesOnlyWhatTheyReportTest {
    private static final String FRONT = "---\ntype: slide\n---\n\n";

    private final Decklint decklint = new Decklint();
    private final Configuration defaults = decklint.configurations().defaults();

    private List<Diagnostic> fixable(String deck) {
        return decklint.lint(deck, null, defaults).stream().filter(Diagnostic::fixable).toList();
    }

    private static List<String> structure(String deck) {
        return Deck.parse(deck).slides().stream()
                .map(s -> s.index().h() + "." + s.index().v() + " " + s.text().strip()).toList();
    }

    @Test
    void tenSpacedSeparatorsAreMendedInOneRun() {
        String deck = FRONT + " ---\n".repeat(10) + "\n# One\n\n---\n\n# Two\n";

        Fixer.Result fixed = decklint.fix(deck, null, defaults);

        assertThat(fixed.complete()).isTrue();
        assertThat(fixable(fixed.text())).isEmpty();
        assertThat(structure(fixed.text())).containsExactly("0.0 # One", "1.0 # Two");
    }

    @Test
    void aPlainRevealFileGetsOneFindingPerSeparatorItMends() {
        String deck = FRONT + "# One\n---\n# Two\n---\n# Three\n----\n# Below\n";

        List<Diagnostic> findings = fixable(deck);

        assertThat(findings).extracting(Diagnostic::rule).containsOnly("separator-spacing").hasSize(3);
        assertThat(findings).allSatisfy(FixesOnlyWhatTheyReportTest::editsInsideItsRange);
        assertThat(structure(decklint.fix(deck, null, defaults).text()))
                .containsExactly("0.0 # One", "1.0 # Two", "2.0 # Three", "2.1 # Below");
    }

    @Test
    void deletingAnEmptySlideThatHeadsAColumnNamesTheSeparatorItRemoves() {
        String deck = FRONT + "# One\n\n---\n\n\n\n----\n\n# Below\n\n----\n\n# Further below\n";

        List<Diagnostic> findings = fixable(deck);

        assertThat(findings).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("empty-slide");
            editsInsideItsRange(d);
            assertThat(d.range().of(deck)).startsWith("---").endsWith("----");
        });
        assertThat(structure(decklint.fix(deck, null, defaults).text()))
                .containsExactly("0.0 # One", "1.0 # Below", "1.1 # Further below");
    }

    @Test
    void deletingAnEmptySlideKeepsTheVerticalSeparatorAboveIt() {
        String deck = FRONT + "# One\n\n----\n\n# Below\n\n----\n\n\n\n---\n\n# Two\n";

        assertThat(fixable(deck)).singleElement().satisfies(FixesOnlyWhatTheyReportTest::editsInsideItsRange);
        assertThat(structure(decklint.fix(deck, null, defaults).text()))
                .containsExactly("0.0 # One", "0.1 # Below", "1.0 # Two");
    }

    @Test
    void blankLinesAboveFrontMatterAreInsideTheFindingThatDeletesThem() {
        String deck = "\n\n---\ntype: slide\n---\n\n# One\n";

        assertThat(fixable(deck)).singleElement().satisfies(d -> {
            editsInsideItsRange(d);
            assertThat(d.range().start()).isZero();
        });
    }

    @Test
    void aSpaceBeforeAnImagesParenthesisIsInsideTheFindingThatDeletesIt() {
        assertThat(fixable(FRONT + "![a] (x.png)\n")).singleElement()
                .satisfies(FixesOnlyWhatTheyReportTest::editsInsideItsRange);
    }

    @Test
    void joiningAnAttributeLineCoversTheLineBreakItJoins() {
        String deck = FRONT + "<!-- .slide: data-background=\"#fff\"\n  data-state=\"x\" -->\n# One\n";

        assertThat(fixable(deck)).singleElement().satisfies(FixesOnlyWhatTheyReportTest::editsInsideItsRange);
    }

    /** Decks the fuzz test shrank, each breaking an invariant before it was mended. */
    @ParameterizedTest
    @ValueSource(strings = {
        "\n---\nt![a] (x.png)itle: Community Call\n\n---\n\n# Welcome\n",
        "![a] (x.png)\n",
        " ---\n\n---\n\r\n# B\r\n",
    })
    void shrunkDecksHoldEveryInvariant(String deck) {
        assertThat(new DeckInvariants(decklint).check(deck)).isEmpty();
    }

    private static void editsInsideItsRange(Diagnostic d) {
        for (TextEdit edit : d.safeFix().map(Fix::edits).orElseThrow()) {
            assertThat(d.range().contains(edit.range())).as("%s inside %s", edit, d).isTrue();
        }
    }
}
