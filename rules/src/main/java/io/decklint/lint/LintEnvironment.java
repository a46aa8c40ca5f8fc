package io.decklint.lint;

import io.decklint.series.DeckSeries;

/**
 * What a lint run may consult beyond the deck itself: the files around it, a way to look up remote links,
 * and the words of its workspace.
 *
 * @param checkRemote true when the caller asked for every remote link to be looked up (as {@code decklint lint
 *     --check-remote} does); rules may also look links up when their own options ask for it
 * @param workspaceWords what the decks of the deck's workspace say about words (for the spelling rule)
 * @param series the deck's series: the saved decks of its folder that belong with it (for the series rules)
 */
public record LintEnvironment(DeckFiles files, LinkChecker links, boolean checkRemote,
        WorkspaceWords workspaceWords, DeckSeries series) {
    public static final LintEnvironment NONE = new LintEnvironment(DeckFiles.NONE);

    /** Files only: no remote lookups, no workspace vocabulary. */
    public LintEnvironment(DeckFiles files) {
        this(files, LinkChecker.NONE, false);
    }

    /** No series. */
    public LintEnvironment(DeckFiles files, LinkChecker links, boolean checkRemote, WorkspaceWords workspaceWords) {
        this(files, links, checkRemote, workspaceWords, DeckSeries.NONE);
    }

    /** No workspace vocabulary. */
    public LintEnvironment(DeckFiles files, LinkChecker links, boolean checkRemote) {
        this(files, links, checkRemote, WorkspaceWords.NONE);
    }
}
