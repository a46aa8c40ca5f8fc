package io.decklint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.SlideIndex;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixerTest {
    /** A finding on the first {@code from} character, whose fix writes {@code to} there. */
    private static List<Diagnostic> replaceFirst(String text, char from, char to) {
        int at = text.indexOf(from);
        if (at < 0) {
            return List.of();
        }
        TextRange range = new TextRange(at, at + 1);
        return List.of(new Diagnostic("test", Severity.WARNING, "write " + to, range, SlideIndex.of(0, 0, false, true),
                List.of(Fix.safe("Write " + to, TextEdit.replace(range, String.valueOf(to))))));
    }

    @Test
    void fixesThatWaitOnEachOtherAreAllMadeInOneRun() {
        // one fix a pass, far more passes than the ten the fixer used to stop after
        Fixer.Result result = Fixer.fixAll("x".repeat(30), text -> replaceFirst(text, 'x', 'y'));

        assertThat(result.text()).isEqualTo("y".repeat(30));
        assertThat(result.applied()).isEqualTo(30);
        assertThat(result.passes()).hasSize(30);
        assertThat(result.complete()).isTrue();
    }

    @Test
    void fixesThatUndoEachOtherStopAndSaySo() {
        Fixer.Result result = Fixer.fixAll("a", text -> text.equals("a") ? replaceFirst(text, 'a', 'b')
                : replaceFirst(text, 'b', 'a'));

        assertThat(result.complete()).isFalse();
        assertThat(result.passes().size()).isLessThan(Fixer.MAX_PASSES);
    }

    @Test
    void eachPassRecordsTheFindingsItFixedAndTheirEdits() {
        Fixer.Result result = Fixer.fixAll("xx", text -> replaceFirst(text, 'x', 'y'));

        assertThat(result.passes()).hasSize(2);
        Fixer.Pass first = result.passes().get(0);
        assertThat(first.fixed()).extracting(Diagnostic::range).containsExactly(new TextRange(0, 1));
        assertThat(first.edits()).containsExactly(new TextEdit(0, 1, "y"));
    }
}
