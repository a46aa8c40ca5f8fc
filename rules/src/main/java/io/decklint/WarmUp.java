package io.decklint;

import io.decklint.deck.Deck;
import io.decklint.spelling.EnglishDictionary;

/**
 * Loads the YAML reader, the Markdown parser and the English dictionary. A short run (a pre-commit hook's one
 * deck) spends much of its time loading code and data; run on another thread before the command line is
 * read, this does it on the second core, and the real deck's parse and spelling find them loaded.
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

    public static void run() {
        Deck.parse(SAMPLE);
        EnglishDictionary.get();
    }
}
