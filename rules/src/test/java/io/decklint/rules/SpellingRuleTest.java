package io.decklint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.decklint.Decklint;
import io.decklint.config.Configuration;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Fix;
import io.decklint.lint.FixAction;
import io.decklint.lint.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spelling rule through the front door, with the files and the workspace of a saved deck. */
class SpellingRuleTest {
    @TempDir
    Path folder;

    private final Decklint decklint = new Decklint();

    private List<Diagnostic> lint(Path deck) throws IOException {
        Configuration configuration = decklint.configurations().forDeck(deck);
        return decklint.lint(Files.readString(deck), deck, configuration).stream()
                .filter(d -> d.rule().equals("spelling")).toList();
    }

    @Test
    void aFindingCarriesItsWordAndOnlySureOnesHaveASafeFix() throws IOException {
        Path deck = folder.resolve("deck.md");
        Files.writeString(deck, "* Clouad in a Box improvments\n");
        List<Diagnostic> findings = lint(deck);
        assertThat(findings).extracting(Diagnostic::data).containsExactly("Clouad", "improvments");
        assertThat(findings.get(0).fixes()).extracting(Fix::safe).containsOnly(false);
        assertThat(findings.get(1).safeFix()).hasValueSatisfying(f -> assertThat(f.title())
                .isEqualTo("Replace with \"improvements\""));
    }

    @Test
    void learnsFromTheDecksInTheConfigurationFolderUnlessToldNotTo() throws IOException {
        Files.writeString(folder.resolve(".decklint.yml"), "rules:\n  spelling: warning\n");
        Files.createDirectories(folder.resolve("2023"));
        Files.writeString(folder.resolve("2023/a.md"), "* the moin cluster\n* moin is up\n* moin got SSDs\n");
        Path deck = Files.createDirectories(folder.resolve("2024")).resolve("b.md");
        Files.writeString(deck, "* restart moin\n");
        assertThat(lint(deck)).isEmpty();

        Files.writeString(folder.resolve(".decklint.yml"), "rules:\n  spelling:\n    learn: false\n");
        decklint.configurations().clear();
        assertThat(lint(deck)).extracting(Diagnostic::data).containsExactly("moin");
    }

    @Test
    void addingAWorkspaceWordSilencesItAndKeepsTheFileSorted() throws IOException {
        Files.writeString(folder.resolve(".decklint-words.txt"), "zuul\n");
        Path deck = Files.createDirectories(folder.resolve("calls")).resolve("deck.md");
        Files.writeString(deck, "* restart moin\n");
        assertThat(lint(deck)).hasSize(1);
        Path file = decklint.addWorkspaceWord(deck, "moin");
        assertThat(file).isEqualTo(folder.resolve(".decklint-words.txt"));
        assertThat(Files.readString(file)).isEqualTo("moin\nzuul\n");
        assertThat(lint(deck)).isEmpty();
    }

    @Test
    void everyLearnableFindingOffersToAddItsWordToTheWorkspaceOrTheUsersWords() throws IOException {
        Path deck = folder.resolve("deck.md");
        Files.writeString(deck, "* Clouad in a Box improvments\n");
        for (Diagnostic finding : lint(deck)) {
            assertThat(finding.fixes()).filteredOn(f -> f.action() != null)
                    .extracting(Fix::title, f -> f.action().kind(), f -> f.action().arguments())
                    .containsExactly(
                            tuple("Add \"" + finding.data() + "\" to workspace words", FixAction.ADD_WORD,
                                    List.of(finding.data())),
                            tuple("Add \"" + finding.data() + "\" to user words", FixAction.ADD_USER_WORD,
                                    List.of(finding.data())));
        }
    }

    @Test
    void aFindingKeepsTheSeverityTheRuleGaveItWhenTheConfigurationSetsAnother() throws IOException {
        Path deck = folder.resolve("deck.md");
        Files.writeString(deck, "* Clouad in a Box improvments\n");
        assertThat(lint(deck)).extracting(Diagnostic::severity, Diagnostic::defaultSeverity)
                .containsExactly(tuple(Severity.INFO, Severity.INFO), tuple(Severity.WARNING, Severity.WARNING));

        Files.writeString(folder.resolve(".decklint.yml"), "rules:\n  spelling: error\n");
        decklint.configurations().clear();
        assertThat(lint(deck)).extracting(Diagnostic::severity, Diagnostic::defaultSeverity)
                .containsExactly(tuple(Severity.ERROR, Severity.INFO), tuple(Severity.ERROR, Severity.WARNING));
    }

    @Test
    void withoutAConfigurationAWorkspaceWordGoesToTheEditorsWorkspaceFolder() throws IOException {
        Path deck = Files.createDirectories(folder.resolve("talks/2024")).resolve("deck.md");
        Files.writeString(deck, "* restart moin\n");
        Path other = Files.writeString(folder.resolve("talks/other.md"), "* moin again\n");
        Path file = decklint.addWorkspaceWord(deck, folder, "moin");
        assertThat(file).isEqualTo(folder.resolve(".decklint-words.txt"));
        assertThat(lint(deck)).isEmpty();
        assertThat(lint(other)).isEmpty();
    }
}
