package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decklint convert --in-place FOLDER…} and {@code decklint themes --from}, run as a user runs them. */
class ConvertManyCommandTest {
    private static final Path OLD_SEED = Path.of("../examples/community-call-2023-11-23.md");
    private static final Path NEW_SEED = Path.of("../examples/community-call-2024-06-27.md");
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    /** A folder of calls: two in the old look, one in the new, a README, an ignored draft. */
    private Path calls() throws IOException {
        Path calls = Files.createDirectories(dir.resolve("calls"));
        Files.copy(OLD_SEED, calls.resolve("2023-11-23.md"));
        Files.createDirectories(calls.resolve("2023"));
        Files.copy(OLD_SEED, calls.resolve("2023/2023-11-16.md"));
        Files.copy(NEW_SEED, calls.resolve("2024-06-27.md"));
        Files.writeString(calls.resolve("README.md"), "# Our calls\n\nOne deck a week.\n");
        Files.copy(OLD_SEED, calls.resolve("draft.md"));
        Files.writeString(calls.resolve(".decklintignore"), "draft.md\n");
        Files.setLastModifiedTime(calls.resolve("2024-06-27.md"), LONG_AGO);
        return calls;
    }

    @Test
    void convertsEveryDeckOfAFolderThatLacksTheThemeAndLeavesTheRest() throws IOException {
        Path calls = calls();
        byte[] inTheme = Files.readAllBytes(calls.resolve("2024-06-27.md"));
        byte[] draft = Files.readAllBytes(calls.resolve("draft.md"));

        CliRun run = CliRun.of("convert", "--theme", "scs-2024", "--in-place", calls.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(String.join("\n",
                calls + "/2023-11-23.md: converted (to scs-2024 from scs-2023, 100% alike; 9 edits)",
                calls + "/2023/2023-11-16.md: converted (to scs-2024 from scs-2023, 100% alike; 9 edits)",
                calls + "/2024-06-27.md: already in theme (scs-2024)",
                calls + "/README.md: not a deck (no 'type: slide' or 'slideOptions' in its front matter)",
                "4 files: 2 converted, 1 already in theme, 1 not a deck.", ""));
        assertThat(run.err()).contains(calls + "/2023-11-23.md:9:3: info: Removed slideOptions.parallaxBackgroundImage");
        String converted = Files.readString(calls.resolve("2023-11-23.md"), StandardCharsets.UTF_8);
        assertThat(converted).contains("Community Call 2023-11-23</font>").doesNotContain("parallaxBackgroundImage");
        // the deck in the theme is not even rewritten; the ignored draft and the README are not touched
        assertThat(Files.readAllBytes(calls.resolve("2024-06-27.md"))).isEqualTo(inTheme);
        assertThat(Files.getLastModifiedTime(calls.resolve("2024-06-27.md"))).isEqualTo(LONG_AGO);
        assertThat(Files.readAllBytes(calls.resolve("draft.md"))).isEqualTo(draft);
        assertThat(Files.readString(calls.resolve("README.md"))).isEqualTo("# Our calls\n\nOne deck a week.\n");
    }

    @Test
    void aSecondRunChangesNothing() throws IOException {
        Path calls = calls();
        CliRun.of("convert", "--theme", "scs-2024", "--in-place", calls.toString());
        byte[] once = Files.readAllBytes(calls.resolve("2023-11-23.md"));

        CliRun again = CliRun.of("convert", "--theme", "scs-2024", "--in-place", calls.toString());

        assertThat(again.exit()).isZero();
        assertThat(again.out()).endsWith("4 files: 3 already in theme, 1 not a deck.\n");
        assertThat(Files.readAllBytes(calls.resolve("2023-11-23.md"))).isEqualTo(once);
    }

    @Test
    void checkChangesNothingAndFailsWhileADeckLacksTheTheme() throws IOException {
        Path calls = calls();
        byte[] before = Files.readAllBytes(calls.resolve("2023-11-23.md"));

        CliRun run = CliRun.of("convert", "--theme", "scs-2024", "--check", calls.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("2023-11-23.md: to convert (to scs-2024").endsWith(
                "4 files: 2 to convert, 1 already in theme, 1 not a deck.\n");
        assertThat(Files.readAllBytes(calls.resolve("2023-11-23.md"))).isEqualTo(before);
        CliRun.of("convert", "--theme", "scs-2024", "--in-place", calls.toString());
        assertThat(CliRun.of("convert", "--theme", "scs-2024", "--check", calls.toString()).exit()).isZero();
    }

    @Test
    void severalFilesEachGetTheirLineAndAnUnreadableOneFailsTheRun() throws IOException {
        Path deck = Files.copy(OLD_SEED, dir.resolve("a.md"));
        Path broken = Files.write(dir.resolve("b.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xff, '\n'});
        Path misplaced = Files.writeString(dir.resolve("c.md"), "\n---\ntype: slide\n---\n\n# Hi\n");

        CliRun run = CliRun.of("convert", "--theme", "scs-2024", "--in-place", deck.toString(), broken.toString(),
                misplaced.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains(deck + ": converted (to scs-2024 from scs-2023, 100% alike; 9 edits)\n",
                broken + ": error (is not valid UTF-8: byte 0xFF at line 2",
                misplaced + ": error (The front matter does not start on the deck's first line");
        assertThat(Files.readString(deck)).contains("Community Call 2023-11-23");
    }

    @Test
    void aDeckThatCannotBeConvertedFailsWithExitOne() throws IOException {
        Path misplaced = Files.writeString(dir.resolve("c.md"), "\n---\ntype: slide\n---\n\n# Hi\n");
        Files.copy(NEW_SEED, dir.resolve("d.md"));

        CliRun run = CliRun.of("convert", "--theme", "scs-2024", "--in-place", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).endsWith("2 files: 1 already in theme, 1 error.\n");
    }

    @Test
    void diffPrintsEveryDecksChangesAndTheReportGoesToStandardError() throws IOException {
        Path calls = calls();
        CliRun run = CliRun.of("convert", "--theme", "scs-2024", "--diff", calls.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--- a/" + calls + "/2023/2023-11-16.md\n", "--- a/" + calls + "/2023-11-23.md\n")
                .doesNotContain("2024-06-27.md");
        assertThat(run.err()).contains(calls + "/2024-06-27.md: already in theme (scs-2024)");
    }

    @Test
    void severalDecksNeedAnOptionThatSaysWhereTheyGo() throws IOException {
        Path calls = calls();
        CliRun run = CliRun.of("convert", "--theme", "scs-2024", calls.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("decklint: converting several decks or a folder needs --in-place, --diff "
                + "or --check");
    }

    @Test
    void themesFromWritesATheme() throws IOException {
        Path theme = dir.resolve("Our Look.yml");
        CliRun run = CliRun.of("themes", "--from", NEW_SEED.toString(), "-o", theme.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains(NEW_SEED + ": style: left out \"color: \"#50c3a5\"\" of \".slides h1\"")
                .endsWith(theme + ": theme our-look, learnt from " + NEW_SEED + "\n");
        assertThat(Files.readString(theme)).contains("name: our-look\n", "Community Call {date}</font>");

        Path learnt = Files.copy(OLD_SEED, dir.resolve("learnt.md"));
        Path builtIn = Files.copy(OLD_SEED, dir.resolve("built-in.md"));
        assertThat(CliRun.of("convert", "--theme", theme.toString(), "--in-place", learnt.toString()).exit()).isZero();
        assertThat(CliRun.of("convert", "--theme", "scs-2024", "--in-place", builtIn.toString()).exit()).isZero();
        assertThat(Files.readString(learnt)).isEqualTo(Files.readString(builtIn));
        assertThat(CliRun.of("themes", "--theme", theme.toString()).out()).contains("\nour-look  The look of "
                + "community-call-2024-06-27.md, learnt by decklint themes --from.\n");
    }

    @Test
    void themesFromANoteThatIsNoDeckSaysSo() throws IOException {
        Path note = Files.writeString(dir.resolve("note.md"), "# A note\n");
        CliRun run = CliRun.of("themes", "--from", note.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("decklint: note.md has no front matter: it is not a slide deck to learn a "
                + "look from\n");
    }
}
