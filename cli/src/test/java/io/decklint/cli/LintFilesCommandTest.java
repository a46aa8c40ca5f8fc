package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files 'decklint lint' reads: globs, ignore files, standard input; and configuration mistakes. */
class LintFilesCommandTest {
    /** A deck with one error: a ---- glued under a list. */
    private static final String GLUED = LintCommandTest.GLUED;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static CliRun withStdin(String text, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void aQuotedGlobIsExpandedAndDoubleStarSpansFolders() throws IOException {
        Path a = write("talks/a.md", GLUED);
        Path nested = write("talks/2024/b.md", GLUED);
        write("talks/readme.md", "# Not a deck\n");
        CliRun one = CliRun.of("lint", dir + "/talks/*.md");
        assertThat(one.err()).isEmpty();
        assertThat(one.exit()).isEqualTo(1);
        assertThat(one.out()).contains(a + ":8:1").doesNotContain(nested.toString()).contains("in 1 deck.");
        CliRun all = CliRun.of("lint", dir + "/**/*.md");
        assertThat(all.out()).contains(a + ":8:1").contains(nested + ":8:1").contains("in 2 decks.");
    }

    @Test
    void aGlobThatMatchesNothingIsAnError() {
        CliRun run = CliRun.of("lint", dir + "/talks/*.md");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no Markdown file that is not ignored matches '" + dir + "/talks/*.md'");
    }

    @Test
    void anIgnoreFileSkipsDecksInFoldersAndGlobsAndNamedFilesSayWhy() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path ignore = write(".decklintignore", "# broken on purpose\nfixtures/\n");
        Path fixture = write("fixtures/broken.md", GLUED);
        Path deck = write("talks/call.md", "---\ntype: slide\n---\n\n# Call\n\nHello.\n");
        CliRun folder = CliRun.of("lint", dir.toString());
        assertThat(folder.exit()).isZero();
        assertThat(folder.out()).doesNotContain("broken.md").contains("in 1 deck.");
        assertThat(CliRun.of("lint", dir + "/**/*.md").out()).doesNotContain("broken.md");

        CliRun named = CliRun.of("lint", fixture.toString(), deck.toString());
        assertThat(named.exit()).isZero();
        assertThat(named.err()).contains("decklint: skipped " + fixture + ": ignored by " + ignore
                + ":2 ('fixtures/'); --no-ignore lints it");
        assertThat(CliRun.of("lint", "--decks-only", fixture.toString()).err()).as("hooks stay quiet").isEmpty();
        assertThat(CliRun.of("lint", "--no-ignore", fixture.toString()).exit()).isEqualTo(1);
    }

    @Test
    void theConfigurationsIgnoresApply() throws IOException {
        write(".decklint.yml", "ignores:\n  - drafts/\n");
        write("drafts/wip.md", GLUED);
        assertThat(CliRun.of("lint", dir.toString()).exit()).isZero();
    }

    @Test
    void standardInputIsLintedUnderTheNameGiven() throws IOException {
        write("talks/.decklint.yml", "rules:\n  separator-spacing: warning\n");
        Path name = dir.resolve("talks/call.md");
        CliRun run = withStdin(GLUED, "lint", "--stdin", "--stdin-filename", name.toString());
        assertThat(run.exit()).as("the configuration beside the name made it a warning").isZero();
        assertThat(run.out()).contains(name + ":8:1  warning").contains("in 1 deck.");
        assertThat(Files.exists(name)).isFalse();

        CliRun unnamed = withStdin(GLUED, "lint", "--stdin");
        assertThat(unnamed.exit()).isEqualTo(1);
        assertThat(unnamed.out()).contains("<stdin>:8:1  error");
    }

    @Test
    void fixingStandardInputPrintsTheFixedDeckAndReportsOnStandardError() throws IOException {
        Path file = write("call.md", GLUED);
        assertThat(CliRun.of("lint", "--fix", file.toString()).exit()).isZero();
        CliRun run = withStdin(GLUED, "lint", "--stdin", "--fix");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).as("what --fix writes to a file").isEqualTo(Files.readString(file)).isNotEqualTo(GLUED);
        assertThat(run.err()).contains("Fixed 1 problem.");
    }

    @Test
    void stdinOptionsAreCheckedTogether() throws IOException {
        Path deck = write("call.md", GLUED);
        CliRun alone = CliRun.of("lint", "--stdin-filename", "x.md");
        assertThat(alone.exit()).isEqualTo(2);
        assertThat(alone.err()).contains("--stdin-filename needs --stdin");
        CliRun both = withStdin(GLUED, "lint", "--stdin", deck.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--stdin reads one deck");
        CliRun binary = withStdin("\0\0", "lint", "--stdin");
        assertThat(binary.exit()).isEqualTo(2);
        assertThat(binary.err()).contains("<stdin> (standard input): is a binary file");
    }

    @Test
    void configurationMistakesStopTheRunWithFileLineAndProblem() throws IOException {
        Path deck = write("call.md", GLUED);
        Path config = dir.resolve(".decklint.yml");
        String[][] cases = {
            {"", null},
            {"# nothing yet\n", null},
            {"overrides:\n  - files: ['archive/[']\n    rules: {empty-slide: off}\n",
                ":2: overrides: 'archive/[' is not a valid glob: missing ']' (at character 9)"},
            {"rules:\n  empty-slide: {maxx: 3}\n", ":2: rules.empty-slide: 'maxx' is not an option of empty-slide"},
            {"extends: [team.yml]\n", ":1: pack file 'team.yml': no such file"},
            {"rules:\n  empty-slide: [warning\n  spelling: off\n", ":2: not valid YAML: the list '[' opened"},
        };
        for (String[] c : cases) {
            Files.writeString(config, c[0]);
            CliRun run = CliRun.of("lint", deck.toString());
            if (c[1] == null) {
                assertThat(run.exit()).as(c[0]).isEqualTo(1);
                assertThat(run.err()).as(c[0]).isEmpty();
            } else {
                assertThat(run.exit()).as(c[0]).isEqualTo(2);
                assertThat(run.err()).as(c[0]).startsWith("decklint: " + config + c[1]).doesNotContain("\tat ");
            }
        }
    }

    @Test
    void allowConfigOutsideReadsAPackOutsideTheRepository() throws IOException {
        Path outside = write("shared/team.yml", "name: team\nrules:\n  separator-spacing: off\n");
        Path repository = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repository.resolve(".git"));
        Files.writeString(repository.resolve(".decklint.yml"), "extends: [" + outside + "]\n");
        Path deck = Files.writeString(repository.resolve("call.md"), GLUED);
        assertThat(CliRun.of("lint", deck.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("lint", "--allow-config-outside", deck.toString()).exit()).isZero();
    }
}
