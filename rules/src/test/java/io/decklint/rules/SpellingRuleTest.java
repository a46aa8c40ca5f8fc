package io.decklint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import io.decklint.config.Configuration;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Fix;
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
}
