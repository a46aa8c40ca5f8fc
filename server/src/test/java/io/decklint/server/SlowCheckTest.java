package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import io.decklint.deck.Deck;
import io.decklint.lint.Fix;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.Severity;
import io.decklint.lint.SlideRule;
import io.decklint.deck.Slide;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** A check that takes long never holds up requests, and the next edit cancels it. */
class SlowCheckTest {
    private static final String URI = "untitled:slow.md";
    private static final String FRONT_MATTER = "---\ntype: slide\n---\n";

    /** Takes as long as it is let on a slide that says {@code trigger}: until the thread is interrupted. */
    private static final class SlowRule implements SlideRule {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch stopped = new CountDownLatch(1);
        private final String trigger;

        SlowRule(String trigger) {
            this.trigger = trigger;
        }

        @Override
        public RuleMeta meta() {
            return new RuleMeta("slow", Severity.INFO, false, "takes its time");
        }

        @Override
        public void checkSlide(Slide slide, RuleContext context) {
            if (!slide.text().contains(trigger)) {
                return;
            }
            started.countDown();
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                stopped.countDown();
            }
        }
    }

    /** Reports every "TODO", with a safe fix that turns it into "DONE". */
    private static final class TodoRule implements SlideRule {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("todo", Severity.WARNING, true, "finds TODO");
        }

        @Override
        public void checkSlide(Slide slide, RuleContext context) {
            for (int at = slide.text().indexOf("TODO"); at >= 0; at = slide.text().indexOf("TODO", at + 1)) {
                TextRange range = new TextRange(slide.deckOffset(at), slide.deckOffset(at) + 4);
                context.report(range, "a TODO is left", Fix.safe("Mark it done", TextEdit.replace(range, "DONE")));
            }
        }
    }

    /** Runs out of memory on a slide that says "huge", as suggestions for a monstrous word once did. */
    private static final class GreedyRule implements SlideRule {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("greedy", Severity.INFO, false, "needs more memory than there is");
        }

        @Override
        public void checkSlide(Slide slide, RuleContext context) {
            if (slide.text().contains("huge")) {
                throw new OutOfMemoryError("Java heap space");
            }
        }
    }

    @Test
    void requestsAreAnsweredWhileADeckIsCheckedAndTheNextEditCancelsTheCheck() throws Exception {
        SlowRule slow = new SlowRule("slow");
        try (InProcessServer lsp = new InProcessServer(new Decklint(List.of(new TodoRule(), slow))).initialize()) {
            lsp.open(URI, FRONT_MATTER + "# Deck\n\nTODO, and this slide is slow\n");
            assertThat(slow.started.await(20, TimeUnit.SECONDS)).as("the slow check started").isTrue();

            var text = lsp.server.getTextDocumentService();
            TextDocumentIdentifier document = new TextDocumentIdentifier(URI);
            assertThat(text.documentSymbol(new DocumentSymbolParams(document)).get(5, TimeUnit.SECONDS))
                    .as("the outline, while the check runs").hasSize(1);
            assertThat(text.hover(new HoverParams(document, new Position(5, 1))).get(5, TimeUnit.SECONDS))
                    .as("no finding is known yet").isNull();
            assertThat(lsp.server.render(new RenderParams(URI)).get(5, TimeUnit.SECONDS).html())
                    .contains("this slide is slow");

            text.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, 2),
                    List.of(new TextDocumentContentChangeEvent(FRONT_MATTER + "# Deck\n\nTODO and TODO, quickly\n"))));
            assertThat(slow.stopped.await(5, TimeUnit.SECONDS)).as("the edit cancelled the slow check").isTrue();
            assertThat(lsp.client.awaitVersion(URI, 2).getDiagnostics()).hasSize(2);
            assertThat(text.hover(new HoverParams(document, new Position(5, 1))).get(5, TimeUnit.SECONDS)
                    .getContents().getRight().getValue()).contains("decklint todo");
            assertThat(lsp.client.published).as("nothing found in the text the edit replaced is shown")
                    .allMatch(p -> p.getVersion() == 2);
        }
    }

    @Test
    void fixAllTakesNoRequestHostageAndTheNextEditCancelsIt() throws Exception {
        SlowRule slowOnceFixed = new SlowRule("DONE");
        try (InProcessServer lsp = new InProcessServer(new Decklint(List.of(new TodoRule(), slowOnceFixed)))
                .initialize()) {
            lsp.open(URI, FRONT_MATTER + "# Deck\n\nTODO\n");
            assertThat(lsp.client.awaitVersion(URI, 1).getDiagnostics()).hasSize(1);
            var text = lsp.server.getTextDocumentService();
            TextDocumentIdentifier document = new TextDocumentIdentifier(URI);
            var actions = text.codeAction(new CodeActionParams(document, new Range(new Position(5, 0),
                    new Position(5, 0)), new CodeActionContext(List.of())));
            assertThat(slowOnceFixed.started.await(20, TimeUnit.SECONDS)).as("fix all checks the fixed text").isTrue();

            assertThat(text.hover(new HoverParams(document, new Position(5, 1))).get(5, TimeUnit.SECONDS)
                    .getContents().getRight().getValue()).contains("decklint todo");
            text.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, 2),
                    List.of(new TextDocumentContentChangeEvent(FRONT_MATTER + "# Deck\n\nTODO TODO\n"))));
            assertThat(actions.get(5, TimeUnit.SECONDS)).as("the quick fix, without the fix all the edit cancelled")
                    .extracting(a -> a.getRight().getTitle()).contains("Mark it done")
                    .noneMatch(title -> title.startsWith("Fix all"));
            assertThat(slowOnceFixed.stopped.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(lsp.client.awaitVersion(URI, 2).getDiagnostics()).hasSize(2);
        }
    }

    @Test
    void aCheckThatRunsOutOfMemorySaysSoAndTheServerCarriesOn() throws Exception {
        try (InProcessServer lsp = new InProcessServer(new Decklint(List.of(new TodoRule(), new GreedyRule())))
                .initialize()) {
            lsp.open(URI, FRONT_MATTER + "# Deck\n\nTODO: a huge word\n");
            assertThat(lsp.client.awaitVersion(URI, 1).getDiagnostics()).singleElement()
                    .satisfies(d -> assertThat(d.getMessage().getLeft()).contains("ran out of memory"));
            assertThat(lsp.client.logged).noneMatch(m -> m.getMessage().contains("\tat "));

            lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(URI, 2),
                    List.of(new TextDocumentContentChangeEvent(FRONT_MATTER + "# Deck\n\nTODO: a short word\n"))));
            assertThat(lsp.client.awaitVersion(URI, 2).getDiagnostics()).singleElement()
                    .satisfies(d -> assertThat(d.getMessage().getLeft()).isEqualTo("a TODO is left"));
        }
    }
}
