package io.decklint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decklint.deck.Deck;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.LintEnvironment;
import io.decklint.lint.LintSettings;
import io.decklint.lint.Linter;
import io.decklint.lint.RuleOptions;
import io.decklint.lint.RuleSetting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlideAttributesOptionsTest {
    private static final String DECK = "# A\n\nText <!-- .element class=\"fragment\" -->\n\n"
            + "<!-- .slide: data-background='#000' -->\n";

    private static List<Diagnostic> lint(Map<String, Object> options) {
        RuleSetting setting = new RuleSetting(true, null, new RuleOptions(options, "test"));
        LintSettings settings = new LintSettings(Map.of("slide-attributes", setting), List.of());
        return new Linter(List.of(new SlideAttributesRule())).lint(Deck.parse(DECK), settings,
                LintEnvironment.NONE);
    }

    @Test
    void notesAboutHedgeDoc2AreOnByDefault() {
        assertThat(lint(Map.of())).extracting(Diagnostic::message)
                .anyMatch(m -> m.startsWith("HedgeDoc 2 reads element attributes"))
                .anyMatch(m -> m.startsWith("HedgeDoc drops `data-background`"));
    }

    @Test
    void theHedgeDoc2OptionTurnsThemOffAndKeepsTheRest() {
        assertThat(lint(Map.of("hedgedoc2", false))).extracting(Diagnostic::message)
                .noneMatch(m -> m.startsWith("HedgeDoc 2"))
                .anyMatch(m -> m.startsWith("HedgeDoc drops `data-background`"));
    }

    @Test
    void aWrongOptionValueIsRefusedWhenTheConfigLoads() {
        assertThatThrownBy(() -> new SlideAttributesRule().validate(new RuleOptions(Map.of("hedgedoc2", "no"),
                ".decklint.yml:3"))).hasMessageContaining("hedgedoc2");
    }
}
