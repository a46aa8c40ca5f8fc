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
    private static final Rule TODO = marker("no-todo", "TODO", "DONE");
    /** Reports every "FIXME", so a directive can be shown to leave the rules it does not name alone. */
    private static final Rule FIXME = marker("no-fixme", "FIXME", null);

    /** A rule that reports every occurrence of a word, with a safe fix to a replacement when there is one. */
    private static Rule marker(String id, String word, String replacement) {
        return new Rule() {
            @Override
            public RuleMeta meta() {
                return new RuleMeta(id, Severity.WARNING, replacement != null, "No " + word + " left.");
            }

            @Override
            public void check(Deck deck, RuleContext context) {
                for (int at = deck.text().indexOf(word); at >= 0; at = deck.text().indexOf(word, at + 1)) {
                    TextRange range = new TextRange(at, at + word.length());
                    context.report(range, word + " left", replacement == null ? new Fix[0]
                            : new Fix[] {Fix.safe("Write " + replacement, TextEdit.replace(range, replacement))});
                }
            }
        };
    }

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

    /** What is still reported, each as the marker and the number after it: "TODO 2". */
    private static List<String> reported(String text) {
        return new Linter(List.of(TODO, FIXME)).lint(Deck.parse(text), LintSettings.DEFAULTS, LintEnvironment.NONE)
                .stream().map(d -> text.substring(d.range().start(), d.range().end() + 2)).toList();
    }

    @Test
    void disableLineWithAnIdSwitchesThatRuleOffForThatLineOnly() {
        assertThat(reported("TODO 1 FIXME 1 <!-- decklint-disable-line no-todo -->\nTODO 2 FIXME 2\n"))
                .containsExactly("FIXME 1", "TODO 2", "FIXME 2");
    }

    @Test
    void disableLineWithoutIdsSwitchesEveryRuleOffForThatLineOnly() {
        assertThat(reported("TODO 1\nTODO 2 FIXME 2 <!-- decklint-disable-line -->\nTODO 3 FIXME 3\n"))
                .containsExactly("TODO 1", "TODO 3", "FIXME 3");
    }

    @Test
    void disableNextLineWithAnIdSwitchesThatRuleOffForTheNextLineOnly() {
        assertThat(reported("<!-- decklint-disable-next-line no-todo -->\nTODO 1 FIXME 1\nTODO 2\n"))
                .containsExactly("FIXME 1", "TODO 2");
    }

    @Test
    void disableNextLineWithoutIdsSwitchesEveryRuleOffForTheNextLineOnly() {
        assertThat(reported("TODO 1\n<!-- decklint-disable-next-line -->\nTODO 2 FIXME 2\nTODO 3 FIXME 3\n"))
                .containsExactly("TODO 1", "TODO 3", "FIXME 3");
    }

    @Test
    void aDirectiveNamesSeveralRulesWithSpacesOrCommas() {
        assertThat(reported("<!-- decklint-disable-next-line no-todo no-fixme -->\nTODO 1 FIXME 1\n"
                + "<!-- decklint-disable-next-line no-todo, no-fixme -->\nTODO 2 FIXME 2\nTODO 3 FIXME 3\n"))
                .containsExactly("TODO 3", "FIXME 3");
    }

    @Test
    void disableAndEnableSwitchTheNamedRuleOffBetweenThem() {
        assertThat(reported("TODO 1\n<!-- decklint-disable no-todo -->\nTODO 2 FIXME 2\n\nTODO 3\n"
                + "<!-- decklint-enable no-todo -->\nTODO 4\n"))
                .containsExactly("TODO 1", "FIXME 2", "TODO 4");
    }

    @Test
    void disableWithoutEnableLastsToTheEndOfTheDeck() {
        assertThat(reported("TODO 1\n<!-- decklint-disable -->\nTODO 2\n\n---\n\nFIXME 3\n")).containsExactly("TODO 1");
    }

    @Test
    void enablingOneRuleInsideDisableAllKeepsTheOthersOff() {
        assertThat(reported("<!-- decklint-disable -->\nTODO 1 FIXME 1\n<!-- decklint-enable no-todo -->\n"
                + "TODO 2 FIXME 2\n<!-- decklint-enable -->\nFIXME 3\n"))
                .containsExactly("TODO 2", "FIXME 3");
    }

    @Test
    void aDirectiveInCodeIsShownNotObeyed() {
        assertThat(reported("```html\n<!-- decklint-disable -->\n```\n\nUse `<!-- decklint-disable-next-line -->`:\n"
                + "TODO 1\n"))
                .containsExactly("TODO 1");
    }

    @Test
    void aCommentThatOnlyStartsLikeADirectiveIsNone() {
        assertThat(reported("<!-- decklint-disabled no-todo -->\nTODO 1\n<!-- decklint-disable-lines -->\nTODO 2\n"))
                .containsExactly("TODO 1", "TODO 2");
    }

    @Test
    void fixingRepeatsUntilNothingIsLeftAndSkipsConflicts() {
        Fixer.Result result = Fixer.fixAll("TODO TODO", text -> lint(text, QUIET));
        assertThat(result.text()).isEqualTo("DONE DONE");
        assertThat(result.applied()).isEqualTo(2);
    }
}
