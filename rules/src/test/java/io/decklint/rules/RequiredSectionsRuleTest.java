package io.decklint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decklint.deck.Deck;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Fix;
import io.decklint.lint.Fixer;
import io.decklint.lint.LintEnvironment;
import io.decklint.lint.LintSettings;
import io.decklint.lint.Linter;
import io.decklint.lint.RuleOptions;
import io.decklint.lint.RuleSetting;
import io.decklint.text.TextEdits;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quick fix's stub slides and the option checks, which the fixture decks cannot show. */
class RequiredSectionsRuleTest {
    private static final RequiredSectionsRule RULE = new RequiredSectionsRule();
    private static final Map<String, Object> ABC = Map.of("sections", List.of("Team A", "Team B", "Team C"));
    private static final String STUB_B = "# Team B\n\nTODO: fill in this section, or delete this slide.\n";

    @Test
    void theStubGoesAfterThePrecedingSectionsLastSubSlide() {
        String deck = "# Call\n\n---\n\n# Team A\n\n----\n\n## Team A - details\n\n---\n\n# Team C\n";
        String fixed = applyQuickFixes(deck, ABC);
        assertThat(fixed).isEqualTo("# Call\n\n---\n\n# Team A\n\n----\n\n## Team A - details\n\n---\n\n" + STUB_B
                + "\n---\n\n# Team C\n");
        assertThat(lint(fixed, ABC)).isEmpty();
    }

    @Test
    void theStubKeepsWindowsLineEndings() {
        assertFixedInto("# Team A\r\n\r\n---\r\n\r\n# Team C\r\n", "# Team A\r\n\r\n---\r\n\r\n"
                + STUB_B.replace("\n", "\r\n") + "\r\n---\r\n\r\n# Team C\r\n", 3);
    }

    @Test
    void theStubAfterALoneCarriageReturnKeepsItsSeparator() {
        // a \n right after the lone \r (old Mac line ending) would join it into one line break, gluing the
        // stub's separator to Team A's heading
        assertFixedInto("# Call\n\n---\n\n# Team A\r\r---\r\r# Team C\n", "# Call\n\n---\n\n# Team A\r\r\n---\r\n\r\n"
                + STUB_B.replace("\n", "\r\n") + "\r---\r\r# Team C\n", 4);
    }

    private static void assertFixedInto(String deck, String fixed, int slides) {
        String result = applyQuickFixes(deck, ABC);
        assertThat(result).isEqualTo(fixed);
        assertThat(Deck.parse(result).slides()).hasSize(slides);
    }

    @Test
    void insideAColumnTheStubBecomesAVerticalSubSlide() {
        String deck = "# Updates\n\n----\n\n# Team A\n\n----\n\n# Team C\n";
        String fixed = applyQuickFixes(deck, ABC);
        assertThat(fixed).isEqualTo("# Updates\n\n----\n\n# Team A\n\n----\n\n" + STUB_B + "\n----\n\n# Team C\n");
        assertThat(Deck.parse(fixed).slides().get(2).index()).isEqualTo(new io.decklint.deck.SlideIndex(0, 2, "3"));
    }

    @Test
    void aStubAtTheEndGetsTheBlankLinesItsSeparatorNeeds() {
        String deck = "# Call\n\n---\n\n# Team A\n\n- no line break at the end";
        Map<String, Object> ab = Map.of("sections", List.of("Team A", "Team B"));
        String fixed = applyQuickFixes(deck, ab);
        assertThat(fixed).isEqualTo(deck + "\n\n---\n\n" + STUB_B);
        assertThat(Deck.parse(fixed).slides()).hasSize(3);
    }

    @Test
    void aDeckWithNoneOfTheSectionsGetsThemAtTheEndInOrder() {
        String deck = "# Kick-off\n";
        List<Diagnostic> findings = lint(deck, ABC);
        assertThat(findings).extracting(Diagnostic::message).containsExactly(
                "No \"Team A\" section (a slide whose first heading starts with \"Team A\").",
                "No \"Team B\" section (a slide whose first heading starts with \"Team B\").",
                "No \"Team C\" section (a slide whose first heading starts with \"Team C\").");
        String fixed = applyQuickFixes(deck, ABC);
        assertThat(fixed).containsSubsequence("# Team A", "# Team B", "# Team C");
        assertThat(Deck.parse(fixed).slides()).hasSize(4);
        assertThat(lint(fixed, ABC)).isEmpty();
    }

    @Test
    void noStubBeforeTheTitleSlide() {
        String deck = "# Team B\n\n---\n\n# Team C\n";
        List<Diagnostic> findings = lint(deck, ABC);
        assertThat(findings).singleElement().satisfies(d -> {
            assertThat(d.message()).endsWith("it belongs before \"Team B\".");
            assertThat(d.fixes()).isEmpty();
        });
    }

    @Test
    void theStubIsAQuickFixOnlySoFixAllLeavesTheDeckAlone() {
        String deck = "# Team A\n\n---\n\n# Team C\n";
        Diagnostic finding = lint(deck, ABC).get(0);
        assertThat(finding.fixes()).singleElement().satisfies(fix -> {
            assertThat(fix.safe()).isFalse();
            assertThat(fix.title()).isEqualTo("Add a \"Team B\" slide after \"Team A\"");
        });
        assertThat(Fixer.fixAll(deck, text -> lint(text, ABC)).text()).isEqualTo(deck);
    }

    @Test
    void withoutSectionsTheRuleIsSilent() {
        assertThat(lint("# Anything\n", Map.of())).isEmpty();
        assertThat(lint("# Anything\n", Map.of("ordered", false))).isEmpty();
    }

    @Test
    void optionalSectionsAreNotReportedMissingButStillPlaceStubs() {
        Map<String, Object> options = Map.of("sections", List.of("Team A",
                Map.of("name", "Team B", "optional", true), "Team C"));
        String deck = "# Team A\n\n---\n\n# Team B\n\n---\n\n# Other\n";
        String fixed = applyQuickFixes(deck, options);
        assertThat(fixed).isEqualTo("# Team A\n\n---\n\n# Team B\n\n---\n\n"
                + STUB_B.replace("Team B", "Team C") + "\n---\n\n# Other\n");
    }

    @Test
    void badOptionsAreExplained() {
        assertProblem(Map.of("order", true),
                "'order' is not an option of required-sections (did you mean 'ordered'?); it takes 'sections' "
                        + "and 'ordered'");
        assertProblem(Map.of("sections", "Team A"), "option 'sections' must be a list");
        assertProblem(Map.of("ordered", "yes please"), "option 'ordered' must be true or false");
        assertProblem(Map.of("sections", List.of(List.of("Team A"))),
                "section 1 must be a name or a mapping with 'name', 'aliases' and 'optional'");
        assertProblem(Map.of("sections", List.of("Team A", Map.of("nam", "Team B"))),
                "section 2: 'nam' is not a key of a section (did you mean 'name'?); a section has 'name', "
                        + "'aliases' and 'optional'");
        assertProblem(Map.of("sections", List.of(Map.of("aliases", List.of("B")))), "section 1 needs a 'name' (a text)");
        assertProblem(Map.of("sections", List.of(Map.of("name", "Team B", "aliases", Map.of("x", 1)))),
                "section 1: 'aliases' must be a text or a list of texts");
        assertProblem(Map.of("sections", List.of(Map.of("name", "Team B", "optional", "sometimes"))),
                "section 1: 'optional' must be true or false");
        assertProblem(Map.of("sections", List.of("---")),
                "section 1: '---' has no letters or digits to match a heading by");
        assertProblem(Map.of("sections", List.of("Team IAM", Map.of("name", "Team Security", "aliases", "team  iam"))),
                "'team iam' is listed twice (under \"Team IAM\" and \"Team Security\"); each name or alias may "
                        + "belong to one section only");
    }

    @Test
    void numbersAreNamesToo() {
        assertThat(lint("# 2024 in review\n", Map.of("sections", List.of(2024)))).isEmpty();
    }

    private static void assertProblem(Map<String, Object> options, String problem) {
        assertThatThrownBy(() -> RULE.checkOptions(new RuleOptions(options, "team.yml:4")))
                .isInstanceOf(RuleOptions.OptionException.class).hasMessage("team.yml:4: " + problem);
    }

    private static List<Diagnostic> lint(String text, Map<String, Object> options) {
        LintSettings settings = new LintSettings(Map.of(RULE.meta().id(),
                new RuleSetting(true, null, new RuleOptions(options, "test"))), List.of());
        return new Linter(List.of(RULE)).lint(Deck.parse(text), settings, LintEnvironment.NONE);
    }

    /** Takes the first quick fix, as a user clicking through the light bulbs would, until none is left. */
    private static String applyQuickFixes(String text, Map<String, Object> options) {
        String current = text;
        for (int round = 0; round < 20; round++) {
            List<Fix> fixes = lint(current, options).stream().flatMap(d -> d.fixes().stream()).toList();
            if (fixes.isEmpty()) {
                return current;
            }
            current = TextEdits.apply(current, fixes.get(0).edits());
        }
        throw new AssertionError("quick fixes did not settle: " + current);
    }
}
