package io.decklint;

import io.decklint.config.Configuration;
import io.decklint.lint.WorkspaceWords;
import io.decklint.spelling.VocabularyCache;
import io.decklint.spelling.WorkspaceVocabulary;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workspace vocabulary of each folder tree, built the first time a deck in it is linted and kept for the
 * rest of the run. A deck's workspace is the folder of its configuration ({@code .decklint.yml} or
 * {@code .decklint-words.txt}), the root its users chose for their decks; a deck without one belongs to its
 * own folder. Either way a deck gets the same findings whether it is linted alone or with its whole folder.
 */
public final class Workspaces {
    private final Map<Path, WorkspaceVocabulary> byRoot = new ConcurrentHashMap<>();
    private final VocabularyCache cache;

    public Workspaces() {
        this(VocabularyCache.NONE);
    }

    /** Workspaces whose files' words are kept in {@code cache} between runs. */
    public Workspaces(VocabularyCache cache) {
        this.cache = cache;
    }

    /** The workspace words for a deck saved at {@code deck}; none for an unsaved deck. */
    public WorkspaceWords forDeck(Path deck, Configuration configuration) {
        Path root = root(deck, configuration);
        return root == null ? WorkspaceWords.NONE : byRoot.computeIfAbsent(root, this::build);
    }

    private WorkspaceVocabulary build(Path root) {
        return WorkspaceVocabulary.of(root, cache);
    }

    /** The folder whose decks make up the workspace of a deck saved at {@code deck}, or null. */
    public static Path root(Path deck, Configuration configuration) {
        if (deck == null) {
            return null;
        }
        return configuration.folder().orElseGet(() -> deck.toAbsolutePath().normalize().getParent());
    }

    /** The vocabulary of a workspace already built, for an editor to update as files change. */
    public WorkspaceVocabulary get(Path root) {
        return byRoot.get(root);
    }

    /** Forgets one workspace's vocabulary (a run done with its decks frees the memory), so the next lint builds it anew. */
    public void forget(Path root) {
        byRoot.remove(root);
    }

    /** Forgets every vocabulary, so the next lint builds them anew. */
    public void clear() {
        byRoot.clear();
    }
}
