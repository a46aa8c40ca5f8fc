package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.messages.CancelParams;
import org.junit.jupiter.api.Test;

/** Each log line reaches the editor once, at its own level; lsp4j's harmless noise is a debug line. */
class ServerLogTest {
    @Test
    void aConnectedEditorGetsEachLineOnceWithItsLevelAndStandardErrorStaysQuiet() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ServerLog log = new ServerLog(new PrintStream(err, true, StandardCharsets.UTF_8));
        log.info("before any editor");
        TestClient client = new TestClient();
        log.connect(client);
        log.info("converted to scs-2024\n  3:1: info: replaced the title");
        log.warn("a file was left out");
        log.debug("a detail");
        log.failed("textDocument/hover", new IllegalStateException("broken"));

        assertThat(client.logged).extracting(MessageParams::getType).containsExactly(MessageType.Info,
                MessageType.Warning, MessageType.Debug, MessageType.Error);
        assertThat(client.logged.get(0).getMessage()).isEqualTo("converted to scs-2024\n  3:1: info: replaced the title");
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(stderr).startsWith("decklint-server [info] before any editor\n")
                .doesNotContain("converted", "left out", "a detail")
                .contains("decklint-server [error] decklint failed while handling textDocument/hover", "\tat ");
    }

    @Test
    void anUnmatchedCancelIsADebugLineInTheEditorsLogAndNothingOnStandardError() throws Exception {
        try (InProcessServer lsp = new InProcessServer(new Decklint()).initialize()) {
            CancelParams cancel = new CancelParams();
            cancel.setId("4711");
            lsp.notify("$/cancelRequest", cancel);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (lsp.client.logged.stream().noneMatch(m -> m.getMessage().contains("4711"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(lsp.client.logged).filteredOn(m -> m.getMessage().contains("4711"))
                    .extracting(MessageParams::getType).containsExactly(MessageType.Debug);
            assertThat(lsp.stderr()).doesNotContain("4711", "Unmatched");
        }
    }
}
