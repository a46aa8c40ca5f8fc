package io.decklint.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceVocabularyTest {
    @TempDir
    Path folder;

    @Test
    void countsDecksUsesAndDistinctLinesIgnoringCase() throws IOException {
        Files.writeString(folder.resolve("a.md"), "# Zuul\n\n* Zuul runs the jobs\n* C&H iniviting us\n");
        Files.writeString(folder.resolve("b.md"), "* zuul is green\n* C&H iniviting us\n");
        Files.createDirectories(folder.resolve("node_modules"));
        Files.writeString(folder.resolve("node_modules/c.md"), "Zuul Zuul Zuul\n");
        WorkspaceVocabulary vocabulary = WorkspaceVocabulary.of(folder);
        assertThat(vocabulary.deckCount()).isEqualTo(2);
        assertThat(vocabulary.filesUsing("ZUUL")).isEqualTo(2);
        assertThat(vocabulary.uses("zuul")).isEqualTo(3);
        assertThat(vocabulary.lines("zuul")).isEqualTo(3);
        assertThat(vocabulary.filesUsing("iniviting")).isEqualTo(2);
        assertThat(vocabulary.lines("iniviting")).as("a copied line counts once").isEqualTo(1);
    }

    @Test
    void findsTheWordsOneEditAwayThatAreUsedOnTwoLines() throws IOException {
        Path a = folder.resolve("a.md");
        Files.writeString(a, "* Hackathon in May\n* the Hackathon was great\n* Kamaji once\n");
        WorkspaceVocabulary vocabulary = WorkspaceVocabulary.of(folder);
        assertThat(vocabulary.neighbours("Hackthon")).containsExactly("hackathon");
        assertThat(vocabulary.neighbours("hackahton")).as("a swap").containsExactly("hackathon");
        assertThat(vocabulary.neighbours("kamajj")).as("used on one line only").isEmpty();
        vocabulary.update(a.toAbsolutePath(), "* Hackathon once\n");
        assertThat(vocabulary.neighbours("Hackthon")).as("after an update").isEmpty();
    }

    @Test
    void updatesAndForgetsOneFileAtATime() throws IOException {
        Path a = folder.resolve("a.md");
        Files.writeString(a, "Kamaji and Kamaji\n");
        WorkspaceVocabulary vocabulary = WorkspaceVocabulary.of(folder);
        assertThat(vocabulary.uses("kamaji")).isEqualTo(2);
        vocabulary.update(a.toAbsolutePath(), "Kamaji once\n");
        assertThat(vocabulary.uses("kamaji")).isEqualTo(1);
        vocabulary.remove(a.toAbsolutePath());
        assertThat(vocabulary.uses("kamaji")).isZero();
        assertThat(vocabulary.lines("kamaji")).isZero();
        assertThat(vocabulary.deckCount()).isZero();
    }

    @Test
    void skipsFilesThatAreNotUtf8() throws IOException {
        Files.write(folder.resolve("latin1.md"), new byte[] {'K', 'a', 'm', (byte) 0xe4, 'j', 'i', '\n'});
        assertThat(WorkspaceVocabulary.of(folder).deckCount()).isZero();
    }
}
