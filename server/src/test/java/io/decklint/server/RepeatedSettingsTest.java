package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.decklint.Decklint;
import io.decklint.deck.Deck;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.Severity;
import io.decklint.text.TextRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VS Code sends its settings with {@code initialize} and answers the server's {@code workspace/configuration}
 * with the same ones, often after it has opened the deck: the same settings again must not start the deck's first
 * check over, which would hold its findings back.
 */
class RepeatedSettingsTest {
    private static final String URI = "untitled:deck.md";
    private static final String SETTINGS = "{\"words\": [\"Decklint\"]}";

    /** Counts the checks it is part of; the first waits until the test lets it finish. */
    private static final class CountedRule implements Rule {
        final AtomicInteger checks = new AtomicInteger();
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch finishFirst = new CountDownLatch(1);

        @Override
        public RuleMeta meta() {
            return new RuleMeta("counted", Severity.WARNING, false, "counts the checks");
        }

        @Override
        public void check(Deck deck, RuleContext context) {
            if (checks.incrementAndGet() == 1) {
                firstStarted.countDown();
                try {
                    finishFirst.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // cancelled: the engine stops at its next checkpoint
                    return;
                }
            }
            context.report(new TextRange(0, 3), "checked");
        }
    }

    @Test
    void theSameSettingsAgainLeaveTheFirstCheckRunning() throws Exception {
        CountedRule rule = new CountedRule();
        try (InProcessServer lsp = new InProcessServer(new Decklint(List.of(rule)))) {
            CompletableFuture<Void> answerSettings = new CompletableFuture<>();
            lsp.client.settingsAnswered = answerSettings;
            lsp.client.settings = List.of(JsonParser.parseString(SETTINGS));
            InitializeParams params = TestClient.initializeParams(null);
            params.getCapabilities().getWorkspace().setConfiguration(true);
            JsonObject options = new JsonObject();
            options.add("decklint", JsonParser.parseString(SETTINGS));
            params.setInitializationOptions(options);
            lsp.initialize(params);

            lsp.open(URI, "---\ntype: slide\n---\n# Deck\n");
            assertThat(rule.firstStarted.await(20, TimeUnit.SECONDS)).as("the deck's first check started").isTrue();
            answerSettings.complete(null);
            // Answered after the settings on the server's worker: whatever they change is under way by then.
            lsp.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(URI)))
                    .get(20, TimeUnit.SECONDS);
            rule.finishFirst.countDown();

            assertThat(lsp.client.awaitDiagnostics(URI, published -> !published.getDiagnostics().isEmpty())
                    .getDiagnostics()).anyMatch(found -> found.getMessage().getLeft().contains("checked"));
            assertThat(rule.checks).as("the deck was checked once").hasValue(1);
        }
    }

    /** Flags every deck, so a pack that turns it off shows. */
    private static final class FlaggingRule implements Rule {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("flagged", Severity.WARNING, false, "flags every deck");
        }

        @Override
        public void check(Deck deck, RuleContext context) {
            context.report(new TextRange(0, 3), "flagged");
        }
    }

    @Test
    void settingsThatCouldNotBeUsedAreTriedAgainWhenTheEditorSendsThemAgain(@TempDir Path workspace) throws Exception {
        try (InProcessServer lsp = new InProcessServer(new Decklint(List.of(new FlaggingRule())))) {
            lsp.initialize(TestClient.initializeParams(workspace));
            lsp.open(URI, "---\ntype: slide\n---\n# Deck\n");
            lsp.client.awaitDiagnostics(URI, published -> !published.getDiagnostics().isEmpty());

            JsonObject settings = JsonParser.parseString("{\"decklint\": {\"extends\": [\"./team.yml\"]}}")
                    .getAsJsonObject();
            lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (lsp.client.shown.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(lsp.client.shown).as("the missing pack is reported").isNotEmpty();

            // The user writes the pack the settings name; VS Code sends the same settings again.
            Files.writeString(workspace.resolve("team.yml"), "name: team\nrules:\n  flagged: off\n");
            lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
            assertThat(lsp.client.awaitDiagnostics(URI, published -> published.getDiagnostics().isEmpty())
                    .getDiagnostics()).as("the pack's rules apply").isEmpty();
        }
    }
}
