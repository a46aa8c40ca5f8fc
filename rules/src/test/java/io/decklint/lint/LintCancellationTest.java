package io.decklint.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An editor interrupts the thread linting a text it has since changed: the run stops, and says nothing. */
class LintCancellationTest {
    private final List<String> checked = new ArrayList<>();
    private boolean keystrokeComing = true;

    /** Notes each slide it checks; on the second, the editor's next keystroke arrives. */
    private final SlideRule interruptedOnTheSecondSlide = new SlideRule() {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("slides", Severity.INFO, false, "notes the slides");
        }

        @Override
        public void checkSlide(Slide slide, RuleContext context) {
            checked.add(slide.text().strip());
            context.report(new TextRange(slide.range().start(), slide.range().start()), "seen");
            if (checked.size() == 2 && keystrokeComing) {
                keystrokeComing = false;
                Thread.currentThread().interrupt();
            }
        }
    };

    /** Fails because its thread was interrupted, as a file read does. */
    private final Rule failsWhenInterrupted = new Rule() {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("reads-files", Severity.INFO, false, "reads files");
        }

        @Override
        public void check(Deck deck, RuleContext context) {
            Thread.currentThread().interrupt();
            throw new java.io.UncheckedIOException(new java.nio.channels.ClosedByInterruptException());
        }
    };

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void anInterruptedRunStopsAtTheNextSlideAndReportsNothing() {
        Deck deck = Deck.parse("# A\n\n---\n\n# B\n\n---\n\n# C\n\n---\n\n# D\n");
        SlideCache cache = new SlideCache();
        Linter linter = new Linter(List.of(interruptedOnTheSecondSlide));

        assertThatThrownBy(() -> linter.lint(deck, LintSettings.DEFAULTS, LintEnvironment.NONE, cache))
                .isInstanceOf(CancellationException.class);
        assertThat(checked).containsExactly("# A", "# B");

        Thread.interrupted();
        checked.clear();
        assertThat(linter.lint(deck, LintSettings.DEFAULTS, LintEnvironment.NONE, cache))
                .as("a cancelled run leaves the cache as the last finished run left it").hasSize(4);
        assertThat(checked).hasSize(4);
    }

    @Test
    void aRuleStoppedByTheInterruptIsCancelledNotFailed() {
        Linter linter = new Linter(List.of(failsWhenInterrupted));

        assertThatThrownBy(() -> linter.lint(Deck.parse("# A\n"), LintSettings.DEFAULTS, LintEnvironment.NONE))
                .as("no rule-failure finding").isInstanceOf(CancellationException.class);
    }
}
