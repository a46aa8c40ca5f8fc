package io.decklint.server;

import io.decklint.Decklint;
import io.decklint.config.ConfigException;
import io.decklint.deck.Deck;
import io.decklint.deck.DeckParser;
import io.decklint.lint.SlideCache;
import java.nio.file.Path;
import java.util.List;

/**
 * What the lint thread keeps for one open deck: a parser and a slide cache of its own, so that a check shares
 * nothing with the requests answered meanwhile, and an edit re-parses and re-checks only the slides it touched.
 */
final class DeckChecker {
    private final Path path;
    private final DeckParser parser = new DeckParser(DeckParser.EDITOR_CACHE_SIZE);
    private final SlideCache cache = new SlideCache();

    DeckChecker(Path path) {
        this.path = path;
    }

    /**
     * Checks one version of the deck. A Markdown file that is not a deck (a README, notes) gets no findings,
     * as when {@code decklint lint} searches a folder: the same {@link Deck#isSlideDeck()} decides, on every
     * version, so a file becomes a deck once its front matter says so.
     *
     * @throws java.util.concurrent.CancellationException when the thread is interrupted, at the engine's next
     *     checkpoint
     */
    OpenDeck.Findings check(Decklint decklint, int version, String text) {
        Deck deck = parser.parse(text);
        if (!deck.isSlideDeck()) {
            return new OpenDeck.Findings(version, List.of(), null);
        }
        try {
            return new OpenDeck.Findings(version, decklint.lint(deck, path,
                    OpenDeck.configuration(decklint, path), cache), null);
        } catch (ConfigException e) {
            return new OpenDeck.Findings(version, List.of(), e);
        }
    }
}
