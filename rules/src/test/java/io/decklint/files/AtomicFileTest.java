package io.decklint.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void replacesAFileWholeAndKeepsItsMode() throws IOException {
        Path deck = Files.writeString(dir.resolve("deck.md"), "old ".repeat(10_000));
        Files.setPosixFilePermissions(deck, PosixFilePermissions.fromString("rwxr-x---"));
        AtomicFile.write(deck, "# New\r\n");
        assertThat(deck).hasContent("# New\r\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(deck))).isEqualTo("rwxr-x---");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(deck);
        }
    }

    @Test
    void aNewFileIsReadableLikeAnyNewFileNotPrivate() throws IOException {
        Path page = dir.resolve("page.html");
        AtomicFile.write(page, "<p>ü</p>");
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo("<p>ü</p>");
        Path plain = Files.createFile(dir.resolve("plain.html"));
        assertThat(Files.getPosixFilePermissions(page)).as("what the umask gives a new file")
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aLinkStaysALinkAndTheFileItPointsToIsReplaced() throws IOException {
        Path real = Files.writeString(dir.resolve("real.md"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), real.getFileName());
        AtomicFile.write(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    @Test
    void aMissingFolderIsAClearError() {
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("no/such/page.html"), "x"))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
    }
}
