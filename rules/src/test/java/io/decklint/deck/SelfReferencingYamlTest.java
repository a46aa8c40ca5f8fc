package io.decklint.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decklint.config.ConfigException;
import io.decklint.config.Configurations;
import io.decklint.rules.BuiltInRules;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An anchor that contains its own alias makes a cycle; walking it must not take forever. */
class SelfReferencingYamlTest {
    private static final String CYCLE = "a: &a [*a, *a]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n";

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void frontMatterWithACycleParsesAtOnce() {
        Deck deck = Deck.parse("---\n" + CYCLE + "---\n# Slide\n");
        assertThat(deck.frontMatter().orElseThrow().problem()).isEmpty();
        assertThat(deck.slides()).hasSize(1);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void settingsWithACycleAreReadAtOnce() {
        Configurations configurations = new Configurations(BuiltInRules.all());
        // The cycle is read into an option value at once; then the option is refused, as empty-slide takes none.
        assertThatThrownBy(() -> configurations.useEditorSettings(
                "rules:\n  empty-slide:\n    severity: info\n    x: &a [*a, *a]\n", Path.of("")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'x' is not an option of empty-slide");
        assertThat(configurations.defaults().settingsFor(null, Deck.parse("# A\n")).forRule("empty-slide").enabled())
                .isTrue();
    }
}
