package io.decklint.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import io.decklint.lint.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which findings wait while a word is being typed, on findings the real rules make. */
class WordBeingTypedTest {
    private static final String TEXT = "# Intro\n\n* Clouad in a Box improvments\n";
    private final List<Diagnostic> findings = new Decklint().lint(TEXT, null,
            new Decklint().configurations().defaults());

    private List<String> shownWords(int caret) {
        return WordBeingTyped.shown(findings, caret).stream().map(Diagnostic::data).toList();
    }

    @Test
    void theWordTheCaretIsInOrAtTheEndOfWaits() {
        assertThat(findings).extracting(Diagnostic::data).containsExactly("Clouad", "improvments");
        int clouad = TEXT.indexOf("Clouad");
        assertThat(shownWords(clouad + 3)).as("inside the word").containsExactly("improvments");
        assertThat(shownWords(clouad + 6)).as("at its end, still typing").containsExactly("improvments");
        assertThat(shownWords(clouad)).as("at its start").containsExactly("improvments");
    }

    @Test
    void aCaretAwayFromEveryMisspeltWordHoldsNothing() {
        assertThat(shownWords(TEXT.indexOf("Box"))).containsExactly("Clouad", "improvments");
        assertThat(shownWords(TEXT.indexOf("Clouad") + 7)).as("after the space that ended the word")
                .containsExactly("Clouad", "improvments");
    }

    @Test
    void onlySpellingFindingsWait() {
        String deck = "# Intro\n\n---\n\n## Team Cloudd\n";
        List<Diagnostic> all = new Decklint().lint(deck, null, new Decklint().configurations().defaults());
        int caret = deck.indexOf("## Team");
        assertThat(all).anyMatch(d -> !d.rule().equals("spelling") && WordBeingTyped.holds(
                new Diagnostic("spelling", d.severity(), d.message(), d.range(), d.slide(), List.of()), caret));
        assertThat(WordBeingTyped.shown(all, caret)).containsExactlyElementsOf(all);
    }
}
