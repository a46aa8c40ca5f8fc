package io.decklint.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceVocabularyTest {
    @TempDir
    Path folder;

    @Test
    void countsUsesAndDistinctLinesIgnoringCase() throws IOException {
        Files.writeString(folder.resolve("a.md"), "# Zuul\n\n* Zuul runs the jobs\n* C&H iniviting us\n");
        Files.writeString(folder.resolve("b.md"), "* zuul is green\n* C&H iniviting us\n");
        Files.createDirectories(folder.resolve("node_modules"));
        Files.writeString(folder.resolve("node_modules/c.md"), "Zuul Zuul Zuul\n");
        WorkspaceVocabulary vocabulary = WorkspaceVocabulary.of(folder);
        assertThat(vocabulary.uses("ZUUL")).as("not the file in node_modules").isEqualTo(3);
        assertThat(vocabulary.lines("zuul")).isEqualTo(3);
        assertThat(vocabulary.uses("iniviting")).isEqualTo(2);
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
    }

    @Test
    void skipsFilesThatAreNotUtf8() throws IOException {
        Files.write(folder.resolve("latin1.md"), "Kamaji and Kamaji in M\u00e4rz\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(WorkspaceVocabulary.of(folder).uses("kamaji")).isZero();
    }
}
