package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code decklint themes} and {@code decklint convert}, run as a user runs them. */
class ConvertCommandTest {
    private static final Path OLD_SEED = Path.of("../examples/community-call-2023-11-23.md");
    private static final Path NEW_SEED = Path.of("../examples/community-call-2024-06-27.md");
    /** Written for these tests: an old-look deck with a byte-order mark and Windows line endings. */
    private static final String CRLF_DECK = "\uFEFF---\r\ntitle: Team call\r\nslideOptions:\r\n  theme: white\r\n"
            + "  parallaxBackgroundImage: 'https://example.org/bg.png'\r\n---\r\n\r\n# Team call\r\n"
            + "## 2024-03-01\r\n\r\n---\r\n\r\n# News\r\n\r\n* one\r\n";

    @TempDir
    Path dir;

    private Path copy(Path seed) throws IOException {
        return Files.copy(seed, dir.resolve(seed.getFileName()));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void themesListsTheBuiltInThemes() {
        CliRun run = CliRun.of("themes");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("THEME     DESCRIPTION\n").contains("\nscs-2023  SCS community calls of autumn 2023")
                .contains("\nscs-2024  SCS community calls of 2024");
    }

    @Test
    void themesTellsWhichThemeADeckHas() {
        CliRun run = CliRun.of("themes", OLD_SEED.toString(), NEW_SEED.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(OLD_SEED + ": scs-2023, 100% alike\n" + NEW_SEED + ": scs-2024, 100% alike\n");
    }

    @Test
    void diffPrintsTheChangesAndChangesNothing() throws IOException {
        Path deck = copy(OLD_SEED);
        byte[] before = Files.readAllBytes(deck);
        CliRun run = CliRun.of("convert", "--theme", "scs-2024", "--diff", deck.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("--- a/" + deck + "\n+++ b/" + deck + "\n@@ -6,17 +6,16 @@\n")
                .contains("\n-  parallaxBackgroundImage: 'https://input.scs.community/uploads/")
                .contains("\n-        font-size: 40px;\n+        font-size: 36px;\n")
                .contains(">Community Call 2023-11-23</font>\n");
        assertThat(run.err()).contains(deck + ":9:3: info: Removed slideOptions.parallaxBackgroundImage")
                .endsWith(deck + ": converted to scs-2024 (scs-2023, 100% alike before); 9 edits.\n");
        assertThat(Files.readAllBytes(deck)).isEqualTo(before);
    }

    @Test
    void withoutAnOutputOptionPrintsTheConvertedDeck() throws IOException {
        Path deck = copy(OLD_SEED);
        CliRun run = CliRun.of("convert", "--theme", "scs-2024", deck.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("---\ntitle: SCS Community Call\n").contains("Community Call 2023-11-23")
                .doesNotContain("parallaxBackgroundImage");
    }

    @Test
    void inPlaceKeepsTheFilesModeByteOrderMarkAndLineEndings() throws IOException {
        Path deck = write("call.md", CRLF_DECK);
        Files.setPosixFilePermissions(deck, PosixFilePermissions.fromString("rw-r-----"));
        CliRun run = CliRun.of("convert", "--theme", "scs-2024", "--in-place", deck.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String converted = Files.readString(deck, StandardCharsets.UTF_8);
        assertThat(converted).startsWith("\uFEFF---\r\ntitle: Team call\r\nslideOptions:\r\n  theme: white\r\n"
                + "  transition: 'slide'\r\n  parallaxBackgroundSize: '1920px 1080px'\r\n---\r\n\r\n<style>\r\n")
                .contains("Community Call 2024-03-01</font>\r\n# Team call\r\n\r\n---\r\n\r\n# News\r\n\r\n* one\r\n");
        assertThat(converted.replace("\r\n", "")).doesNotContain("\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(deck))).isEqualTo("rw-r-----");
        assertThat(run.err()).contains("warning: Kept the old title line \"Team call\"");
    }

    @Test
    void inPlaceDoesNotTouchADeckThatHasTheThemeAlready() throws IOException {
        Path deck = copy(NEW_SEED);
        FileTime old = FileTime.from(Instant.parse("2024-06-27T10:00:00Z"));
        Files.setLastModifiedTime(deck, old);
        CliRun run = CliRun.of("convert", "--theme", "scs-2024", "--in-place", deck.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo(deck + ": already has the theme scs-2024: nothing to change.\n");
        assertThat(Files.getLastModifiedTime(deck)).isEqualTo(old);
    }

    @Test
    void outputWritesANewFileAndLeavesTheDeck() throws IOException {
        Path deck = copy(OLD_SEED);
        Path converted = dir.resolve("new/call.md");
        Files.createDirectories(converted.getParent());
        CliRun run = CliRun.of("convert", "--theme", "scs-2024", deck.toString(), "-o", converted.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(converted)).contains("Community Call 2023-11-23");
        assertThat(Files.readString(deck)).isEqualTo(Files.readString(OLD_SEED));
        assertThat(Files.list(converted.getParent())).containsExactly(converted);
    }

    @Test
    void convertsWithAThemeFileOfTheUsersOwn() throws IOException {
        Path theme = write("ours.yml", "name: ours\ntitleSlides:\n  - markdown: |\n      # {title}\n      ## {date}\n");
        Path deck = write("call.md", "# Our call\n\n## 2024-06-27\n\n---\n\n# News\n");
        CliRun run = CliRun.of("convert", "--theme", theme.toString(), deck.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("# Our call\n## 2024-06-27\n\n---\n\n# News\n");
    }

    @Test
    void aBadThemeIsAClearErrorNamingTheFileAndLine() throws IOException {
        Path theme = write("ours.yml", "name: ours\ntitleSlides:\n  - markdown: '# Call {daet}'\n");
        Path deck = copy(OLD_SEED);
        CliRun run = CliRun.of("convert", "--theme", theme.toString(), deck.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("decklint: " + theme + ":3: unknown placeholder {daet} (did you mean {date}?); "
                + "a title slide can use {title}, {subtitle}, {date} and {background}\n");
        assertThat(CliRun.of("themes", "--theme", theme.toString()).exit()).isEqualTo(2);
    }

    @Test
    @Timeout(60)
    void aThemeFileThatIsAPipeIsRefusedNotWaitedFor() throws Exception {
        Path pipe = dir.resolve("theme.yml");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        CliRun run = CliRun.of("convert", "--theme", pipe.toString(), copy(OLD_SEED).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("decklint: cannot read theme file " + pipe + ": not a regular file (a pipe, "
                + "a device or a socket)\n");
    }

    @Test
    void anUnknownThemeOrDeckIsAClearError() throws IOException {
        CliRun unknown = CliRun.of("convert", "--theme", "scs-2025", OLD_SEED.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("decklint: no built-in theme 'scs-2025' (built in: scs-2023, scs-2024); "
                + "a theme file's name ends in .yml\n");
        CliRun missing = CliRun.of("convert", "--theme", "scs-2024", dir.resolve("nope.md").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("decklint: " + dir.resolve("nope.md") + ": no such file\n");
        CliRun both = CliRun.of("convert", "--theme", "scs-2024", "--diff", "--in-place", OLD_SEED.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }
}
