package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input a linter meets in the wild: each gives findings or a clear message, never a stack trace or a hang,
 * and no file is changed. The time-outs only guard against hangs; they are not speed targets.
 */
@Timeout(120)
class BadInputTest {
    private static final String HEAD = "---\ntype: slide\n---\n\n";

    @TempDir
    Path dir;

    static Stream<Arguments> decks() {
        StringBuilder nestedByIndent = new StringBuilder(HEAD);
        for (int i = 0; i < 5000; i++) {
            nestedByIndent.append("  ".repeat(i)).append("- item\n");
        }
        StringBuilder big = new StringBuilder(HEAD);
        while (big.length() < 10_000_000) {
            big.append("# Slide\n\n- a point with a few words :cloud:\n- ![](https://example.com/a.png =50%x)\n\n---\n\n");
        }
        String alias = HEAD.replace("type: slide\n", "type: slide\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d]\n");
        return Stream.of(
                Arguments.of("malformed YAML", HEAD.replace("type: slide", "type: slide\nslideOptions:\n  theme: [white") + "# A\n"),
                Arguments.of("YAML alias bomb", alias + "# A\n"),
                Arguments.of("unterminated comment", HEAD + "# A\n\n<!-- never closed\n\n---\n\n# B\n"),
                Arguments.of("unterminated style", HEAD + "# A\n\n<style>\nh1 { color: red;\n\n---\n\n# B\n"),
                Arguments.of("100,000-character line", HEAD + "# A\n\n" + "word ".repeat(20_000) + "\n"),
                Arguments.of("5,000 nested lists on one line", HEAD + "- ".repeat(5000) + "x\n"),
                Arguments.of("5,000 nested quotes", HEAD + ">".repeat(5000) + " deep\n"),
                Arguments.of("5,000 nested lists by indentation", nestedByIndent.toString()),
                Arguments.of("10 MB deck", big.toString()),
                Arguments.of("CRLF and BOM", "\uFEFF" + (HEAD + "# A\n\n---\n\n# B\n").replace("\n", "\r\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decks")
    void oddDecksAreLintedWithoutStackTracesOrChanges(String name, String text) throws IOException {
        Path deck = dir.resolve("deck.md");
        Files.writeString(deck, text, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(deck);
        CliRun run = CliRun.of("lint", deck.toString());
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertNoStackTrace(run);
        assertThat(run.out()).contains("in 1 deck.");
        assertThat(Files.readAllBytes(deck)).isEqualTo(before);
    }

    @Test
    void aBinaryFileIsRefusedClearly() throws IOException {
        byte[] bytes = new byte[2048];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        Path file = Files.write(dir.resolve("image.md"), bytes);
        CliRun run = CliRun.of("lint", "--fix", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("image.md: error  is a binary file (it contains NUL bytes), not a Markdown deck");
        assertNoStackTrace(run);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void invalidUtf8IsRefusedWithItsPosition() throws IOException {
        byte[] latin1 = (HEAD + "# Grüße\n").getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("deck.md"), latin1);
        CliRun run = CliRun.of("lint", "--fix", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("is not valid UTF-8: byte 0xFC at line 5, byte 5 of the line");
        assertThat(Files.readAllBytes(file)).isEqualTo(latin1);
    }

    @Test
    void invalidUtf8IsPlacedOnTheLineAnEditorShowsWhateverTheLineEnds() throws IOException {
        for (String newline : List.of("\r", "\r\n")) {
            byte[] head = (HEAD + "# Grüße\n\n* Gr").replace("\n", newline).getBytes(StandardCharsets.UTF_8);
            byte[] bytes = Arrays.copyOf(head, head.length + 2);
            bytes[head.length] = (byte) 0xFC;
            bytes[head.length + 1] = 'n';
            Path file = Files.write(dir.resolve("deck.md"), bytes);
            CliRun run = CliRun.of("lint", file.toString());
            assertThat(run.out()).as("line ends %s", newline.replace("\r", "CR").replace("\n", "LF"))
                    .contains("is not valid UTF-8: byte 0xFC at line 7, byte 5 of the line");
        }
    }

    @Test
    void aMissingFileAndAFolderNamedLikeADeckAreReported() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("x.md"));
        CliRun run = CliRun.of("lint", folder.toString(), dir.resolve("missing.md").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("x.md: error  is a directory, not a deck")
                .contains("missing.md: error  no such file");
        assertNoStackTrace(run);
    }

    static Stream<Arguments> commandsThatReadADeck() {
        return Stream.of(Arguments.of((Object) new String[] {"lint"}), Arguments.of((Object) new String[] {"lint", "--fix"}),
                Arguments.of((Object) new String[] {"render", "-o", "-"}),
                Arguments.of((Object) new String[] {"convert", "--theme", "scs-2024", "--diff"}),
                Arguments.of((Object) new String[] {"preview", "--port", "0"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsThatReadADeck")
    void aPipeNamedLikeADeckIsRefusedNotWaitedFor(String[] command) throws Exception {
        Path pipe = dir.resolve("p.md");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        CliRun run = CliRun.of(withDeck(command, pipe));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("p.md").contains("is not a regular file (a pipe, a device or a "
                + "socket), not a deck");
        assertNoStackTrace(run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsThatReadADeck")
    void aDeviceThatNeverEndsIsRefusedNotReadUntilMemoryRunsOut(String[] command) {
        CliRun run = CliRun.of(withDeck(command, Path.of("/dev/zero")));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("/dev/zero").contains("is not a regular file");
        assertNoStackTrace(run);
    }

    @Test
    void aPipeFoundInAFolderIsPassedOverSilently() throws Exception {
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("p.md").toString()).start().waitFor()).isZero();
        Files.writeString(dir.resolve("deck.md"), HEAD + "# A\n\nText\n");
        CliRun run = CliRun.of("lint", dir.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).isEqualTo("No problems in 1 deck.\n");
    }

    private static String[] withDeck(String[] command, Path deck) {
        String[] args = Arrays.copyOf(command, command.length + 1);
        args[command.length] = deck.toString();
        return args;
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
