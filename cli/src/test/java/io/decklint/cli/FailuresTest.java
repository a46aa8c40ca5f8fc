package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Whatever goes wrong in a command ends as one line on standard error and exit status 2, never a stack trace. */
class FailuresTest {
    @TempDir
    Path dir;

    @Command(name = "crash")
    static final class Crashing implements Callable<Integer> {
        @Parameters
        String kind;

        @Override
        public Integer call() throws Exception {
            switch (kind) {
                case "bug" -> throw new IllegalStateException("a bug");
                case "stack" -> throw new StackOverflowError();
                case "memory" -> throw new OutOfMemoryError("Java heap space");
                default -> throw new NoSuchFileException("talks/call.md");
            }
        }
    }

    private static String[] crash(String kind, int expectedExit) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Crashing()).setErr(new PrintWriter(err, true));
        int exit = Main.execute(commandLine, kind);
        assertThat(exit).isEqualTo(expectedExit);
        return err.toString().split("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bug", "stack", "memory"})
    void aBugIsOneLineThatAsksForAReport(String kind) {
        String[] lines = crash(kind, 2);
        assertThat(lines).hasSize(1);
        assertThat(lines[0]).startsWith("decklint: internal error (java.lang.")
                .endsWith("); please report it at https://github.com/decklint/decklint/issues with the stack trace "
                        + "that DECKLINT_DEBUG=1 shows");
    }

    @Test
    void aProblemWithTheUsersFilesSaysWhichFile() {
        assertThat(crash("file", 2)).containsExactly("decklint: talks/call.md: no such file or folder");
    }

    @Test
    void renderingIntoAFolderSaysSoInOneLine() throws Exception {
        Path deck = Files.writeString(dir.resolve("call.md"), "---\ntype: slide\n---\n\n# A\n");
        Files.createDirectories(dir.resolve("site/index.html/x"));
        CliRun run = CliRun.of("render", deck.toString(), "-o", dir.resolve("site/index.html").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("decklint: cannot write " + dir.resolve("site/index.html") + ": it is a folder\n");
    }
}
