package io.decklint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordsFileTest {
    @TempDir
    Path folder;

    @Test
    void createsTheFileWithTheWord() throws IOException {
        Path file = WordsFile.add(folder, List.of("Kamaji"));
        assertThat(file).isEqualTo(folder.resolve(".decklint-words.txt"));
        assertThat(Files.readString(file)).isEqualTo("Kamaji\n");
    }

    @Test
    void keepsTheHeaderAndTheLineEndingsAndSortsWithoutDuplicates() throws IOException {
        Path file = folder.resolve(".decklint-words.txt");
        Files.writeString(file, "# our words\r\n\r\nzuul\r\nKeycloak\r\nzuul\r\n");
        WordsFile.add(folder, List.of("Kamaji", "Keycloak"));
        assertThat(Files.readString(file)).isEqualTo("# our words\r\nKamaji\r\nKeycloak\r\nzuul\r\n");
        WordsFile.add(folder, List.of("Kamaji"));
        assertThat(Files.readString(file)).as("adding again changes nothing")
                .isEqualTo("# our words\r\nKamaji\r\nKeycloak\r\nzuul\r\n");
        try (var files = Files.list(folder)) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void refusesWhatIsNotOneWord() {
        assertThatThrownBy(() -> WordsFile.add(folder, List.of("two words")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two words");
        assertThatThrownBy(() -> WordsFile.add(folder, List.of("#comment")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(folder.resolve(".decklint-words.txt")).doesNotExist();
    }
}
