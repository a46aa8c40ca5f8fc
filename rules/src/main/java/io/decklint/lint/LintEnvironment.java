package io.decklint.lint;

/** What a lint run may consult beyond the deck itself. */
public record LintEnvironment(DeckFiles files) {
    public static final LintEnvironment NONE = new LintEnvironment(DeckFiles.NONE);
}
