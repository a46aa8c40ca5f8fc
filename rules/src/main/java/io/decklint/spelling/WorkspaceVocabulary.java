package io.decklint.spelling;

import io.decklint.files.BoundedFile;
import io.decklint.lint.LocalDeckFiles;
import io.decklint.lint.WorkspaceWords;
import io.decklint.text.EditDistance;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of the Markdown files in a folder tree, counted once: how often each word of their prose occurs,
 * and on how many different lines. Counted once per run (the command line) or per
 * workspace (the language server), and never changed after: a workspace whose files changed is counted anew,
 * which with a {@link VocabularyCache} costs only the changed files. The files are those
 * {@link LocalDeckFiles} lists (bounded, so a deck in a huge tree cannot stall a run), up to 2 MB each.
 */
public final class WorkspaceVocabulary implements WorkspaceWords {
    static final int MAX_BYTES = 2 * 1024 * 1024;

    /** How often a word is used in all files together, and on how many different lines. */
    record Totals(int uses, int lines) {}

    private final Map<String, Totals> totals;
    /** Words used on two lines or more, by themselves and by each of their one-letter deletions. */
    private final Map<String, List<String>> byDeletion;

    /** Files left out because counting their words failed, each with why. */
    private final List<String> uncounted;

    private WorkspaceVocabulary(Map<String, Totals> totals, List<String> uncounted) {
        this.totals = totals;
        this.byDeletion = deletionIndex(totals);
        this.uncounted = uncounted;
    }

    /** Counts the words of the Markdown files below {@code folder}. */
    public static WorkspaceVocabulary of(Path folder) {
        return of(folder, VocabularyCache.NONE);
    }

    /**
     * Counts the words of the Markdown files below {@code folder} on all cores. When the cache holds the totals
     * of exactly these files' contents (the common case: a hook's run after the last), they are taken as they
     * are; otherwise each file the cache knows is taken from it, the others are parsed, and the cache is left
     * holding exactly these files. Call it from a thread of one's own, not from a task of a parallel stream.
     */
    public static WorkspaceVocabulary of(Path folder, VocabularyCache cache) {
        List<Path> files = markdownFiles(folder);
        if (cache != VocabularyCache.NONE) {
            List<VocabularyCache.Key> keys = files.parallelStream().map(WorkspaceVocabulary::read)
                    .filter(Objects::nonNull).map(Content::key).toList();
            Map<String, Totals> known = cache.loadTotals(folder, keys);
            if (known != null) {
                return new WorkspaceVocabulary(known, List.of());
            }
        }
        Map<VocabularyCache.Key, FileWords> cached = cache.loadFiles(folder);
        List<Counted> counted = files.parallelStream().map(file -> count(file, cached))
                .filter(Objects::nonNull).toList();
        List<FileWords> words = counted.stream().map(Counted::words).filter(Objects::nonNull).toList();
        Map<String, Totals> totals = add(words);
        Map<VocabularyCache.Key, FileWords> seen = new HashMap<>();
        counted.stream().filter(c -> c.words() != null).forEach(c -> seen.put(c.key(), c.words()));
        cache.save(folder, counted.stream().filter(c -> c.failure() == null).map(Counted::key).toList(), totals,
                seen);
        return new WorkspaceVocabulary(totals,
                counted.stream().map(Counted::failure).filter(Objects::nonNull).toList());
    }

    /** A file's bytes and the key the cache knows them by. */
    private record Content(VocabularyCache.Key key, byte[] bytes) {}

    /** Null when the file cannot be read. */
    private static Content read(Path file) {
        try {
            byte[] bytes = BoundedFile.read(file, MAX_BYTES);
            return new Content(VocabularyCache.Key.of(bytes), bytes);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A file's words (null when it is not UTF-8 or could not be counted: it then teaches nothing), the key the
     * cache knows it by, and why counting failed (null if it did not).
     */
    private record Counted(VocabularyCache.Key key, FileWords words, String failure) {}

    /**
     * Null when the file cannot be read. A file whose counting fails is left out, so that one broken deck does
     * not take the workspace's vocabulary, and the spelling of every deck of the folder, down with it.
     */
    private static Counted count(Path file, Map<VocabularyCache.Key, FileWords> cached) {
        Content content = read(file);
        if (content == null) {
            return null;
        }
        FileWords words = cached.get(content.key());
        if (words == null) {
            String text = decode(content.bytes());
            try {
                words = text == null ? null : FileWords.of(text);
            } catch (RuntimeException | StackOverflowError e) {
                return new Counted(content.key(), null, file + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        return new Counted(content.key(), words, null);
    }

    /** The files whose words could not be counted, each with why; the vocabulary was counted without them. */
    public List<String> uncounted() {
        return uncounted;
    }

    /** The files' words added up; a line key several files share counts once. */
    private static Map<String, Totals> add(List<FileWords> files) {
        Map<String, Integer> uses = new HashMap<>();
        Map<String, Set<Integer>> lines = new HashMap<>();
        for (FileWords file : files) {
            file.words().forEach((word, use) -> {
                uses.merge(word, use.uses(), Integer::sum);
                Set<Integer> wordLines = lines.computeIfAbsent(word, w -> new HashSet<>());
                for (int line : use.lines()) {
                    wordLines.add(line);
                }
            });
        }
        Map<String, Totals> totals = new HashMap<>(uses.size() * 2);
        uses.forEach((word, n) -> totals.put(word, new Totals(n, lines.get(word).size())));
        return totals;
    }

    @Override
    public int uses(String word) {
        Totals t = totals.get(word.toLowerCase(Locale.ROOT));
        return t == null ? 0 : t.uses();
    }

    @Override
    public int lines(String word) {
        Totals t = totals.get(word.toLowerCase(Locale.ROOT));
        return t == null ? 0 : t.lines();
    }

    @Override
    public Collection<String> neighbours(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Set<String> found = new TreeSet<>();
        for (String key : deletions(lower)) {
            for (String candidate : byDeletion.getOrDefault(key, List.of())) {
                if (!candidate.equals(lower) && EditDistance.between(lower, candidate, 1) <= 1) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    /** Symmetric deletion (as SymSpell does it): two words one edit apart share a key made by deleting a letter. */
    private static Map<String, List<String>> deletionIndex(Map<String, Totals> totals) {
        Map<String, List<String>> index = new HashMap<>();
        totals.forEach((word, counts) -> {
            if (counts.lines() >= 2) {
                for (String key : deletions(word)) {
                    index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(word);
                }
            }
        });
        return index;
    }

    /** The word and every string made by deleting one of its letters. */
    private static List<String> deletions(String word) {
        List<String> keys = new ArrayList<>(word.length() + 1);
        keys.add(word);
        for (int i = 0; i < word.length(); i++) {
            keys.add(word.substring(0, i) + word.substring(i + 1));
        }
        return keys;
    }

    /** The Markdown files below the folder, as {@link LocalDeckFiles} lists them (bounded, no hidden folders). */
    private static List<Path> markdownFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        for (String relative : new LocalDeckFiles(folder).list()) {
            String name = relative.toLowerCase(Locale.ROOT);
            Path file = folder.resolve(relative);
            if ((name.endsWith(".md") || name.endsWith(".markdown")) && size(file) <= MAX_BYTES) {
                files.add(file.toAbsolutePath().normalize());
            }
        }
        return files;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The bytes as UTF-8 text, or null when they are not. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
