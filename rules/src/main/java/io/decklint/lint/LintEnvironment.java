package io.decklint.lint;

/**
 * What a lint run may consult beyond the deck itself: the files around it, and a way to look up remote links.
 *
 * @param checkRemote true when the caller asked for every remote link to be looked up (as {@code decklint lint
 *     --check-remote} does); rules may also look links up when their own options ask for it
 */
public record LintEnvironment(DeckFiles files, LinkChecker links, boolean checkRemote) {
    public static final LintEnvironment NONE = new LintEnvironment(DeckFiles.NONE);

    /** Files only: no remote lookups. */
    public LintEnvironment(DeckFiles files) {
        this(files, LinkChecker.NONE, false);
    }
}
