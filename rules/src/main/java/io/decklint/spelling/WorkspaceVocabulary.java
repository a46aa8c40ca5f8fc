package io.decklint.spelling;

import io.decklint.deck.Deck;
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

    /** One word's counts, in one file or in all. */
    private static final class Counts {
        int files;
        int uses;
        /** Line keys, with how many files have each. */
        final Map<Integer, Integer> lines = new HashMap<>();
    }

    /** What readers see of a word: replaced, never changed, so that lookups need no lock. */
    private record Totals(int files, int uses, int lines) {}

    private final Map<Path, Map<String, Counts>> byFile = new HashMap<>();
    private final Map<String, Counts> counts = new HashMap<>();
    private final Map<String, Totals> totals = new ConcurrentHashMap<>();
    /** Words used on two lines or more, by themselves and by each of their one-letter deletions; null when stale. */
    private volatile Map<String, List<String>> byDeletion;

    /** Counts the words of the Markdown files below {@code folder}. */
    public static WorkspaceVocabulary of(Path folder) {
        WorkspaceVocabulary vocabulary = new WorkspaceVocabulary();
        for (Path file : markdownFiles(folder)) {
            String text = read(file);
            if (text != null) {
                vocabulary.update(file, text);
            }
        }
        return vocabulary;
    }

    /** Counts a file's words anew (its text as the editor holds it); {@code file} absolute and normalised. */
    public void update(Path file, String text) {
        Map<String, Counts> words = new HashMap<>();
        for (ProseWords.Word word : ProseWords.of(Deck.parse(text))) {
            Counts c = words.computeIfAbsent(word.text().toLowerCase(Locale.ROOT), w -> new Counts());
            c.files = 1;
            c.uses++;
            c.lines.put(word.line(), 1);
        }
        synchronized (this) {
            byDeletion = null;
            remove(file);
            byFile.put(file, words);
            words.forEach((word, add) -> {
                Counts c = counts.computeIfAbsent(word, w -> new Counts());
                c.files++;
                c.uses += add.uses;
                add.lines.keySet().forEach(line -> c.lines.merge(line, 1, Integer::sum));
                totals.put(word, new Totals(c.files, c.uses, c.lines.size()));
            });
        }
    }

    /** Forgets a file's words. */
    public synchronized void remove(Path file) {
        byDeletion = null;
        Map<String, Counts> words = byFile.remove(file);
        if (words == null) {
            return;
        }
        words.forEach((word, gone) -> {
            Counts c = counts.get(word);
            c.files--;
            c.uses -= gone.uses;
            gone.lines.keySet().forEach(line -> c.lines.computeIfPresent(line, (l, n) -> n == 1 ? null : n - 1));
            if (c.files == 0) {
                counts.remove(word);
                totals.remove(word);
            } else {
                totals.put(word, new Totals(c.files, c.uses, c.lines.size()));
            }
        });
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

    /** The file as UTF-8 text, or null when it cannot be read as such (it then teaches nothing). */
    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
