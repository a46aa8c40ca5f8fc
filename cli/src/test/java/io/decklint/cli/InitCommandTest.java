package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decklint init}: what it says and its exit status; what it learns is tested in rules/. */
class InitCommandTest {
    @TempDir
    Path folder;

    private void review(String date, String velocity) throws IOException {
        Files.writeString(folder.resolve("review-" + date + ".md"), "---\ntitle: Sprint Review\ntype: slide\n---\n\n"
                + "# Sprint Review\n\n" + date + "\n\n---\n\n## Sprint Goal\n\n- ship it\n\n---\n\n## " + velocity
                + "\n\n- 20 points\n");
    }

    @Test
    void writesTheFolderConfigurationOnceAndReplacesItOnlyWhenForced() throws IOException {
        review("2024-01-12", "Velocity");
        review("2024-01-26", "Velocity & Burndown");
        review("2024-02-09", "Velocity & Burndown");
        Files.writeString(folder.resolve("notes.md"), "# Notes\n");

        CliRun run = CliRun.of("init", folder.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + folder.resolve(".decklint.yml"))
                .contains("3 decks titled \"Sprint Review\": 2 required and 0 optional sections")
                .contains("the date on the title slide").contains("left out 1 deck of the folder");
        assertThat(folder.resolve(".decklint.yml")).content().contains("aliases: ['Velocity']");

        CliRun again = CliRun.of("init", folder.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).startsWith("decklint: init: ").contains("exists already").contains("--force");

        assertThat(CliRun.of("init", "--force", folder.toString()).out()).startsWith("replaced ");
        assertThat(CliRun.of("lint", folder.toString()).exit()).as("the file is a valid configuration").isZero();
    }

    @Test
    void aFolderWithoutASeriesWritesNothing() throws IOException {
        Files.writeString(folder.resolve("talk.md"), "---\ntitle: A talk\ntype: slide\n---\n\n# Hello\n");
        CliRun run = CliRun.of("init", folder.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("decklint: init: no series here: a series needs two decks that share a title "
                + "or a template, and there is one deck\n");
        assertThat(folder.resolve(".decklint.yml")).doesNotExist();
    }
}
