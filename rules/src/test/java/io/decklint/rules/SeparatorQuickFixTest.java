package io.decklint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.decklint.Decklint;
import io.decklint.config.Configurations;
import io.decklint.deck.Deck;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Fix;
import io.decklint.lint.LintEnvironment;
import io.decklint.lint.Linter;
import io.decklint.lint.LocalDeckFiles;
import io.decklint.lint.Severity;
import io.decklint.text.TextEdits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The separator fix the editor's light bulb offers first (and marks preferred: the one {@code --fix} applies)
 * leaves the deck clean: it must not trade the finding for another rule's, as a stray {@code ----} turned into
 * an empty vertical slide did.
 */
class SeparatorQuickFixTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/separator-spacing");
    private static final Linter ALL_RULES = new Linter(BuiltInRules.all());
    private static final Configurations CONFIGURATIONS = new Configurations(BuiltInRules.all());

    @TestFactory
    Stream<DynamicTest> theFirstFixOfEachSeparatorFindingBringsNoNewFinding() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".fixed.md")).sorted()
                    .toList().stream().map(deck -> dynamicTest(deck.getFileName().toString(), () -> check(deck)));
        }
    }

    @Test
    void aStrayLineAfterALoneCarriageReturnKeepsTheBlankLineBelow() {
        String text = "---\ntype: slide\n---\n# Team IaaS\n\n* Cloud in a Box improvements\r----\n\n---\n\n# IAM\n";
        Diagnostic finding = separatorFindings(text).get(0);
        String fixed = TextEdits.apply(text, finding.fixes().get(0).edits());
        assertThat(fixed).isEqualTo("---\ntype: slide\n---\n# Team IaaS\n\n* Cloud in a Box improvements\r\n\n---\n\n# IAM\n");
        assertThat(Deck.parse(fixed).slides()).as("the --- below still starts a slide").hasSize(2);
        assertThat(finding.range()).isEqualTo(finding.fixes().get(0).edits().get(0).range());
    }

    @Test
    void aStrayLineAfterAListIsDeletedRatherThanMadeAnEmptySlide() {
        String text = "---\ntype: slide\n---\n# Team IaaS\n\n* Cloud in a Box improvements\n----\n\n---\n\n# IAM\n";
        Diagnostic finding = separatorFindings(text).get(0);

        assertThat(finding.fixes()).extracting(Fix::title).containsExactly(
                "Delete this ---- (as a separator it would start an empty slide)",
                "Add blank lines around the vertical slide separator (starts an empty slide)");
        assertThat(finding.safeFix()).contains(finding.fixes().get(0));
        assertThat(finding.range()).as("the finding covers what its fix deletes, the line break too")
                .isEqualTo(finding.fixes().get(0).edits().get(0).range());
        assertThat(TextEdits.apply(text, finding.fixes().get(0).edits()))
                .isEqualTo("---\ntype: slide\n---\n# Team IaaS\n\n* Cloud in a Box improvements\n\n---\n\n# IAM\n");
    }

    /*
     * A lone \r (old Mac line endings) ends a line as \n does: HedgeDoc reads the deck from the page's HTML, where
     * \r, \n and \r\n are each one line break. A fix after such a line must not bring a \n up behind the \r,
     * which joins them into one \r\n: one line break fewer, and the working separator below is glued to the text.
     */

    @Test
    void deletingAStrayLineAfterALoneCarriageReturnKeepsTheSeparatorBelowIt() {
        assertFixedKeepingSlides("* Cloud in a Box improvements\r---  \n\n---\n\n# Team IAM\n",
                "* Cloud in a Box improvements\r\n\n---\n\n# Team IAM\n", 2);
        assertFixedKeepingSlides("<s![a] (x.png)tyle>\n* Hand in by next lecture\r---\n\n---\n\n# End\n",
                "<s![a](./x.png)tyle>\n* Hand in by next lecture\r\n\n---\n\n# End\n", 2);
        assertFixedKeepingSlides("### <font color=\"#7D7D82\" size=12px>2023-10-05</font>\r ---\n\n---\n"
                + "\r![a](x.png=50%x)# Team IaaS\n\n----\r", "### <font color=\"#7D7D82\" size=12px>2023-10-05</font>"
                + "\r\n\n---\n\r![a](./x.png =50%x)# Team IaaS\n\n", 2);
        assertFixedKeepingSlides("\n---\ntitle: Community Call\n\r\n---\r---\n",
                "\n---\ntitle: Community Call\n\r\n---\r---\n", 1);
    }

    /**
     * A fix --fix applies must leave every other separator as it was: next to another dashes line (a front
     * matter's closing fence, a run of dashes lines), mending one can make the other split; a new line break and
     * dashes can close the dashes the deck opens with as front matter, swallowing the first slides.
     */
    @Test
    void aDashesLineNextToAnotherIsLeftToTheAuthor() {
        String fenceAbove = "\n---\ntitle: Community Call\n\n---\n---\n";
        assertThat(separatorFindings(fenceAbove)).singleElement().satisfies(finding -> assertThat(finding.safeFix()).isEmpty());
        assertFixedKeepingSlides(fenceAbove, fenceAbove, 1);
        String fenceBelow = "<!-- decklint-disable-next-line -->\n---\ntype: slide\n\n---\n---\n![](team.png)\n";
        assertThat(separatorFindings(fenceBelow)).isNotEmpty()
                .allSatisfy(finding -> assertThat(finding.safeFix()).isEmpty());
        String opensWithDashes = "---title: Call\n\r---\n\n* planned\r---\nThe SIG.\n";
        assertFixedKeepingSlides(opensWithDashes, opensWithDashes, 2);
        String runOfDashes = "</style>\n\n---\n---\n---\n";
        assertFixedKeepingSlides(runOfDashes, runOfDashes, Deck.parse(runOfDashes).slides().size());
    }

    @Test
    void theBlankLinesAddedAroundASeparatorNeverJoinALoneCarriageReturnAndALineFeed() {
        assertFixedKeepingSlides("# A\n\n* item\r---\nmore\n\n---\n\n# B\n",
                "# A\n\n* item\r\r\n---\n\nmore\n\n---\n\n# B\n", 3);
        assertFixedKeepingSlides("# A\r\r* item\n---\nmore\r\r---\r\r# B\r",
                "# A\r\r* item\n\r---\r\n\nmore\r\r---\r\r# B\r", 3);
    }

    private static void assertFixedKeepingSlides(String text, String fixed, int slides) {
        Decklint decklint = new Decklint();
        String result = decklint.fix(text, null, decklint.configurations().defaults()).text();
        assertThat(result).isEqualTo(fixed);
        assertThat(Deck.parse(result).slides()).as("slides of the fixed deck").hasSize(slides);
    }

    private static void check(Path path) throws IOException {
        String text = Files.readString(path);
        Map<String, Long> before = countByRule(lint(path, text));
        for (Diagnostic finding : separatorFindings(text)) {
            if (finding.fixes().isEmpty()) {
                continue;
            }
            Fix first = finding.fixes().get(0);
            assertThat(finding.safeFix().orElse(first)).as("the safe fix comes first").isEqualTo(first);
            Map<String, Long> after = countByRule(lint(path, TextEdits.apply(text, first.edits())));
            after.forEach((rule, count) -> assertThat(count)
                    .as("%s findings after '%s' in %s", rule, first.title(), path.getFileName())
                    .isLessThanOrEqualTo(before.getOrDefault(rule, 0L) - (rule.equals("separator-spacing") ? 1 : 0)));
        }
    }

    private static List<Diagnostic> separatorFindings(String text) {
        Deck deck = Deck.parse(text);
        return new Linter(List.of(new SeparatorSpacingRule())).lint(deck,
                CONFIGURATIONS.defaults().settingsFor(Path.of("deck.md"), deck), new LintEnvironment(io.decklint.lint.DeckFiles.NONE));
    }

    private static List<Diagnostic> lint(Path path, String text) {
        Deck deck = Deck.parse(text);
        return ALL_RULES.lint(deck, CONFIGURATIONS.defaults().settingsFor(path, deck),
                new LintEnvironment(LocalDeckFiles.around(path)));
    }

    /**
     * Warnings and errors per rule. Hints are left out: a slide that the fix splits off may rightly be found to
     * hold only its heading, which the deck's author meant, not a problem the fix made.
     */
    private static Map<String, Long> countByRule(List<Diagnostic> findings) {
        return findings.stream().filter(d -> d.severity() != Severity.INFO).collect(Collectors.groupingBy(Diagnostic::rule, Collectors.counting()));
    }
}
