package io.decklint.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
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

    private Path leftover(String name, Duration age) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "# half a deck");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    @Test
    void theNextWriteRemovesWhatKilledWritesLeftBehindInItsFolder() throws IOException {
        Path deck = Files.writeString(dir.resolve("deck.md"), "old");
        Files.writeString(dir.resolve("other.md"), "other");
        Path stale = leftover(".deck.md.4417093525806181718.tmp", Duration.ofMinutes(1));
        Path otherDeck = leftover(".other.md.6021532087196335478.tmp", Duration.ofMinutes(1));
        Path newPage = leftover(".page.html.12.tmp", Duration.ofMinutes(1));
        Path fresh = leftover(".deck.md.123.tmp", Duration.ZERO);
        Path notOurs = leftover(".deck.md.backup.tmp", Duration.ofMinutes(1));
        AtomicFile.write(deck, "new");
        assertThat(deck).hasContent("new");
        assertThat(stale).doesNotExist();
        assertThat(otherDeck).as("left by a write of other.md").doesNotExist();
        assertThat(newPage).as("page.html does not exist: not known to be ours").exists();
        assertThat(fresh).as("maybe a write that has not locked it yet").exists();
        assertThat(notOurs).as("not a name we give").exists();
    }

    @Test
    void aLeftoverThatAWriteInAnotherProcessHoldsIsKept() throws Exception {
        Path deck = Files.writeString(dir.resolve("deck.md"), "old");
        Path held = leftover(".deck.md.99.tmp", Duration.ofMinutes(1));
        Path locker = Files.writeString(dir.resolve("Locker.java"), "import java.nio.channels.FileChannel;\n"
                + "import java.nio.file.*;\n"
                + "class Locker { public static void main(String[] a) throws Exception {\n"
                + "  try (var c = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE); var l = c.lock()) {\n"
                + "    System.out.println(\"locked\"); System.out.flush(); System.in.read(); } } }\n");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                locker.toString(), held.toString()).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked");
            AtomicFile.write(deck, "new");
            assertThat(deck).hasContent("new");
            assertThat(held).exists();
            process.getOutputStream().close();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aMissingFolderIsAClearError() {
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("no/such/page.html"), "x"))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
    }
}
