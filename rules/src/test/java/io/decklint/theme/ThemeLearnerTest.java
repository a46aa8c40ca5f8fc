package io.decklint.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decklint.deck.Deck;
import io.decklint.text.UnifiedDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ThemeLearnerTest {
    private static final Path OLD = Path.of("../examples/community-call-2023-11-23.md");
    private static final Path NEW = Path.of("../examples/community-call-2024-06-27.md");
    private static final ThemeConverter CONVERTER = ThemeConverter.withBuiltInThemes();

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    @Test
    void theThemeLearntFromThe2024CallConvertsThe2023CallAsTheBuiltInThemeDoes() throws IOException {
        ThemeLearner.Learnt learnt = ThemeLearner.learn(Deck.parse(read(NEW)), "community-call-2024-06-27.md",
                "learnt-2024");
        String old = read(OLD);
        Deck oldDeck = Deck.parse(old);
        String withBuiltIn = CONVERTER.convert(oldDeck, Themes.builtIn().require("scs-2024")).apply(old);
        String withLearnt = CONVERTER.convert(oldDeck, learnt.theme()).apply(old);

        assertThat(UnifiedDiff.of("built-in", "learnt", withBuiltIn, withLearnt)).isEmpty();
        assertThat(withLearnt).isNotEqualTo(old);
    }

    @Test
    void theFileSaysWhereEachPartCameFromAndReadsBack() throws IOException {
        ThemeLearner.Learnt learnt = ThemeLearner.learn(Deck.parse(read(NEW)), "call.md", "scs-learnt");
        assertThat(Themes.read("scs-learnt.yml", learnt.file())).isEqualTo(learnt.theme());
        assertThat(learnt.file()).contains("# slideOptions of call.md", "removeSlideOptions:\n  - parallaxBackgroundImage",
                "Community Call {date}</font>", "replaces:\n  - SCS Community Call",
                "subtitle: One platform – standardized, built and operated by many.");
        // the quoted colours never reach the browser, so they are no part of the look
        assertThat(learnt.theme().style()).doesNotContain("color");
        assertThat(learnt.notes()).contains("style: left out \"color: \"#50c3a5\"\" of \".slides h1\": browsers drop it");
    }

    private static final String LECTURE_5 = """
            ---
            title: Algorithms
            type: slide
            slideOptions:
              theme: black
              transition: fade
            ---

            <style>
            .reveal h1 { font-size: 50px; }
            @media print { h1 { color: red; } }
            </style>

            <!-- .slide: data-background="img/lecture5.jpg" class="title" -->
            # <span class="course">Sorting in linear time</span>
            ## Prof. Ada Lovelace
            ### 2025-03-04

            ---

            # Counting sort
            """;

    private static final String LECTURE_2 = """
            ---
            title: Algorithms
            type: slide
            slideOptions:
              theme: white
            ---

            # Recursion
            ## Dr. Babbage
            ### 2024-10-15

            ---

            # Towers of Hanoi
            """;

    @Test
    void aLectureTitleBecomesPlaceholdersFilledFromEachLecture() {
        ThemeLearner.Learnt learnt = ThemeLearner.learn(Deck.parse(LECTURE_5), "lecture-05.md", "algorithms-2025");
        Theme theme = learnt.theme();

        assertThat(theme.titleSlides()).singleElement().satisfies(slide -> {
            assertThat(slide.headings()).containsExactly("# <span class=\"course\">{title}</span>", "## {subtitle}",
                    "### {date}");
            assertThat(slide.attributes()).containsEntry("data-background", "{background}")
                    .containsEntry("class", "title");
        });
        assertThat(theme.defaults()).containsEntry(Fact.BACKGROUND, "img/lecture5.jpg");
        assertThat(learnt.notes()).anyMatch(note -> note.contains("@media print") && note.contains("plain rules"));

        String converted = CONVERTER.convert(Deck.parse(LECTURE_2), theme).apply(LECTURE_2);
        assertThat(converted).contains("""
                <!-- .slide: data-background="img/lecture5.jpg" class="title" -->
                # <span class="course">Recursion</span>
                ## Dr. Babbage
                ### 2024-10-15
                """, "theme: black", "transition: fade", ".reveal h1 {\n    font-size: 50px;\n}");
    }

    @Test
    void aTitleLineWithBracesIsLeftOutSaidSoRatherThanReadAsAPlaceholder() {
        String deck = "---\ntype: slide\n---\n\n# Templates in {Rust}\n## 2025-05-05\n";
        ThemeLearner.Learnt learnt = ThemeLearner.learn(Deck.parse(deck), "rust.md", "rust");
        assertThat(learnt.theme().titleSlides()).singleElement()
                .satisfies(slide -> assertThat(slide.headings()).containsExactly("## {date}"));
        assertThat(learnt.notes()).containsExactly("title: left out \"# Templates in {Rust}\": a theme reads {Rust} "
                + "as a placeholder");
    }

    @Test
    void aFileThatIsNoDeckIsRefusedWithAReason() {
        assertThatThrownBy(() -> ThemeLearner.learn(Deck.parse("# Notes\n\ntext\n"), "notes.md", "notes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notes.md has no front matter");
    }

    @Test
    void aThemeNameIsMadeOfTheFileName() {
        assertThat(ThemeLearner.nameFrom("Team Weekly 2025.yml")).isEqualTo("team-weekly-2025");
        assertThat(ThemeLearner.nameFrom("---.yml")).isEqualTo("learnt");
    }
}
