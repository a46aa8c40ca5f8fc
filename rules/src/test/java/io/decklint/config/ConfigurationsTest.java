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
        assertThatThrownBy(() -> configurations.fromFile(config)).hasMessageStartingWith(config + ":2: not valid YAML");
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
}
