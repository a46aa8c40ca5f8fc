package io.decklint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTest {
    @Test
    void countsLinesEndingInLfCrLfOrCrAsLspDoes() {
        SourceText text = new SourceText("a\nb\r\nc\rd");
        assertThat(text.lineCount()).isEqualTo(4);
        assertThat(text.lineText(1)).isEqualTo("b");
        assertThat(text.lineText(2)).isEqualTo("c");
        assertThat(text.positionAt(text.text().indexOf('d'))).isEqualTo(new Position(3, 0));
    }

    @Test
    void columnsCountUtf16CodeUnits() {
        SourceText text = new SourceText("🚀 x\n");
        assertThat(text.positionAt(3)).isEqualTo(new Position(0, 3));
        assertThat(text.offsetAt(new Position(0, 3))).isEqualTo(3);
    }

    @Test
    void positionsPastALineEndStopAtItsEnd() {
        SourceText text = new SourceText("ab\r\ncd");
        assertThat(text.offsetAt(new Position(0, 99))).isEqualTo(2);
        assertThat(text.offsetAt(new Position(9, 0))).isEqualTo(6);
    }

    @Test
    void reportsTheLineEndingInUse() {
        assertThat(new SourceText("a\r\nb\n").lineEnding()).isEqualTo("\r\n");
        assertThat(new SourceText("a\nb").lineEnding()).isEqualTo("\n");
        assertThat(new SourceText("single line").lineEnding()).isEqualTo("\n");
    }

    @Test
    void deletingAWholeLineNeverJoinsALoneCarriageReturnWithTheNextLineFeed() {
        for (String text : new String[] {"a\rX\n\nb", "a\rX\r\n\nb", "a\rX\r\nb", "a\nX\n\nb"}) {
            SourceText source = new SourceText(text);
            String deleted = TextEdits.apply(text, List.of(TextEdit.delete(source.wholeLine(1))));
            SourceText after = new SourceText(deleted);
            assertThat(after.lineCount()).as("%s without line 1", text).isEqualTo(source.lineCount() - 1);
            assertThat(after.lineText(after.lineCount() - 1)).isEqualTo(source.lineText(source.lineCount() - 1));
        }
        assertThat(new SourceText("a\rX\r\nb").wholeLine(1)).isEqualTo(new TextRange(2, 5));
    }

    @Test
    void insertedLinesNeverJoinALoneCarriageReturnAndALineFeed() {
        SourceText lf = new SourceText("a\nb\rc");
        assertThat(lf.lineEndingAt(2)).isEqualTo("\n");
        assertThat(lf.lineEndingAt(4)).as("after the lone \\r").isEqualTo("\r\n");
        SourceText cr = new SourceText("a\rb\nc");
        assertThat(cr.lineEndingAt(2)).isEqualTo("\r");
        assertThat(cr.lineEndingAt(3)).as("before the \\n").isEqualTo("\r\n");
    }
}
