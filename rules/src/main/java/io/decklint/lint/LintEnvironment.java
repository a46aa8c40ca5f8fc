package io.decklint.lint;

/** What a lint run may consult beyond the deck itself: the files around it and the words of its workspace. */
public record LintEnvironment(DeckFiles files, WorkspaceWords workspaceWords) {
    public static final LintEnvironment NONE = new LintEnvironment(DeckFiles.NONE, WorkspaceWords.NONE);

    /** An environment with files but no workspace vocabulary. */
    public LintEnvironment(DeckFiles files) {
        this(files, WorkspaceWords.NONE);
    }
}
