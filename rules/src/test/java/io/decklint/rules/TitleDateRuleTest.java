package io.decklint.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decklint.lint.RuleOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitleDateRuleTest {
    @Test
    void badOptionsAreExplained() {
        assertProblem(Map.of("slide", 2), "'slide' is not an option of title-date (did you mean 'slides'?); it takes "
                + "'slides' and 'required'");
        assertProblem(Map.of("slides", 0), "option 'slides' must be 1 or more");
        assertProblem(Map.of("slides", "two"), "option 'slides' must be a whole number");
        assertProblem(Map.of("required", "always"), "option 'required' must be true or false");
    }

    private static void assertProblem(Map<String, Object> options, String problem) {
        assertThatThrownBy(() -> new TitleDateRule().checkOptions(new RuleOptions(options, "call.yml:7")))
                .isInstanceOf(RuleOptions.OptionException.class).hasMessage("call.yml:7: " + problem);
    }
}
