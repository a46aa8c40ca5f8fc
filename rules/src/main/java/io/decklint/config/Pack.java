package io.decklint.config;

import io.decklint.deck.Deck;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A rule pack: rule settings and words that belong together, such as the SCS community-call conventions. A
 * pack may say which decks it is for (by front-matter title); a built-in pack that does applies to those
 * decks with no configuration at all.
 */
public record Pack(String name, String description, Pattern appliesToTitle, Map<String, RuleEntry> rules,
        List<String> words) {

    public boolean appliesTo(Deck deck) {
        return appliesToTitle != null && deck.title().filter(t -> appliesToTitle.matcher(t).find()).isPresent();
    }
}
