package io.decklint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The diff {@code convert --diff} prints: the same hunks GNU {@code diff -u} prints, and a patch that applies. */
class UnifiedDiffTest {
    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@\n");

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.of("a", "b", "same\ntext\n", "same\ntext\n")).isEmpty();
    }

    @Test
    void distantChangesAreSeparateHunksWithThreeLinesOfContext() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n";
        String after = "a\nb\nC\nd\ne\nf\ng\nh\ni\nj\nk\nL\nm\n";
        assertThat(UnifiedDiff.of("a/deck.md", "b/deck.md", before, after)).isEqualTo("""
                --- a/deck.md
                +++ b/deck.md
                @@ -1,6 +1,6 @@
                 a
                 b
                -c
                +C
                 d
                 e
                 f
                @@ -9,5 +9,5 @@
                 i
                 j
                 k
                -l
                +L
                 m
                """);
    }

    @Test
    void insertionsAndDeletionsCountAsDiffCountsThem() {
        assertThat(hunks(UnifiedDiff.of("a", "b", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n", "a\nb\nc\nd\ne\nX\nf\ng\nh\ni\nj\n")))
                .isEqualTo("@@ -3,6 +3,7 @@\n c\n d\n e\n+X\n f\n g\n h\n");
        assertThat(hunks(UnifiedDiff.of("a", "b", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n", "a\nb\nc\nd\nf\ng\nh\ni\nj\n")))
                .isEqualTo("@@ -2,7 +2,6 @@\n b\n c\n d\n-e\n f\n g\n h\n");
        assertThat(hunks(UnifiedDiff.of("a", "b", "", "x\n"))).isEqualTo("@@ -0,0 +1 @@\n+x\n");
        assertThat(hunks(UnifiedDiff.of("a", "b", "x\n", ""))).isEqualTo("@@ -1 +0,0 @@\n-x\n");
    }

    @Test
    void marksALastLineWithoutLineBreak() {
        assertThat(hunks(UnifiedDiff.of("a", "b", "a\nb", "a\nb\n")))
                .isEqualTo("@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
    }

    @Test
    void keepsCarriageReturnsInTheLines() {
        assertThat(hunks(UnifiedDiff.of("a", "b", "one\r\ntwo\r\n", "one\r\nTWO\r\n")))
                .isEqualTo("@@ -1,2 +1,2 @@\n one\r\n-two\r\n+TWO\r\n");
    }

    @Test
    void randomTextsPatchIntoEachOther() {
        Random random = new Random(20240627);
        for (int round = 0; round < 500; round++) {
            String before = randomText(random);
            String after = random.nextInt(4) == 0 ? before : mutate(before, random);
            String diff = UnifiedDiff.of("a", "b", before, after);
            assertThat(patch(before, diff)).as("round %d:\n%s\n=>\n%s\n%s", round, before, after, diff).isEqualTo(after);
            assertThat(diff.isEmpty()).isEqualTo(before.equals(after));
        }
    }

    @Test
    void aHugeRewriteStaysCorrectBeyondTheEditLimit() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            before.append("old ").append(i).append('\n');
            after.append("new ").append(i).append('\n');
        }
        String diff = UnifiedDiff.of("a", "b", before.toString(), after.toString());
        assertThat(patch(before.toString(), diff)).isEqualTo(after.toString());
    }

    private static String hunks(String diff) {
        return diff.substring(diff.indexOf("@@"));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int lines = random.nextInt(30);
        for (int i = 0; i < lines; i++) {
            text.append("line ").append((char) ('a' + random.nextInt(5)));
            if (i < lines - 1 || random.nextBoolean()) {
                text.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
            }
        }
        return text.toString();
    }

    private static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(UnifiedDiff.lines(text));
        int changes = 1 + random.nextInt(6);
        for (int c = 0; c < changes; c++) {
            int at = lines.isEmpty() ? 0 : random.nextInt(lines.size() + 1);
            switch (random.nextInt(3)) {
                case 0 -> lines.add(at, "new " + random.nextInt(3) + "\n");
                case 1 -> {
                    if (at < lines.size()) {
                        lines.remove(at);
                    }
                }
                default -> {
                    if (at < lines.size()) {
                        lines.set(at, "changed " + random.nextInt(3) + "\n");
                    }
                }
            }
        }
        if (!lines.isEmpty() && random.nextInt(4) == 0) {
            String last = lines.get(lines.size() - 1);
            lines.set(lines.size() - 1, last.endsWith("\n") ? last.substring(0, last.length() - 1) : last + "\n");
        }
        return String.join("", lines);
    }

    /** Applies a unified diff as patch(1) would, checking every context and removed line against the text. */
    private static String patch(String text, String diff) {
        if (diff.isEmpty()) {
            return text;
        }
        List<String> lines = UnifiedDiff.lines(text);
        List<String> out = new ArrayList<>();
        List<String> diffLines = UnifiedDiff.lines(diff);
        assertThat(diffLines.get(0)).startsWith("--- ");
        assertThat(diffLines.get(1)).startsWith("+++ ");
        int next = 0;
        int i = 2;
        while (i < diffLines.size()) {
            Matcher hunk = HUNK.matcher(diffLines.get(i++));
            assertThat(hunk.matches()).as(diff).isTrue();
            int oldStart = Integer.parseInt(hunk.group(1));
            int oldCount = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
            int newCount = hunk.group(4) == null ? 1 : Integer.parseInt(hunk.group(4));
            int from = oldCount == 0 ? oldStart : oldStart - 1;
            while (next < from) {
                out.add(lines.get(next++));
            }
            int seenOld = 0;
            int seenNew = 0;
            while (i < diffLines.size() && !diffLines.get(i).startsWith("@@")) {
                String line = diffLines.get(i++);
                if (i < diffLines.size() && diffLines.get(i).equals("\\ No newline at end of file\n")) {
                    line = line.substring(0, line.length() - 1);
                    i++;
                }
                String body = line.substring(1);
                switch (line.charAt(0)) {
                    case ' ' -> {
                        assertThat(lines.get(next++)).isEqualTo(body);
                        out.add(body);
                        seenOld++;
                        seenNew++;
                    }
                    case '-' -> {
                        assertThat(lines.get(next++)).isEqualTo(body);
                        seenOld++;
                    }
                    default -> {
                        assertThat(line.charAt(0)).isEqualTo('+');
                        out.add(body);
                        seenNew++;
                    }
                }
            }
            assertThat(seenOld).as("old lines of a hunk in\n" + diff).isEqualTo(oldCount);
            assertThat(seenNew).as("new lines of a hunk in\n" + diff).isEqualTo(newCount);
        }
        while (next < lines.size()) {
            out.add(lines.get(next++));
        }
        return String.join("", out);
    }
}
