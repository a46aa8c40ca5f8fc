package io.decklint.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decklint.config.Configuration;
import io.decklint.config.Configurations;
import io.decklint.deck.Deck;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.LintEnvironment;
import io.decklint.lint.Linter;
import io.decklint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code decklint init} on the real SCS community calls and on two made-up series: what it learns, and that
 * the file it writes is a configuration decklint then uses.
 */
class SeriesInitTest {
    private static final Path SCS = Path.of("src/test/resources/decks/scs-community-call");
    private static final Path SERIES = Path.of("src/test/resources/series");
    private static final Configurations CONFIGURATIONS = new Configurations(BuiltInRules.all());

    @TempDir
    Path folder;

    private void copy(Path from) throws IOException {
        try (Stream<Path> decks = Files.list(from)) {
            for (Path deck : decks.filter(p -> p.toString().endsWith(".md") && !p.endsWith("ATTRIBUTION.md")).toList()) {
                Files.copy(deck, folder.resolve(deck.getFileName().toString()
                        .replace("SovereignCloudStack__minutes__community-call__", "")));
            }
        }
    }

    private SeriesInit.Result init() throws IOException {
        return SeriesInit.run(folder, new SeriesFolders(p -> false), CONFIGURATIONS, false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rule(Map<String, Object> config, String id) {
        return (Map<String, Object>) ((Map<String, Object>) config.get("rules")).get(id);
    }

    private List<Diagnostic> lint(String deckName, String text, String ruleId) {
        Path path = folder.resolve(deckName);
        Configuration configuration = CONFIGURATIONS.fromFile(folder.resolve(".decklint.yml"));
        Deck deck = Deck.parse(text);
        Linter linter = new Linter(BuiltInRules.all().stream().filter(r -> r.meta().id().equals(ruleId)).toList());
        return linter.lint(deck, configuration.settingsFor(path, deck), LintEnvironment.NONE);
    }

    @Test
    void theScsCallsTeachWhatTheBuiltInPackSays() throws IOException {
        copy(SCS);
        LearntSeries learnt = init().learnt();

        SeriesSections sections = learnt.sections();
        assertThat(sections.sections().stream().filter(LearntSection::required).map(LearntSection::name))
                .containsExactlyInAnyOrder("Team IaaS", "Team IAM & Security", "Team Ops", "Team Container");
        assertThat(sections.sections()).filteredOn(s -> s.name().equals("Team IAM & Security")).singleElement()
                .extracting(LearntSection::aliases).asList().containsExactly("Team IAM");
        assertThat(sections.sections().stream().filter(s -> !s.required()).map(LearntSection::name))
                .contains("SIG Community", "SIG Documentation", "SIG Standardization/Certification", "SIG Central API",
                        "SIG Monitoring");
        assertThat(sections.ordered()).as("the teams' order changed in spring 2024").isFalse();
        assertThat(learnt.dates().requiredOn()).isPositive();
        assertThat(learnt.theme()).map(LearntSeries.NewestTheme::name).contains("scs-2024");
        assertThat(learnt.words()).extracting(SeriesWords.Learnt::word).contains("Syself", "Gonicus", "dNation")
                .as("typos stay typos").doesNotContain("Hackthon");

        Map<String, Object> config = yaml(folder.resolve(".decklint.yml"));
        assertThat(rule(config, "title-date")).containsEntry("required", true);
        assertThat(rule(config, "required-sections")).containsEntry("ordered", false);

        String newest = Files.readString(folder.resolve("20240627.md"));
        assertThat(lint("20240704.md", newest, "required-sections")).isEmpty();
        String withoutOps = newest.replace("# Team Ops", "# Operations");
        assertThat(withoutOps).isNotEqualTo(newest);
        assertThat(lint("20240704.md", withoutOps, "required-sections")).extracting(Diagnostic::message)
                .singleElement().asString().startsWith("No \"Team Ops\" section");
        assertThat(lint("20240704.md", newest.replace("2024-06-27", "soon"), "title-date")).hasSize(1);
    }

    @Test
    void aLectureCourseWithoutTitlesOrDatesIsLearntFromItsTemplate() throws IOException {
        copy(SERIES.resolve("lecture-course"));
        LearntSeries learnt = init().learnt();
        assertThat(learnt.series().decks()).hasSize(6);
        assertThat(learnt.others()).extracting(SeriesDeck::file).containsExactly("README.md");
        assertThat(learnt.sections().sections()).extracting(LearntSection::name)
                .containsExactly("Learning goals", "Recap", "Summary", "Exercises");
        assertThat(learnt.sections().sections()).filteredOn(LearntSection::required).extracting(LearntSection::name)
                .containsExactly("Learning goals", "Summary", "Exercises");
        assertThat(learnt.sections().ordered()).isTrue();
        assertThat(learnt.dates().requiredOn()).isZero();
        assertThat(learnt.words()).extracting(SeriesWords.Learnt::word).containsExactly("Gridwise", "Simfoam");

        Map<String, Object> config = yaml(folder.resolve(".decklint.yml"));
        assertThat(rule(config, "title-date")).isNull();
        String lecture = Files.readString(folder.resolve("lecture-04.md"));
        assertThat(lint("lecture-07.md", lecture, "required-sections")).isEmpty();
        String summaryLast = lecture.replace("## Summary", "## Wrap-up").replace("## Exercises", "## Summary\n\nx\n\n---\n\n## Exercises");
        assertThat(lint("lecture-07.md", summaryLast.replace("## Wrap-up", "## Exercises to do first"),
                "required-sections")).extracting(Diagnostic::message).anyMatch(m -> m.contains("out of order"));
        assertThat(lint("README.md", "# Numerical Simulation\n", "required-sections"))
                .as("the folder's other decks are left alone").isEmpty();
    }

    @Test
    void aSprintReviewLearnsItsDriftedSpellingAndItsDates() throws IOException {
        copy(SERIES.resolve("sprint-review"));
        LearntSeries learnt = init().learnt();
        assertThat(learnt.sections().sections()).extracting(LearntSection::name)
                .containsExactly("Sprint Goal", "Demo", "Velocity & Burndown", "Risks", "Next Sprint");
        assertThat(learnt.sections().sections().get(2).aliases()).containsExactly("Velocity");
        assertThat(learnt.sections().sections().get(3).required()).isFalse();
        assertThat(learnt.dates().requiredOn()).isEqualTo(1);
        assertThat(learnt.words()).extracting(SeriesWords.Learnt::word).containsExactly("Falcoboard");
        assertThat(learnt.others()).isEmpty();

        String review = Files.readString(folder.resolve("sprint-review-2024-01-12.md"));
        assertThat(lint("sprint-review-2024-03-22.md", review, "required-sections")).isEmpty();
        assertThat(lint("sprint-review-2024-03-22.md", review.replace("## Demo", "## Show and tell"),
                "required-sections")).hasSize(1);
    }

    @Test
    void anExistingConfigurationIsReplacedOnlyWhenForced() throws IOException {
        copy(SERIES.resolve("sprint-review"));
        Path config = folder.resolve(".decklint.yml");
        Files.writeString(config, "rules:\n  spelling: off\n");
        assertThatThrownBy(this::init).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".decklint.yml exists already").hasMessageContaining("--force");
        assertThat(Files.readString(config)).isEqualTo("rules:\n  spelling: off\n");

        SeriesInit.Result forced = SeriesInit.run(folder, new SeriesFolders(p -> false), CONFIGURATIONS, true);
        assertThat(forced.replaced()).isTrue();
        assertThat(Files.readString(config)).contains("Velocity & Burndown");
    }

    @Test
    void aFolderWithoutASeriesSaysSo() throws IOException {
        Files.writeString(folder.resolve("talk.md"), "---\ntitle: One talk\n---\n\n# Hello\n");
        Files.writeString(folder.resolve("other.md"), "---\ntitle: Another talk\n---\n\n# Hi\n");
        assertThatThrownBy(this::init).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no series here: none of its 2 decks shares a title or a template with another");
        assertThat(folder.resolve(".decklint.yml")).doesNotExist();
        assertThatThrownBy(() -> SeriesInit.run(folder.resolve("talk.md"), new SeriesFolders(p -> false), CONFIGURATIONS, false))
                .hasMessageEndingWith("talk.md is not a folder");
    }

    /** A title over two lines, or with a break YAML reads as one, stays inside the comment it is quoted in. */
    @ParameterizedTest
    @ValueSource(strings = {"|\n  Weekly call\n  extends: nothing-here", "\"Weekly call\\Lextends: nothing-here\"",
            "\"Weekly call\\Nextends: nothing-here\"", "\"Weekly call\\Pextends: nothing-here\""})
    void aTitleWithALineBreakWritesNoSetting(String title) throws IOException {
        for (int week = 1; week <= 3; week++) {
            Files.writeString(folder.resolve("call-" + week + ".md"), "---\ntitle: " + title + "\n---\n\n# Agenda\n\n"
                    + "- item " + week + "\n\n---\n\n# Notes\n\nWeek " + week + "\n");
        }
        init();
        Path config = folder.resolve(".decklint.yml");
        assertThat(yaml(config)).doesNotContainKey("extends").containsKey("rules");
        assertThat(Files.readString(config)).contains("Weekly call extends: nothing-here")
                .doesNotContain("\u0085", "\u2028", "\u2029");
        assertThat(lint("call-4.md", "---\ntitle: Weekly call\n---\n\n# Agenda\n", "required-sections")).hasSize(1);
    }
}
