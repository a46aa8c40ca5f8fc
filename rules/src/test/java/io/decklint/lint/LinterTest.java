package io.decklint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.Deck;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinterTest {
    /** Reports every occurrence of "TODO", with a safe fix that writes "DONE". */
    private static final Rule TODO = new Rule() {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("no-todo", Severity.WARNING, true, "No TODO left.");
        }

        @Override
        public void check(Deck deck, RuleContext context) {
            int at = deck.text().indexOf("TODO");
            while (at >= 0) {
                TextRange range = new TextRange(at, at + 4);
                context.report(range, "TODO left", Fix.safe("Write DONE", TextEdit.replace(range, "DONE")));
                at = deck.text().indexOf("TODO", at + 1);
            }
        }
    };

    private static final Rule BROKEN = new Rule() {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("broken", Severity.INFO, false, "Always fails.");
        }

        @Override
        public void check(Deck deck, RuleContext context) {
            throw new IllegalStateException("boom");
        }
    };

    /** Everything but the failing rule. */
    private static final LintSettings QUIET = new LintSettings(
            Map.of("broken", new RuleSetting(false, null, RuleOptions.NONE)), List.of());

    private static List<Diagnostic> lint(String text, LintSettings settings) {
        return new Linter(List.of(BROKEN, TODO)).lint(Deck.parse(text), settings, LintEnvironment.NONE);
    }

    @Test
    void aFailingRuleBecomesOneFindingAndTheOthersStillRun() {
        List<Diagnostic> findings = lint("# TODO\n", LintSettings.DEFAULTS);
        assertThat(findings).extracting(Diagnostic::rule).containsExactly(Linter.RULE_FAILURE, "no-todo");
        assertThat(findings.get(0).message()).contains("'broken'").contains("boom");
    }

    @Test
    void configurationSetsSeverityOrSwitchesARuleOff() {
        LintSettings errors = new LintSettings(Map.of("no-todo", new RuleSetting(true, Severity.ERROR, RuleOptions.NONE),
                "broken", new RuleSetting(false, null, RuleOptions.NONE)), List.of());
        assertThat(lint("TODO", errors)).singleElement().extracting(Diagnostic::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void inlineDirectivesSwitchRulesOffForLinesAndSpans() {
        String text = "TODO 1\n<!-- decklint-disable-next-line no-todo -->\nTODO 2\nTODO 3 <!-- decklint-disable-line -->\n"
                + "<!-- decklint-disable no-todo -->\nTODO 4\n<!-- decklint-enable no-todo -->\nTODO 5\n";
        assertThat(lint(text, QUIET)).extracting(d -> d.range().of(text) + "@" + text.substring(d.range().end(), d.range().end() + 2))
                .containsExactly("TODO@ 1", "TODO@ 5");
    }

    @Test
    void enablingOneRuleInsideDisableAllKeepsTheOthersOff() {
        String text = "<!-- decklint-disable -->\nTODO 1\n<!-- decklint-enable no-todo -->\nTODO 2\n";
        assertThat(lint(text, QUIET)).extracting(d -> d.range().start()).containsExactly(text.indexOf("TODO 2"));
    }

    @Test
    void fixingRepeatsUntilNothingIsLeftAndSkipsConflicts() {
        Fixer.Result result = Fixer.fixAll("TODO TODO", text -> lint(text, QUIET));
        assertThat(result.text()).isEqualTo("DONE DONE");
        assertThat(result.applied()).isEqualTo(2);
    }
}
