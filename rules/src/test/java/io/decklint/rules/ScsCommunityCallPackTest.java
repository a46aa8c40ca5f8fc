package io.decklint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.config.Configuration;
import io.decklint.config.Configurations;
import io.decklint.config.Pack;
import io.decklint.config.Packs;
import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.LintEnvironment;
import io.decklint.lint.Linter;
import io.decklint.lint.Rule;
import io.decklint.text.TextEdit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in scs-community-call pack on the real SCS community-call decks (copied unchanged into
 * {@code decks/scs-community-call/}; see its ATTRIBUTION.md): it applies to every one of them by its
 * title, to nothing else in the corpus, and reports exactly the team sections that are really missing and
 * the title slides that really show no date.
 */
class ScsCommunityCallPackTest {
    private static final Path DECKS = Path.of("src/test/resources/decks/scs-community-call");
    private static final Path EXAMPLES = Path.of("../examples");
    private static final String PREFIX = "SovereignCloudStack__minutes__community-call__";
    private static final Configurations CONFIGURATIONS = new Configurations(BuiltInRules.all());
    private static final Linter SECTIONS = new Linter(List.of(new RequiredSectionsRule()));
    private static final Linter DATES = new Linter(List.of(new TitleDateRule()));

    /** The real decks, parsed once for all tests: parsing is what takes time here. */
    private static final List<RealDeck> REAL_DECKS = realDecks();

    private record RealDeck(String name, Deck deck) {}

    @TempDir
    Path dir;

    @Test
    void everyCallIsMissingOnlyTheTeamsThatDidNotReport() {
        assertThat(findings(SECTIONS)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "20231005.md", List.of(missing("Team Container", "after \"Team Ops\"")),
                "20231221.md", List.of(missing("Team Container", "after \"Team Ops\"")),
                "20240307.md", List.of(missing("Team Container", "after \"Team Ops\"")),
                "20240418.md", List.of(missing("Team IaaS", "before \"Team IAM & Security\"")),
                "20240530.md", List.of(missing("Team Ops", "after \"Team IAM & Security\"")))));
    }

    @Test
    void everyCallButOneShowsItsDateAndTheTemplateShowsAPlaceholder() {
        assertThat(findings(DATES)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "20230831-slides.md", List.of("The first 2 slides show no date: add the date of the talk (such as "
                        + "2024-06-27), so the deck says which one it is."),
                "template.md", List.of("This slide shows the placeholder date \"202X-XX-XX\": put in the date of the "
                        + "talk."))));
    }

    @Test
    void theStubForAMissingTeamGoesBetweenTheTeamsAroundIt() {
        Deck deck = REAL_DECKS.stream().filter(d -> d.name().equals("20240530.md")).findFirst().orElseThrow().deck();
        Diagnostic finding = lint(SECTIONS, CONFIGURATIONS.defaults(), deck).get(0);
        TextEdit stub = finding.fixes().get(0).edits().get(0);
        Slide container = deck.slides().stream().filter(s -> s.text().contains("# Team Container")).findFirst()
                .orElseThrow();
        assertThat(stub.offset()).isEqualTo(container.separatorBefore().orElseThrow().start());
        assertThat(stub.replacement()).isEqualTo("\n---\n\n# Team Ops\n\n" + StubSlide.PLACEHOLDER + "\n");
    }

    @Test
    void thePackAppliesToEveryCallByItsTitleAndToNoOtherDeck() {
        Pack pack = scsPack();
        assertThat(REAL_DECKS).hasSize(39);
        for (RealDeck real : REAL_DECKS) {
            // This deck starts with a blank line, so HedgeDoc reads no front matter and no title from it.
            boolean hedgeDocSeesNoTitle = real.name().equals("20240201.md");
            assertThat(pack.appliesTo(real.deck())).as("pack applies to %s", real.name()).isEqualTo(!hedgeDocSeesNoTitle);
        }
        // The titles of the other decks in the corpus: SCS training decks and other people's talks.
        for (String title : List.of("SCS Training 1", "A deck to play with HackMD Markdown slides", "Data management",
                "Developing Labs for Teaching Kids Webdev", "Foobar", "How nf-core/configs work",
                "Sarek and rnafusion, to detect variants and fusion genes",
                "Sarek, a workflow to detect germline and somatic mutations in WGS/WES",
                "What is Machine Learning good at?", "resting state functional connectivity",
                "Kubernetes SIG Apps Community Call")) {
            assertThat(pack.appliesTo(Deck.parse("---\ntitle: " + title + "\n---\n"))).as(title).isFalse();
        }
        assertThat(pack.appliesTo(Deck.parse("---\ntitle: Sovereign Cloud Stack community call\n---\n"))).isTrue();
    }

    @Test
    void aConfigurationCanTurnOnTheOrderAndKeepThePacksSections() throws IOException {
        Path config = dir.resolve(".decklint.yml");
        Files.writeString(config, "rules:\n  required-sections:\n    ordered: true\n");
        String deck = "---\ntitle: SCS Community Call\n---\n\n# Team IaaS\n\n---\n\n# Team Container\n\n---\n\n"
                + "# Team IAM\n\n---\n\n# Team Ops\n";
        assertThat(lint(CONFIGURATIONS.defaults(), null, deck)).isEmpty();
        assertThat(lint(CONFIGURATIONS.fromFile(config), dir.resolve("call.md"), deck)).extracting(Diagnostic::message)
                .containsExactly("\"Team Container\" is out of order: it belongs after \"Team Ops\" (slide 4).");
    }

    @Test
    void extendingThePackAppliesItWhateverTheTitle() throws IOException {
        Path config = dir.resolve(".decklint.yml");
        Files.writeString(config, "extends: [scs-community-call]\n");
        String deck = "# Team IaaS\n\n---\n\n# Team Ops\n\n---\n\n# Team Container\n";
        assertThat(lint(CONFIGURATIONS.defaults(), null, deck)).isEmpty();
        assertThat(lint(CONFIGURATIONS.fromFile(config), dir.resolve("call.md"), deck)).extracting(Diagnostic::message)
                .containsExactly(missing("Team IAM & Security", "after \"Team IaaS\""));
    }

    @Test
    void aUsersOwnPackReplacesTheSections() throws IOException {
        Files.writeString(dir.resolve("retro.yml"), "name: retro\nrules:\n  required-sections:\n"
                + "    sections: [Went well, To improve, Actions]\n");
        Path config = dir.resolve(".decklint.yml");
        Files.writeString(config, "extends: [retro.yml]\n");
        String deck = "# Went well\n\n---\n\n# Actions\n";
        assertThat(lint(CONFIGURATIONS.fromFile(config), dir.resolve("retro.md"), deck)).extracting(Diagnostic::message)
                .containsExactly("No \"To improve\" section (a slide whose first heading starts with \"To improve\"): "
                        + "it belongs after \"Went well\".");
    }

    private static String missing(String name, String where) {
        String spellings = name.equals("Team IAM & Security") ? "\"Team IAM & Security\" or \"Team IAM\"" : "\"" + name + "\"";
        return "No \"" + name + "\" section (a slide whose first heading starts with " + spellings + "): it belongs "
                + where + ".";
    }

    /** Each real deck's findings by one linter, by the deck's date (or name), for decks with findings. */
    private static Map<String, List<String>> findings(Linter linter) {
        Map<String, List<String>> findings = new TreeMap<>();
        for (RealDeck real : REAL_DECKS) {
            List<Diagnostic> diagnostics = lint(linter, CONFIGURATIONS.defaults(), real.deck());
            if (!diagnostics.isEmpty()) {
                findings.put(real.name(), diagnostics.stream().map(Diagnostic::message).toList());
            }
        }
        return findings;
    }

    private static List<Diagnostic> lint(Configuration configuration, Path path, String text) {
        Deck deck = Deck.parse(text);
        return SECTIONS.lint(deck, configuration.settingsFor(path, deck), LintEnvironment.NONE);
    }

    private static List<Diagnostic> lint(Linter linter, Configuration configuration, Deck deck) {
        return linter.lint(deck, configuration.settingsFor(null, deck), LintEnvironment.NONE);
    }

    private static Pack scsPack() {
        Map<String, Rule> rules = BuiltInRules.all().stream().collect(Collectors.toMap(r -> r.meta().id(), r -> r));
        return new Packs(rules).builtIn().stream().filter(p -> p.name().equals("scs-community-call")).findFirst()
                .orElseThrow();
    }

    /** The corpus copies, and the seed deck with its encoding mistake from the repository's examples. */
    private static List<RealDeck> realDecks() {
        try (Stream<Path> files = Stream.concat(Files.list(DECKS), Stream.of(EXAMPLES.resolve("community-call-2023-11-23.md")))) {
            List<RealDeck> decks = new ArrayList<>();
            for (Path path : files.filter(p -> !p.getFileName().toString().equals("ATTRIBUTION.md")).sorted().toList()) {
                decks.add(new RealDeck(path.getFileName().toString().replace(PREFIX, ""),
                        Deck.parse(Files.readString(path, StandardCharsets.UTF_8))));
            }
            return decks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
