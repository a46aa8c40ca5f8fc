package io.decklint.spelling;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the Markdown files in a folder tree, counted once: in how many files each word of their prose
 * occurs, and how often. Built once per run (the CLI) or per workspace (the language server, which calls
 * {@link #update} when a file changes and {@link #remove} when one goes away); each costs one file's words.
 * The files are those {@link LocalDeckFiles} lists (bounded, so a deck in a huge tree cannot stall a run),
 * up to 2 MB each.
 */
public final class WorkspaceVocabulary implements WorkspaceWords {
    static final long MAX_BYTES = 2L * 1024 * 1024;

    /** One word's counts in all files. */
    private static final class Counts {
        int files;
        int uses;
        /** Line keys, with how many files have each. */
        final Map<Integer, Integer> lines = new HashMap<>();
    }

    /** What readers see of a word: replaced, never changed, so that lookups need no lock. */
    private record Totals(int files, int uses, int lines) {}

    private final Map<Path, FileWords> byFile = new HashMap<>();
    private final Map<String, Counts> counts = new HashMap<>();
    private final Map<String, Totals> totals = new ConcurrentHashMap<>();
    /** Words used on two lines or more, by themselves and by each of their one-letter deletions; null when stale. */
    private volatile Map<String, List<String>> byDeletion;
    private volatile long version;

    /** Counts the words of the Markdown files below {@code folder}. */
    public static WorkspaceVocabulary of(Path folder) {
        return of(folder, VocabularyCache.NONE);
    }

    /**
     * Counts the words of the Markdown files below {@code folder} on all cores, taking from the cache the files
     * it counted before, and leaves the cache holding exactly these files. Call it from a thread of one's own,
     * not from a task of a parallel stream.
     */
    public static WorkspaceVocabulary of(Path folder, VocabularyCache cache) {
        List<Path> files = markdownFiles(folder);
        Map<VocabularyCache.Key, FileWords> cached = cache.load(folder);
        List<Counted> counted = files.parallelStream().map(file -> count(file, cached)).toList();
        WorkspaceVocabulary vocabulary = new WorkspaceVocabulary();
        Map<VocabularyCache.Key, FileWords> seen = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Counted c = counted.get(i);
            if (c != null && c.words() != null) {
                vocabulary.add(files.get(i), c.words());
                seen.put(c.key(), c.words());
            }
        }
        if (!seen.equals(cached)) {
            cache.save(folder, seen);
        }
        return vocabulary;
    }

    /** A file's words (null when it is not UTF-8: it then teaches nothing) and the key the cache knows it by. */
    private record Counted(VocabularyCache.Key key, FileWords words) {}

    /** Null when the file cannot be read. */
    private static Counted count(Path file, Map<VocabularyCache.Key, FileWords> cached) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        VocabularyCache.Key key = VocabularyCache.Key.of(bytes);
        FileWords words = cached.get(key);
        if (words == null) {
            String text = decode(bytes);
            words = text == null ? null : FileWords.of(text);
        }
        return new Counted(key, words);
    }

    /** Counts a file's words anew (its text as the editor holds it); {@code file} absolute and normalised. */
    public void update(Path file, String text) {
        add(file, FileWords.of(text));
    }

    private synchronized void add(Path file, FileWords words) {
        byDeletion = null;
        version++;
        remove(file);
        byFile.put(file, words);
        words.words().forEach((word, add) -> {
            Counts c = counts.computeIfAbsent(word, w -> new Counts());
            c.files++;
            c.uses += add.uses();
            for (int line : add.lines()) {
                c.lines.merge(line, 1, Integer::sum);
            }
            totals.put(word, new Totals(c.files, c.uses, c.lines.size()));
        });
    }

    /** Forgets a file's words. */
    public synchronized void remove(Path file) {
        byDeletion = null;
        version++;
        FileWords words = byFile.remove(file);
        if (words == null) {
            return;
        }
        words.words().forEach((word, gone) -> {
            Counts c = counts.get(word);
            c.files--;
            c.uses -= gone.uses();
            for (int line : gone.lines()) {
                c.lines.computeIfPresent(line, (l, n) -> n == 1 ? null : n - 1);
            }
            if (c.files == 0) {
                counts.remove(word);
                totals.remove(word);
            } else {
                totals.put(word, new Totals(c.files, c.uses, c.lines.size()));
            }
        });
    }

    @Override
    public long version() {
        return version;
    }

    /** How many files the vocabulary was counted from. */
    public synchronized int deckCount() {
        return byFile.size();
    }

    /** How many of the files use the word at least once. */
    public int filesUsing(String word) {
        Totals t = totals.get(word.toLowerCase(Locale.ROOT));
        return t == null ? 0 : t.files();
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
        Map<String, List<String>> index = deletionIndex();
        Set<String> found = new TreeSet<>();
        for (String key : deletions(lower)) {
            for (String candidate : index.getOrDefault(key, List.of())) {
                if (!candidate.equals(lower) && EditDistance.between(lower, candidate, 1) <= 1) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    /** Symmetric deletion (as SymSpell does it): two words one edit apart share a key made by deleting a letter. */
    private Map<String, List<String>> deletionIndex() {
        Map<String, List<String>> index = byDeletion;
        if (index == null) {
            synchronized (this) {
                index = new HashMap<>();
                for (Map.Entry<String, Totals> entry : totals.entrySet()) {
                    if (entry.getValue().lines() >= 2) {
                        for (String key : deletions(entry.getKey())) {
                            index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entry.getKey());
                        }
                    }
                }
                byDeletion = index;
            }
        }
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
