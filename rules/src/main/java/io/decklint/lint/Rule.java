package io.decklint.lint;

import io.decklint.deck.Deck;

/**
 * One check. Rules are stateless and thread-safe: everything a run needs comes in through the deck and the
 * context, and findings go out through {@link RuleContext#report}.
 */
public interface Rule {
    RuleMeta meta();

    void check(Deck deck, RuleContext context);

    /** Reads every option this rule takes, so that a bad one is reported when the config loads. */
    default void validate(RuleOptions options) {}
}
