package io.decklint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pipe-only rows after a table, as markdown-it 13 reads them, with any line ending and at any count. */
class PipeOnlyTableRowsTest {
    private static final String TABLE = "| a |\n|---|\n |\n |\nb | c\n |\n\n |\n";

    private static String body(String markdown) {
        return SlideRenderer.render(markdown, null).body();
    }

    @Test
    void pipeOnlyRowsAndTheRowsAfterThemContinueTheTable() {
        assertThat(PipeOnlyTableRows.continueTables(TABLE)).isEqualTo("| a |\n|---|\n | |\n | |\nb | c\n | |\n\n |\n");
    }

    @Test
    void carriageReturnsEndLinesAsNewlinesDo() {
        String fixed = PipeOnlyTableRows.continueTables(TABLE);
        assertThat(PipeOnlyTableRows.continueTables(TABLE.replace("\n", "\r"))).isEqualTo(fixed.replace("\n", "\r"));
        assertThat(PipeOnlyTableRows.continueTables(TABLE.replace("\n", "\r\n")))
                .isEqualTo(fixed.replace("\n", "\r\n"));
    }

    /** The slide was parsed again for every row fixed: 8,000 rows took 37 s. */
    @Test
    void manyPipeOnlyRowsRenderInLinearTime() {
        String deck = "| a |\n|---|\n" + " |\n".repeat(20_000);
        String body = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> body(deck));
        assertThat(body.split("<tr>", -1)).hasSize(20_002);
    }
}
