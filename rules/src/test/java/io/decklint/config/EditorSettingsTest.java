package io.decklint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decklint.deck.Deck;
import io.decklint.lint.Severity;
import io.decklint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorSettingsTest {
    @TempDir
    Path folder;

    @Test
    void editorSettingsApplyUnderTheProjectFile() throws IOException {
        Configurations configurations = new Configurations(BuiltInRules.all());
        configurations.useEditorSettings("{\"rules\": {\"empty-slide\": \"error\", \"placeholder-slide\": \"off\"},"
                + " \"words\": [\"Kubernetes\"]}", folder);
        Path deck = folder.resolve("deck.md");
        Deck parsed = Deck.parse("# A\n");

        var alone = configurations.forDeck(deck).settingsFor(deck, parsed);
        assertThat(alone.forRule("empty-slide").severity()).isEqualTo(Severity.ERROR);
        assertThat(alone.forRule("placeholder-slide").enabled()).isFalse();
        assertThat(alone.words()).contains("Kubernetes");

        Files.writeString(folder.resolve(".decklint.yml"), "rules:\n  empty-slide: info\n");
        configurations.clear();
        var withProject = configurations.forDeck(deck).settingsFor(deck, parsed);
        assertThat(withProject.forRule("empty-slide").severity()).as("the project's file wins").isEqualTo(Severity.INFO);
        assertThat(withProject.forRule("placeholder-slide").enabled()).isFalse();
    }

    @Test
    void badEditorSettingsSayWhatIsWrongAndChangeNothing() {
        Configurations configurations = new Configurations(BuiltInRules.all());
        assertThatThrownBy(() -> configurations.useEditorSettings("{\"rules\": {\"empty-slides\": \"off\"}}", folder))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown rule 'empty-slides' (did you mean 'empty-slide'?)");
        assertThat(configurations.defaults().settingsFor(null, Deck.parse("# A\n")).forRule("empty-slide").enabled())
                .isTrue();
    }
}
