package io.decklint;

import io.decklint.config.Configuration;
import io.decklint.lint.WorkspaceWords;
import io.decklint.spelling.VocabularyCache;
import io.decklint.spelling.WorkspaceVocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/**
 * The workspace vocabulary of each folder tree, counted the first time it is asked for and kept until it is
 * forgotten. A deck's workspace is the folder of its configuration ({@code .decklint.yml} or
 * {@code .decklint-words.txt}), the root its users chose for their decks; a deck without one belongs to its
 * own folder. Either way a deck gets the same findings whether it is linted alone or with its whole folder.
 *
 * <p>Each vocabulary is counted by the executor the caller hands in. The command line's runs on a thread
 * beside the lint, so that having asked for it early ({@link #prepare}) it reads and checks its deck
 * meanwhile: on a pre-commit hook's single deck that is most of the run. Without one, a vocabulary is counted
 * when it is first asked for. A count that failed is tried again the next time it is asked for. A file whose
 * words cannot be counted is left out of the count, and said so once, in {@link #takeNotices}.
 */
public final class Workspaces {
    private final Map<Path, Counting> byRoot = new ConcurrentHashMap<>();
    private final Queue<String> notices = new ConcurrentLinkedQueue<>();
    private final VocabularyCache cache;
    private final Executor counter;

    public Workspaces() {
        this(VocabularyCache.NONE, Runnable::run);
    }

    /** Workspaces whose files' words are kept in {@code cache} between runs, each counted by {@code counter}. */
    public Workspaces(VocabularyCache cache, Executor counter) {
        this.cache = cache;
        this.counter = counter;
    }

    /** Starts counting the words of the workspace at {@code root}, unless they are counted or being counted. */
    public void prepare(Path root) {
        counting(root);
    }

    /**
     * The workspace words for a deck saved at {@code deck} (none for an unsaved deck). A rule that reads them
     * waits until they are counted, and a lint with no such rule never does.
     */
    public WorkspaceWords forDeck(Path deck, Configuration configuration) {
        Path root = root(deck, configuration);
        return root == null ? WorkspaceWords.NONE : counting(root);
    }

    /**
     * Waits until the workspace's words are counted, if they are being counted: a deck of it must not be
     * rewritten while its files are read, or what the workspace teaches would depend on which came first.
     */
    public void awaitCounted(Path root) {
        Counting counting = byRoot.get(root);
        if (counting != null) {
            counting.vocabulary.exceptionally(failure -> null).join();
        }
    }

    private Counting counting(Path root) {
        return byRoot.compute(root, (r, known) -> known == null || known.vocabulary.isCompletedExceptionally()
                ? new Counting(r, cache, counter, notices) : known);
    }

    /** What went wrong in the counts since the last call, one line each, for the user to see once. */
    public List<String> takeNotices() {
        List<String> taken = new ArrayList<>();
        for (String notice = notices.poll(); notice != null; notice = notices.poll()) {
            taken.add(notice);
        }
        return taken;
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
     * A workspace's vocabulary, counted from the moment it is asked for. One object per workspace, so that what
     * the spelling rule learns of it is kept for as long as the workspace is.
     */
    private static final class Counting implements WorkspaceWords {
        private final CompletableFuture<WorkspaceVocabulary> vocabulary;

        Counting(Path root, VocabularyCache cache, Executor counter, Queue<String> notices) {
            vocabulary = CompletableFuture.supplyAsync(() -> {
                WorkspaceVocabulary counted = WorkspaceVocabulary.of(root, cache);
                counted.uncounted().forEach(file -> notices.add("the spelling rule learnt nothing from " + file
                        + ": its words could not be counted; please report this"));
                return counted;
            }, counter);
        }

        private WorkspaceVocabulary counted() {
            try {
                return vocabulary.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
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
