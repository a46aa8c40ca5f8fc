package io.decklint.spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.decklint.deck.Deck;
import io.decklint.lint.WorkspaceWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpellingCheckerTest {
    @TempDir
    Path folder;

    private static List<SpellingChecker.Finding> check(String deck, List<String> userWords, WorkspaceWords workspace) {
        return new SpellingChecker(userWords, workspace).check(ProseWords.of(Deck.parse(deck)));
    }

    private static List<String> flagged(String deck, WorkspaceWords workspace) {
        return check(deck, List.of(), workspace).stream().map(SpellingChecker.Finding::word).toList();
    }

    @Test
    void aKnownMisspellingIsSureWithOneFix() {
        List<SpellingChecker.Finding> findings = check("* Comunity hacking seesion\n", List.of(), WorkspaceWords.NONE);
        assertThat(findings).extracting(SpellingChecker.Finding::word, SpellingChecker.Finding::confidence,
                SpellingChecker.Finding::suggestions).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Comunity", SpellingChecker.Confidence.SURE,
                                List.of("Community")),
                        org.assertj.core.groups.Tuple.tuple("seesion", SpellingChecker.Confidence.SURE,
                                List.of("session")));
    }

    @Test
    void anUnknownWordNearACommonOneIsLikelyWithRankedSuggestions() {
        List<SpellingChecker.Finding> findings = check("* Clouad in a Box\n", List.of(), WorkspaceWords.NONE);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.confidence()).isEqualTo(SpellingChecker.Confidence.LIKELY);
            assertThat(f.suggestions()).first().isEqualTo("Cloud");
        });
    }

    @Test
    void aWordTooLongToBeATypoIsNotSearchedForSuggestions() {
        // 400 letters took minutes (millions of edits two away) or ran out of memory
        String letters = new java.util.Random(17).ints(400, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        List<String> flagged = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> flagged("Some " + letters + " text, and improvments.\n", WorkspaceWords.NONE));
        assertThat(flagged).containsExactly("improvments");
    }

    @Test
    void namesAcronymsAndTheUsersWordsAreNotFlagged() {
        String deck = "* Kamaji, DefectDojo, OSISM, KaaS and the MVP with Zuul\n* syself joined\n";
        assertThat(check(deck, List.of("Syself"), WorkspaceWords.NONE)).isEmpty();
    }

    @Test
    void aSectionNameOfTheDeckIsItsVocabulary() {
        assertThat(flagged("## Moin\n\nthe moin cluster\n", WorkspaceWords.NONE)).isEmpty();
        assertThat(flagged("the moin cluster\n", WorkspaceWords.NONE)).containsExactly("moin");
    }

    @Test
    void aKnownMisspellingUsedAsASectionNameIsStillATypo() {
        assertThat(check("# Comunity updates\n\nThe comunity met\n", List.of(), WorkspaceWords.NONE))
                .extracting(SpellingChecker.Finding::word, SpellingChecker.Finding::confidence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Comunity", SpellingChecker.Confidence.SURE),
                        org.assertj.core.groups.Tuple.tuple("comunity", SpellingChecker.Confidence.SURE));
    }

    @Test
    void aLineGluedAboveASeparatorIsAHeadingButItsTypoIsStillATypo() {
        // "text\n---" is a setext heading in HedgeDoc 1.x: the line became a heading, not vocabulary
        assertThat(flagged("Small improvments\n---\n\n* the improvments landed\n", WorkspaceWords.NONE))
                .containsExactly("improvments", "improvments");
    }

    @Test
    void aKnownMisspellingOnManyLinesOfTheDeckOrItsWorkspaceIsStillATypo() throws IOException {
        assertThat(flagged("* the comunity met\n* comunity call\n* our comunity\n", WorkspaceWords.NONE))
                .containsExactly("comunity", "comunity", "comunity");
        Files.writeString(folder.resolve("a.md"), "* the comunity met\n* comunity call\n");
        Files.writeString(folder.resolve("b.md"), "* our comunity\n");
        assertThat(flagged("* thanks to the comunity\n", WorkspaceVocabulary.of(folder))).containsExactly("comunity");
    }

    @Test
    void aMisspellingTheWorkspaceRepeatsIsNeverSuggested() throws IOException {
        Files.writeString(folder.resolve("a.md"), "* the comunity met\n* comunity call\n");
        assertThat(check("* the comunnity met\n", List.of(), WorkspaceVocabulary.of(folder)))
                .singleElement().extracting(SpellingChecker.Finding::suggestions).isEqualTo(List.of("community"));
    }

    @Test
    void aWordUsedOnManyLinesOfTheWorkspaceIsVocabulary() throws IOException {
        Files.writeString(folder.resolve("a.md"), "* the moin cluster\n* moin is up\n");
        Files.writeString(folder.resolve("b.md"), "* moin got SSDs\n");
        assertThat(flagged("* restart moin\n", WorkspaceVocabulary.of(folder))).isEmpty();
    }

    @Test
    void aTypoCopiedIntoEveryWeeklyDeckIsStillATypo() throws IOException {
        for (String week : List.of("w1.md", "w2.md", "w3.md")) {
            Files.writeString(folder.resolve(week), "# Events\n\n* C&H iniviting us to Dresden\n");
        }
        assertThat(flagged("* C&H iniviting us to Dresden\n", WorkspaceVocabulary.of(folder)))
                .containsExactly("iniviting");
    }

    @Test
    void aNameLikeWordOneEditFromAWordTheWorkspaceUsesOftenIsATypo() throws IOException {
        Files.writeString(folder.resolve("a.md"), "* SCS Hackathon in May\n* the Hackathon was great\n"
                + "* next Hackathon\n* Hackathon notes\n* Hackathon photos\n");
        assertThat(flagged("* Join the SCS Hackthon in Arnsberg\n", WorkspaceWords.NONE)).isEmpty();
        assertThat(flagged("* Join the SCS Hackthon in Arnsberg\n", WorkspaceVocabulary.of(folder)))
                .containsExactly("Hackthon");
    }

    @Test
    void shortCapitalsAreAcronymsButLongOnesAreWords() {
        assertThat(check("* OSISM, SCS and KAAS\n* IMPROVMENTS\n", List.of(), WorkspaceWords.NONE))
                .extracting(SpellingChecker.Finding::word, SpellingChecker.Finding::suggestions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IMPROVMENTS", List.of("IMPROVEMENTS")));
    }

    @Test
    void findsLookalikeLettersAndRunTogetherWords() {
        assertThat(check("* the Аccess page\n* the testsare running\n", List.of(), WorkspaceWords.NONE))
                .extracting(SpellingChecker.Finding::suggestions)
                .containsExactly(List.of("Access"), List.of("tests are", "testate"));
    }

    @Test
    void aWordIsJudgedAgainInAWorkspaceCountedAnew() throws IOException {
        Path other = folder.resolve("other.md");
        Files.writeString(other, "* nothing here\n");
        String deck = "* restart moin\n";
        assertThat(flagged(deck, WorkspaceVocabulary.of(folder))).containsExactly("moin");
        Files.writeString(other, "* the moin cluster\n* moin is up\n* moin got SSDs\n");
        assertThat(flagged(deck, WorkspaceVocabulary.of(folder))).as("after the workspace's deck changed").isEmpty();
        Files.delete(other);
        assertThat(flagged(deck, WorkspaceVocabulary.of(folder))).as("after it was deleted").containsExactly("moin");
    }

    @Test
    void aWordIsJudgedAgainWhenAnotherSlideOfTheDeckChanges() {
        String slide = "* restart moin\n";
        assertThat(flagged(slide + "\n---\n\n## Other\n", WorkspaceWords.NONE)).containsExactly("moin");
        assertThat(flagged(slide + "\n---\n\n## Moin\n\nmore\n", WorkspaceWords.NONE)).as("a section name now")
                .isEmpty();
        assertThat(flagged(slide + "\n---\n\n## Other\n", WorkspaceWords.NONE)).as("back as it was")
                .containsExactly("moin");
    }
}
