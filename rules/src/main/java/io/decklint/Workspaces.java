package io.decklint;

import io.decklint.config.Configuration;
import io.decklint.lint.WorkspaceWords;
import io.decklint.spelling.VocabularyCache;
import io.decklint.spelling.WorkspaceVocabulary;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workspace vocabulary of each folder tree, built the first time a deck in it is linted and kept for the
 * rest of the run. A deck's workspace is the folder of its configuration ({@code .decklint.yml} or
 * {@code .decklint-words.txt}), the root its users chose for their decks; a deck without one belongs to its
 * own folder. Either way a deck gets the same findings whether it is linted alone or with its whole folder.
 *
 * <p>Each vocabulary is counted on a thread of its own, so a caller that asks for it early ({@link #prepare})
 * reads and checks its deck meanwhile: on a pre-commit hook's single deck that is most of the run.
 */
public final class Workspaces {
    private final Map<Path, Counting> byRoot = new ConcurrentHashMap<>();
    private final VocabularyCache cache;

    public Workspaces() {
        this(VocabularyCache.NONE);
    }

    /** Workspaces whose files' words are kept in {@code cache} between runs. */
    public Workspaces(VocabularyCache cache) {
        this.cache = cache;
    }

    /** Starts counting the words of the workspace at {@code root}, unless they are counted or being counted. */
    public void prepare(Path root) {
        byRoot.computeIfAbsent(root, r -> new Counting(r, cache));
    }

    /**
     * The workspace words for a deck saved at {@code deck} (none for an unsaved deck): counted in the
     * background, so a rule that reads them first waits, and a lint with no such rule never does.
     */
    public WorkspaceWords forDeck(Path deck, Configuration configuration) {
        Path root = root(deck, configuration);
        return root == null ? WorkspaceWords.NONE : byRoot.computeIfAbsent(root, r -> new Counting(r, cache));
    }

    /** The folder whose decks make up the workspace of a deck saved at {@code deck}, or null. */
    public static Path root(Path deck, Configuration configuration) {
        if (deck == null) {
            return null;
        }
        return configuration.folder().orElseGet(() -> deck.toAbsolutePath().normalize().getParent());
    }

    /** Forgets one workspace's vocabulary (a run done with its decks frees the memory), so the next lint builds it anew. */
    public void forget(Path root) {
        byRoot.remove(root);
    }

    /**
     * A workspace's vocabulary, counted on a thread of its own from the moment it is asked for. One object per
     * workspace, so that what the spelling rule learns of it is kept for as long as the workspace is.
     */
    private static final class Counting implements WorkspaceWords {
        private final CompletableFuture<WorkspaceVocabulary> vocabulary;

        Counting(Path root, VocabularyCache cache) {
            vocabulary = CompletableFuture.supplyAsync(() -> WorkspaceVocabulary.of(root, cache), task -> {
                Thread thread = new Thread(task, "decklint-workspace");
                thread.setDaemon(true);
                thread.start();
            });
        }

        private WorkspaceVocabulary counted() {
            try {
                return vocabulary.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
        }

        @Override
        public int uses(String word) {
            return counted().uses(word);
        }

        @Override
        public int lines(String word) {
            return counted().lines(word);
        }

        @Override
        public Collection<String> neighbours(String word) {
            return counted().neighbours(word);
        }
    }
}
