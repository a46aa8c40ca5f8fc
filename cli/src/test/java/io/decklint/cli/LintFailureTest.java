package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A file decklint fails on is one problem of the report: the run goes on and the output stays whole. */
@Timeout(120)
class LintFailureTest {
    @TempDir
    Path dir;

    @Test
    void aFileDecklintFailsOnIsReportedAndTheOthersAreLinted() throws IOException {
        // a link address in <> this long still overflows the stack in flexmark's pattern for it
        Files.writeString(dir.resolve("broken.md"), "---\ntype: slide\n---\n[x](<" + "a".repeat(300_000) + ">)\n");
        Files.writeString(dir.resolve("deck.md"), "---\ntype: slide\n---\n# Plans\n\n* improvments\n");
        CliRun run = CliRun.of("lint", "--format", "json", dir.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.EXIT_TROUBLE);
        JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(report.getAsJsonArray("files")).hasSize(2);
        JsonObject broken = report.getAsJsonArray("files").get(0).getAsJsonObject();
        assertThat(broken.get("path").getAsString()).endsWith("broken.md");
        assertThat(broken.get("error").getAsString()).contains("decklint failed on this file", "StackOverflowError");
        JsonObject deck = report.getAsJsonArray("files").get(1).getAsJsonObject();
        assertThat(deck.getAsJsonArray("diagnostics").toString()).contains("improvments").doesNotContain("rule-failure");
        assertThat(run.err()).as("the file left out of the workspace's words, said once")
                .containsOnlyOnce("broken.md").doesNotContain("\tat ");
    }
}
