package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.RealDecks;
import io.decklint.Decklint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 2,000 random edits to a real deck, valid and not (ranges past the end, negative or reversed, halves of
 * surrogate pairs, CR and CRLF, huge lines, changes without their text), each followed by a request. The server
 * must answer every request, never log a stack trace, and keep the same text as a model of the edits that
 * clamps positions and rejects malformed changes the way docs/lsp.md says.
 */
class RandomEditsTest {
    private static final int EDITS = 2_000;
    private static final String URI = "untitled:fuzzed.md";
    private static final String[] PIECES = {"", "a", "word ", "improvments ", "\n", "\r\n", "\r", "\n\n", "---",
        "\n\n---\n\n", "\n----\n", "----", "# Title\n", "## Heading", "- item\n", "> quote ", "`code`", "```\n",
        "<!-- .slide: data-background=\"#fff\" -->", "<!-- .element: class=\"x\" -->", "<!-- decklint-disable -->",
        "note:\n", ":smile:", ":", "![alt](img.png =100x)", "<style>\nh1 { color: \"red\" }\n</style>\n",
        "slideOptions:\n  theme: white\n", "type: slide\n", "\uD800", "\uDC00", "\uD83D\uDE00", "e\u0301", "\u05E9\u05DC\u05D5\u05DD",
        "\u0000", "\t", "  ", "|a|b|\n|-|-|\n", "[link](http://127.0.0.1/)", ":::info\n", "\uFEFF"};

    /** A line of 30,000 characters. */
    private static final String HUGE_LINE = "1234567890".repeat(3_000);

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theServerAnswersEveryRequestAndKeepsTheTextOfTheEdits() throws Exception {
        Random random = new Random(17);
        String model = RealDecks.read(RealDecks.seed("community-call-2023-11-23.md"));
        try (InProcessServer lsp = new InProcessServer(new Decklint()).initialize()) {
            lsp.open(URI, model);
            TextDocumentService text = lsp.server.getTextDocumentService();
            int accepted = 1;
            for (int version = 2; version < EDITS + 2; version++) {
                List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    changes.add(change(random, model));
                }
                String before = model;
                accepted = TextModel.accepts(changes) ? version : accepted;
                model = TextModel.apply(model, changes);
                text.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, version),
                        changes));
                ask(lsp, random, version, model);
                String server = serverText(lsp);
                if (!server.equals(model)) {
                    throw new AssertionError("edit " + (version - 1) + " " + describe(changes) + " of the text ending "
                            + visible(before.substring(Math.max(0, before.length() - 60)))
                            + " (length " + before.length() + ") made the server's text differ from the model at "
                            + firstDifference(server, model));
                }
            }
            List<Diagnostic> last = lsp.client.awaitVersion(URI, accepted).getDiagnostics();
            for (Diagnostic diagnostic : last) {
                assertInside(diagnostic.getRange(), model);
            }
            List<MessageParams> told = new ArrayList<>(lsp.client.logged);
            told.addAll(lsp.client.shown);
            assertThat(told).extracting(MessageParams::getMessage)
                    .noneMatch(m -> m.contains("\tat ") || m.contains("Exception") || m.contains("Error"));
            assertThat(lsp.stderr()).doesNotContain("\tat ");
        }
    }

    /** One change: mostly a replacement somewhere in the text, sometimes past it, reversed, whole, or broken. */
    private static TextDocumentContentChangeEvent change(Random random, String text) {
        String insert = random.nextInt(200) == 0 ? HUGE_LINE : PIECES[random.nextInt(PIECES.length)];
        int kind = random.nextInt(100);
        if (kind < 2) {
            return new TextDocumentContentChangeEvent(text.length() > 200_000 ? "# Again\n" : text + insert);
        }
        Position start = position(random, text);
        Position end = kind < 60 ? start : position(random, text);
        if (kind == 99) {
            TextDocumentContentChangeEvent noText = new TextDocumentContentChangeEvent();
            noText.setRange(new Range(start, end));
            return noText;
        }
        if (kind == 98) {
            Range halfRange = new Range();
            halfRange.setStart(start);
            return new TextDocumentContentChangeEvent(halfRange, insert);
        }
        return new TextDocumentContentChangeEvent(new Range(start, end), insert);
    }

    /** Mostly a position in the text; now and then a line or character past its end, or a negative one. */
    private static Position position(Random random, String text) {
        int lines = TextModel.lineStarts(text).size();
        return switch (random.nextInt(20)) {
            case 0 -> new Position(lines + random.nextInt(3), random.nextInt(5));
            case 1 -> new Position(random.nextInt(lines), 1_000 + random.nextInt(100));
            case 2 -> new Position(-1 - random.nextInt(2), random.nextInt(5));
            case 3 -> new Position(random.nextInt(lines), -1);
            default -> new Position(random.nextInt(lines), random.nextInt(12));
        };
    }

    /** One of the requests an editor sends while typing, in turn, each answered in time and without an error. */
    private static void ask(InProcessServer lsp, Random random, int version, String model) throws Exception {
        TextDocumentService text = lsp.server.getTextDocumentService();
        TextDocumentIdentifier document = new TextDocumentIdentifier(URI);
        Position at = position(random, model);
        CompletableFuture<?> answer = switch (version % 6) {
            case 0 -> text.hover(new HoverParams(document, at));
            case 1 -> {
                CodeActionContext context = new CodeActionContext(List.of());
                if (version % 60 != 1) {
                    context.setOnly(List.of(CodeActionKind.QuickFix));
                }
                yield text.codeAction(new CodeActionParams(document, new Range(at, position(random, model)),
                        context));
            }
            case 2 -> text.documentSymbol(new DocumentSymbolParams(document)).thenAccept(symbols -> symbols
                    .forEach(s -> assertInside(s.getRight(), model)));
            case 3 -> text.foldingRange(new FoldingRangeRequestParams(document)).thenAccept(folds -> folds
                    .forEach(f -> assertThat(f.getEndLine()).isLessThan(TextModel.lineStarts(model).size())));
            case 4 -> text.completion(new CompletionParams(document, at));
            default -> lsp.server.render(new RenderParams(URI));
        };
        try {
            answer.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            String log = lsp.stderr();
            String failure = log.substring(Math.max(0, log.lastIndexOf("failed while handling")));
            throw new AssertionError("request " + version % 6 + " at " + at + " after edit " + (version - 1)
                    + " failed; the server logged: " + failure.substring(0, Math.min(failure.length(), 3_000)), e);
        }
    }

    private static void assertInside(DocumentSymbol symbol, String model) {
        assertInside(symbol.getRange(), model);
        if (symbol.getChildren() != null) {
            symbol.getChildren().forEach(child -> assertInside(child, model));
        }
    }

    private static void assertInside(Range range, String model) {
        List<Integer> starts = TextModel.lineStarts(model);
        for (Position position : List.of(range.getStart(), range.getEnd())) {
            assertThat(position.getLine()).as("line of %s", range).isBetween(0, starts.size() - 1);
            assertThat(position.getCharacter()).as("character of %s", range)
                    .isBetween(0, TextModel.lineLength(model, starts, position.getLine()));
        }
    }

    private static String firstDifference(String server, String model) {
        int at = 0;
        while (at < server.length() && at < model.length() && server.charAt(at) == model.charAt(at)) {
            at++;
        }
        return "offset " + at + ": the server has \"" + excerpt(server, at) + "\", the model \"" + excerpt(model, at)
                + "\"";
    }

    private static String excerpt(String text, int at) {
        return visible(text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20)));
    }

    private static String describe(List<TextDocumentContentChangeEvent> changes) {
        return changes.stream().map(c -> (c.getRange() == null ? "whole" : c.getRange().getStart() == null ? "?"
                : c.getRange().getStart().getLine() + ":" + c.getRange().getStart().getCharacter() + "-"
                + (c.getRange().getEnd() == null ? "?" : c.getRange().getEnd().getLine() + ":"
                + c.getRange().getEnd().getCharacter())) + " \"" + (c.getText() == null ? null
                : visible(c.getText().length() > 40 ? c.getText().substring(0, 40) + "…" : c.getText())) + "\"")
                .toList().toString();
    }

    /** Line breaks and control characters spelt out, so a failure's message shows what differs. */
    private static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        text.chars().forEach(c -> shown.append(c < 0x20 || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return shown.toString();
    }

    private static String serverText(InProcessServer lsp) throws Exception {
        return lsp.local.documents().read(URI, "the test's look at the text", OpenDeck::text).get(20,
                TimeUnit.SECONDS);
    }
}
