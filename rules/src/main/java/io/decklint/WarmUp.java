package io.decklint;

import io.decklint.deck.Deck;
import io.decklint.spelling.EnglishDictionary;

/**
 * Loads the Markdown parser and the English dictionary on a background thread. A short run (a pre-commit
 * hook's one deck) spends much of its time loading code and data; started before the command line is read,
 * this does it on the second core, and the real deck's parse and spelling find them loaded.
 */
public final class WarmUp {
    /** A small deck with the Markdown a community-call deck has, so that parsing it loads what parsing one needs. */
    private static final String SAMPLE = """
            ---
            title: Community Call
            type: slide
            ---

            # Community Call

            ## Agenda

            * News from the **teams**, with [notes](https://example.org/notes)
            * `make test` and ![logo](images/logo.png)

            ---

            <!-- .slide: data-background="#ffffff" -->
            ## Release plan

            | Team | Date |
            |------|------|
            | Tests | Monday |

            ```yaml
            key: value
            ```

            Note: ask the teams about the release.
            """;

    private WarmUp() {}

    /** Starts the warm-up; the process may end before it does. */
    public static void start() {
        Thread thread = new Thread(() -> {
            Deck.parse(SAMPLE);
            EnglishDictionary.get();
        }, "decklint-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
