package io.decklint.lint;

import io.decklint.deck.Deck;
import java.util.List;

/**
 * One check. Rules are stateless and thread-safe: everything a run needs comes in through the deck and the
 * context, and findings go out through {@link RuleContext#report}.
 */
public interface Rule {
    RuleMeta meta();

    void check(Deck deck, RuleContext context);

    /** The options this rule takes besides its severity: a configuration that sets any other is refused. */
    default List<String> options() {
        return List.of();
    }

    /** Refuses an option this rule does not take, then checks the values of those it does. */
    default void checkOptions(RuleOptions options) {
        options.allowOnly(meta().id(), options());
        validate(options);
    }

    /** Reads every option this rule takes, so that a bad one is reported when the config loads. */
    default void validate(RuleOptions options) {}
}
