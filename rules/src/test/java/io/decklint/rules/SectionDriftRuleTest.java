package io.decklint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Fix;
import io.decklint.text.TextEdits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** section-drift through the engine's front door: on by default for a deck with siblings, and its quick fix. */
class SectionDriftRuleTest {
    @TempDir
    Path folder;

    private static String weekly(String date, String heading) {
        return "---\ntitle: Platform Weekly\n---\n\n# Platform Weekly\n\n" + date + "\n\n---\n\n## " + heading
                + "\n\n- news\n\n---\n\n## Team Compute\n\n- hosts\n";
    }

    private List<Diagnostic> drift(Decklint decklint, String name, String text) {
        Path deck = folder.resolve(name);
        return decklint.lint(text, deck, decklint.configurations().forDeck(deck)).stream()
                .filter(d -> d.rule().equals("section-drift")).toList();
    }

    @Test
    void aDriftedHeadingGetsTheSeriesSpellingAsAQuickFix() throws IOException {
        Files.writeString(folder.resolve("2024-01-04.md"), weekly("2024-01-04", "Team IAM & Security"));
        Files.writeString(folder.resolve("2024-01-11.md"), weekly("2024-01-11", "Team IAM & Security - Roles"));
        Decklint decklint = new Decklint();
        String text = weekly("2024-01-18", "<font color=\"#0f5fe1\">Team IAM & Sec</font>");
        List<Diagnostic> findings = drift(decklint, "2024-01-18.md", text);
        assertThat(findings).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("\"Team IAM & Sec\" is close to \"Team IAM & Security\"");
            Fix fix = d.fixes().get(0);
            assertThat(fix.safe()).as("a heading is renamed only when asked").isFalse();
            assertThat(TextEdits.apply(text, fix.edits()))
                    .isEqualTo(weekly("2024-01-18", "<font color=\"#0f5fe1\">Team IAM & Security</font>"));
        });
        assertThat(drift(decklint, "2024-01-18.md", weekly("2024-01-18", "Team IAM & Security"))).isEmpty();
    }

    @Test
    void aDeckWithoutSiblingsAndASpellingTheSeriesUsesAreLeftAlone() throws IOException {
        Decklint decklint = new Decklint();
        assertThat(drift(decklint, "2024-01-18.md", weekly("2024-01-18", "Team IAM & Sec"))).isEmpty();

        Files.writeString(folder.resolve("2024-01-04.md"), weekly("2024-01-04", "Team IAM & Security"));
        Files.writeString(folder.resolve("2024-01-11.md"), weekly("2024-01-11", "Team IAM & Sec"));
        Files.writeString(folder.resolve("2024-01-18.md"), weekly("2024-01-18", "Team IAM & Sec"));
        assertThat(drift(decklint, "2024-01-25.md", weekly("2024-01-25", "Team IAM & Sec")))
                .as("two decks spell it so: the series' own spelling now").isEmpty();
    }

    @Test
    void decksTheIgnoreFileLeavesOutAreNoSiblings() throws IOException {
        Files.writeString(folder.resolve("2024-01-04.md"), weekly("2024-01-04", "Team IAM & Security"));
        Files.writeString(folder.resolve("2024-01-11.md"), weekly("2024-01-11", "Team IAM & Security"));
        Files.writeString(folder.resolve(".decklintignore"), "2024-01-04.md\n");
        assertThat(drift(new Decklint(), "2024-01-18.md", weekly("2024-01-18", "Team IAM & Sec")))
                .as("one deck left, too few to learn a section from").isEmpty();
        Files.delete(folder.resolve(".decklintignore"));
        assertThat(drift(new Decklint(), "2024-01-18.md", weekly("2024-01-18", "Team IAM & Sec"))).hasSize(1);
    }
}
