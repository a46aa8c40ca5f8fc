package io.decklint.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
