package io.decklint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decklint.deck.Deck;
import io.decklint.lint.LintSettings;
import io.decklint.lint.Severity;
import io.decklint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationsTest {
    private static final Deck DECK = Deck.parse("---\ntitle: Talk\ntype: slide\n---\n\n# A\n");

    @TempDir
    Path dir;

    private final Configurations configurations = new Configurations(BuiltInRules.all());

    @Test
    void theNearestConfigurationUpTheTreeApplies() throws IOException {
        Files.writeString(dir.resolve(".decklint.yml"), "rules:\n  empty-slide: error\nwords: [Kamaji]\n");
        Files.writeString(dir.resolve(".decklint-words.txt"), "# team words\nOSISM\n\nZuul\n");
        Path deck = Files.createDirectories(dir.resolve("2024/june")).resolve("call.md");
        LintSettings settings = configurations.forDeck(deck).settingsFor(deck, DECK);
        assertThat(settings.forRule("empty-slide").severity()).isEqualTo(Severity.ERROR);
        assertThat(settings.words()).containsExactly("Kamaji", "OSISM", "Zuul");
    }

    @Test
    void noConfigurationMeansTheDefaults() {
        Path deck = dir.resolve("call.md");
        LintSettings settings = configurations.forDeck(deck).settingsFor(deck, DECK);
        assertThat(settings.forRule("empty-slide").enabled()).isTrue();
        assertThat(settings.forRule("empty-slide").severity()).isNull();
    }

    @Test
    void ruleMapsCarrySeverityAndOptionsAndLaterLayersWin() throws IOException {
        Files.writeString(dir.resolve(".decklint.yml"), "rules:\n  placeholder-slide: {severity: warning}\n"
                + "overrides:\n  - files: '**/drafts/*.md'\n    rules:\n      placeholder-slide: off\n");
        Path draft = Files.createDirectories(dir.resolve("a/drafts")).resolve("x.md");
        Path deck = dir.resolve("x.md");
        Configuration configuration = configurations.forDeck(deck);
        assertThat(configuration.settingsFor(deck, DECK).forRule("placeholder-slide").severity()).isEqualTo(Severity.WARNING);
        assertThat(configuration.settingsFor(draft, DECK).forRule("placeholder-slide").enabled()).isFalse();
    }

    @Test
    void mistakesAreReportedWithFileLineAndAHint() throws IOException {
        Path config = dir.resolve(".decklint.yml");
        Files.writeString(config, "extend: [scs-community-call]\n");
        assertThatThrownBy(() -> configurations.fromFile(config)).isInstanceOf(ConfigException.class)
                .hasMessage(config + ":1: 'extend' is not a key of .decklint.yml (did you mean 'extends'?)");
        Files.writeString(config, "rules:\n  empty-slide: loud\n");
        assertThatThrownBy(() -> configurations.fromFile(config))
                .hasMessage(config + ":2: rules.empty-slide: expected off, info, warning or error, found 'loud'");
        Files.writeString(config, "rules: [\n");
        assertThatThrownBy(() -> configurations.fromFile(config)).hasMessageStartingWith(config + ":1: not valid YAML");
        Files.writeString(config, "extends: [no-such-pack]\n");
        assertThatThrownBy(() -> configurations.fromFile(config)).hasMessageContaining("no built-in pack 'no-such-pack'");
    }

    @Test
    void builtInPacksApplyByTitleWithoutConfiguration() {
        // The pack sets rules' options, so it is read against the rules that take them.
        Pack pack = new Packs(BuiltInRules.all().stream().collect(java.util.stream.Collectors.toMap(
                r -> r.meta().id(), r -> r))).builtIn().get(0);
        assertThat(pack.name()).isEqualTo("scs-community-call");
        assertThat(pack.appliesTo(Deck.parse("---\ntitle: SCS Community Call\n---\n"))).isTrue();
        assertThat(pack.appliesTo(DECK)).isFalse();
    }

    @Test
    void anEmptyOrCommentOnlyFileMeansTheDefaults() throws IOException {
        for (String text : new String[] {"", "\n", "# nothing set yet\n", "---\n"}) {
            Path config = Files.writeString(dir.resolve(".decklint.yml"), text);
            Path deck = dir.resolve("call.md");
            configurations.clear();
            Configuration configuration = configurations.forDeck(deck);
            assertThat(configuration.file()).contains(config);
            assertThat(configuration.settingsFor(deck, DECK).forRule("empty-slide").enabled()).isTrue();
        }
    }

    @Test
    void anUnclosedQuoteOrListIsReportedWhereItOpened() throws IOException {
        Path config = dir.resolve(".decklint.yml");
        Files.writeString(config, "rules:\n  empty-slide: [warning\n  spelling: off\nwords: [a]\n");
        assertThatThrownBy(() -> configurations.fromFile(config)).isInstanceOf(ConfigException.class)
                .hasMessage(config + ":2: not valid YAML: the list '[' opened on this line is not closed (line 3: "
                        + "expected ',' or ']', but got :)");
        Files.writeString(config, "words: [a]\nrules:\n  empty-slide: \"warning\n  spelling: off\n");
        assertThatThrownBy(() -> configurations.fromFile(config))
                .hasMessageStartingWith(config + ":3: not valid YAML: the quote opened on this line is not closed");
        Files.writeString(config, "rules:\n  empty-slide: warning\n   spelling: off\n");
        assertThatThrownBy(() -> configurations.fromFile(config))
                .hasMessage(config + ":3: not valid YAML: mapping values are not allowed here");
    }

    @Test
    void anOptionTheRuleDoesNotTakeIsRefusedNamingTheOnesItTakes() throws IOException {
        Path config = dir.resolve(".decklint.yml");
        Files.writeString(config, "rules:\n  empty-slide: {maxx: 3}\n");
        assertThatThrownBy(() -> configurations.fromFile(config)).isInstanceOf(ConfigException.class)
                .hasMessage(config + ":2: rules.empty-slide: 'maxx' is not an option of empty-slide; it takes none, "
                        + "only a severity (empty-slide: warning)");
        Files.writeString(config, "rules:\n  spelling:\n    severity: info\n    lern: false\n");
        assertThatThrownBy(() -> configurations.fromFile(config))
                .hasMessage(config + ":3: rules.spelling: 'lern' is not an option of spelling (did you mean 'learn'?); "
                        + "it takes 'learn'");
    }

    @Test
    void aBadGlobIsReportedWithItsLine() throws IOException {
        Path config = dir.resolve(".decklint.yml");
        Files.writeString(config, "rules: {}\noverrides:\n  - files: ['archive/[']\n    rules: {empty-slide: off}\n");
        assertThatThrownBy(() -> configurations.fromFile(config)).isInstanceOf(ConfigException.class)
                .hasMessage(config + ":3: overrides: 'archive/[' is not a valid glob: missing ']' (at character 9)");
        Files.writeString(config, "ignores:\n  - drafts/\n  - 'old/[ab'\n");
        assertThatThrownBy(() -> configurations.fromFile(config)).hasMessage(config + ":3: ignores: 'old/[ab' has a '[' "
                + "that is not closed by ']' (write \\[ for a plain '[')");
    }

    @Test
    void aMissingPackFileSaysSo() throws IOException {
        Path config = Files.writeString(dir.resolve(".decklint.yml"), "rules: {}\nextends: [packs/team.yml]\n");
        assertThatThrownBy(() -> configurations.fromFile(config)).isInstanceOf(ConfigException.class)
                .hasMessage(config + ":2: pack file 'packs/team.yml': no such file (looked for "
                        + dir.resolve("packs/team.yml") + ")");
    }

    @Test
    @Timeout(30)
    void aPackThatIsAPipeIsRefusedNotWaitedOn() throws Exception {
        Path pipe = dir.resolve("team.yml");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Path config = Files.writeString(dir.resolve(".decklint.yml"), "extends: [team.yml]\n");
        assertThatThrownBy(() -> configurations.fromFile(config)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("team.yml").hasMessageContaining("is not a regular file");
    }

    @Test
    void packFilesAreReadOnlyInsideTheRepository() throws IOException {
        Path repository = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repository.resolve(".git"));
        Path talks = Files.createDirectories(repository.resolve("talks"));
        Path outside = Files.writeString(dir.resolve("outside.yml"), "name: outside\nrules: {empty-slide: off}\n");
        Files.writeString(repository.resolve("team.yml"), "name: team\nrules: {empty-slide: error}\n");
        Path config = talks.resolve(".decklint.yml");
        Path deck = talks.resolve("call.md");

        Files.writeString(config, "extends: [../team.yml]\n");
        assertThat(configurations.fromFile(config).settingsFor(deck, DECK).forRule("empty-slide").severity())
                .as("a pack elsewhere in the same repository").isEqualTo(Severity.ERROR);
        for (String named : new String[] {"../../outside.yml", outside.toString()}) {
            Files.writeString(config, "extends: [" + named + "]\n");
            assertThatThrownBy(() -> configurations.fromFile(config)).isInstanceOf(ConfigException.class)
                    .hasMessage(config + ":1: refused to read pack file '" + named + "': it is outside " + repository
                            + ", the repository this configuration belongs to; --allow-config-outside reads it anyway");
        }
        Files.createSymbolicLink(talks.resolve("link.yml"), outside);
        Files.writeString(config, "extends: [link.yml]\n");
        assertThatThrownBy(() -> configurations.fromFile(config)).hasMessage(config + ":1: refused to read pack file "
                + "'link.yml': it leads to " + outside.toRealPath() + ", which is outside " + repository
                + ", the repository this configuration belongs to; --allow-config-outside reads it anyway");

        configurations.allowReadingOutsideRepositories();
        assertThat(configurations.fromFile(config).settingsFor(deck, DECK).forRule("empty-slide").enabled()).isFalse();
    }

    @Test
    void withoutARepositoryAConfigurationReadsOnlyInsideItsOwnFolder() throws IOException {
        Path talks = Files.createDirectories(dir.resolve("talks"));
        Files.writeString(dir.resolve("team.yml"), "name: team\nrules: {empty-slide: error}\n");
        Path config = Files.writeString(talks.resolve(".decklint.yml"), "extends: [../team.yml]\n");
        assertThatThrownBy(() -> configurations.fromFile(config)).hasMessage(config + ":1: refused to read pack file "
                + "'../team.yml': it is outside " + talks + ", the configuration's own folder (no folder above it has "
                + "a .git); --allow-config-outside reads it anyway");
    }
}
