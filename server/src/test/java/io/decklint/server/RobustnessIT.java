package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;

/** Bad input of every kind gets an answer, and the server keeps serving. */
class RobustnessIT {
    /** Front matter that makes a text a deck, which the server checks (it leaves other Markdown alone). */
    private static final String DECK = "---\ntype: slide\n---\n";

    @Test
    void malformedDecksStillGetAnswers() throws Exception {
        Random random = new Random(7);
        byte[] noise = new byte[20_000];
        random.nextBytes(noise);
        StringBuilder surrogates = new StringBuilder(DECK + "# \uD800 lone \uDC00 halves\n\n---\n\n");
        String huge = DECK + "# Huge\n\n" + "word ".repeat(400_000) + "\n\n---\n\n" + ":smile:".repeat(50_000) + "\n";
        List<String> decks = List.of(
                "---\ntitle: [unclosed\nslideOptions: {theme: \n---\n# After bad YAML\n",
                "---\na: &a [*a, *a]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n---\n# x\n",
                "---\n" + "[".repeat(5_000) + "\n---\n# Deep\n",
                "---\nslideOptions:\n  theme: white\n",
                new String(noise, StandardCharsets.ISO_8859_1),
                new String(noise, StandardCharsets.UTF_8),
                surrogates.append("\u0000\u0001\u0007 nul and bell\n").toString(),
                huge,
                DECK + "<!-- never closed\n\n---\n\n```\nnever closed either\n\n----\n\n:::info\n",
                "");
        try (ServerProcess lsp = new ServerProcess().initialize(null)) {
            for (int i = 0; i < decks.size(); i++) {
                String uri = "untitled:bad-" + i + ".md";
                lsp.open(uri, decks.get(i));
                lsp.client.awaitVersion(uri, 1);
                TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
                var text = lsp.server.getTextDocumentService();
                Position middle = new Position(1, 3);
                assertThat(text.documentSymbol(new DocumentSymbolParams(document)).get(30, TimeUnit.SECONDS))
                        .as("outline of deck %d", i).isNotNull();
                assertThat(text.foldingRange(new FoldingRangeRequestParams(document)).get(30, TimeUnit.SECONDS))
                        .isNotNull();
                text.hover(new HoverParams(document, middle)).get(30, TimeUnit.SECONDS);
                assertThat(text.completion(new CompletionParams(document, middle)).get(30, TimeUnit.SECONDS))
                        .isNotNull();
                assertThat(text.codeAction(new CodeActionParams(document, new Range(new Position(0, 0),
                        new Position(9_999, 0)), new CodeActionContext(List.of()))).get(30, TimeUnit.SECONDS))
                        .isNotNull();
                assertThat(lsp.server.render(new RenderParams(uri)).get(30, TimeUnit.SECONDS).slides()).isNotEmpty();
            }
            assertThat(lsp.shutdownAndExit()).isZero();
        }
    }

    @Test
    void aFailingRequestIsAnsweredWithAnErrorAndTheServerCarriesOn() throws Exception {
        try (ServerProcess lsp = new ServerProcess().initialize(null)) {
            String uri = "untitled:deck.md";
            lsp.open(uri, "# A\n\n---\n\n## B\n");
            lsp.client.awaitVersion(uri, 1);
            var text = lsp.server.getTextDocumentService();

            com.google.gson.JsonObject noPosition = new com.google.gson.JsonObject();
            com.google.gson.JsonObject document = new com.google.gson.JsonObject();
            document.addProperty("uri", uri);
            noPosition.add("textDocument", document);
            assertThatThrownBy(() -> lsp.endpoint.request("textDocument/hover", noPosition).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ResponseErrorException.class)
                    .hasMessageContaining("textDocument/hover");
            assertThat(lsp.client.logged).anyMatch(m -> m.getMessage().contains("textDocument/hover"));

            assertThat(text.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                    .get(10, TimeUnit.SECONDS)).hasSize(2);
            assertThat(lsp.shutdownAndExit()).isZero();
        }
    }

    @Test
    void garbageOnTheWireIsSkipped() throws Exception {
        try (ServerProcess lsp = new ServerProcess().initialize(null)) {
            String body = "{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": \"textDocument/hover\", \"params\": {oops";
            lsp.writeRaw("Content-Length: " + body.length() + "\r\n\r\n" + body);
            String notJson = "\u0000\u0001 binary \u00ff";
            lsp.writeRaw("Content-Length: " + notJson.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + notJson);
            String uri = "untitled:after.md";
            lsp.open(uri, "# Still here\n");
            assertThat(lsp.client.awaitVersion(uri, 1).getDiagnostics()).isEmpty();
            assertThat(lsp.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(
                    new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS)).hasSize(1);
            assertThat(lsp.shutdownAndExit()).isZero();
        }
    }
}
