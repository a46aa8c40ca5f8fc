package io.decklint.spelling;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The counted words of the files of each workspace, kept on disk between runs, so that a command-line run
 * parses only the files that changed since the last one (a pre-commit hook lints one deck, but learns from
 * every deck of its folder), and, while none changed, takes the workspace's totals without adding them up
 * again; and the dictionary's suggestions for the misspelt words seen so far. Files are known by their
 * content (its length and two checksums), never by name or time, so a file edited back and forth, moved or
 * checked out again still hits, and a changed file never does. Each cache is stamped with the build that wrote
 * it ({@code stamp}): another build may count words differently, so it starts afresh. A cache that cannot be
 * read or written is ignored: it only saves time, it never changes a finding.
 */
public final class VocabularyCache {
    /** No cache: every file is counted. */
    public static final VocabularyCache NONE = new VocabularyCache(null, "");

    private static final int MAGIC = 0x444c5632; // "DLV2"
    /** The dictionary's suggestions for the misspelt words seen so far, shared by every workspace. */
    private static final String CANDIDATES = "suggestions.bin";

    /** A file's content, as the cache knows it. */
    record Key(long length, long checksums) {
        static Key of(byte[] content) {
            CRC32C crc32c = new CRC32C();
            crc32c.update(content);
            CRC32 crc32 = new CRC32();
            crc32.update(content);
            return new Key(content.length, crc32c.getValue() << 32 | crc32.getValue());
        }
    }

    private final Path folder;
    private final String stamp;

    /**
     * @param folder where the cache files live (created when first written)
     * @param stamp identifies the build of decklint: caches written by another are not read
     */
    public VocabularyCache(Path folder, String stamp) {
        this.folder = folder;
        this.stamp = stamp;
    }

    /**
     * The word totals the last run counted for the workspace at {@code root}, if it counted them from files
     * with exactly these contents (in any order); null otherwise.
     */
    Map<String, WorkspaceVocabulary.Totals> loadTotals(Path root, List<Key> files) {
        return read(fileName(root), in -> sorted(files).equals(readKeys(in)) ? readTotals(in) : null, null);
    }

    /** The counted files of the workspace at {@code root} from the last run; empty when there is none. */
    Map<Key, FileWords> loadFiles(Path root) {
        return read(fileName(root), in -> {
            readKeys(in);
            readTotals(in);
            return readFiles(in);
        }, Map.of());
    }

    /**
     * Replaces the workspace's cache with the totals of these files' contents (every readable file, UTF-8 or
     * not) and the words of each (written to a temporary file first, then moved).
     */
    void save(Path root, List<Key> files, Map<String, WorkspaceVocabulary.Totals> totals, Map<Key, FileWords> words) {
        if (folder != null) {
            replace(fileName(root), out -> {
                writeKeys(out, sorted(files));
                writeTotals(out, totals);
                writeFiles(out, words);
            });
        }
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /**
     * What {@code reader} makes of a cache file after its header, or {@code otherwise} when there is none this
     * build wrote.
     */
    private <T> T read(String name, Reader<T> reader, T otherwise) {
        if (folder == null) {
            return otherwise;
        }
        try (InputStream file = Files.newInputStream(folder.resolve(name))) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(file, 1 << 16));
            if (in.readInt() != MAGIC || !in.readUTF().equals(stamp)) {
                return otherwise;
            }
            return reader.read(in);
        } catch (IOException | RuntimeException e) {
            return otherwise; // none yet, damaged or from an older format: worked out again, and written anew
        }
    }

    /** The dictionary's candidates for misspelt words, as an earlier run computed them; empty when none. */
    Map<String, List<Suggestions.Candidate>> loadCandidates() {
        return read(CANDIDATES, VocabularyCache::readCandidates, Map.of());
    }

    void saveCandidates(Map<String, List<Suggestions.Candidate>> candidates) {
        if (folder != null) {
            replace(CANDIDATES, out -> writeCandidates(out, candidates));
        }
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Writes a cache file whole: the header, then what {@code writer} writes. */
    private void replace(String name, Writer writer) {
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "vocabulary", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
                data.writeInt(MAGIC);
                data.writeUTF(stamp);
                writer.write(data);
                data.flush();
            }
            try {
                Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // Not writable (a read-only home, a full disk): the next run counts again.
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    /** One file per workspace, named by its folder's path. */
    private static String fileName(Path root) {
        String path = root.toAbsolutePath().normalize().toString();
        CRC32C name = new CRC32C();
        name.update(path.getBytes(StandardCharsets.UTF_8));
        return String.format("vocabulary-%08x-%08x.bin", name.getValue(), path.hashCode());
    }

    private static List<Key> sorted(List<Key> keys) {
        return keys.stream().sorted(Comparator.comparingLong(Key::length).thenComparingLong(Key::checksums)).toList();
    }

    private static void writeKeys(DataOutputStream out, List<Key> keys) throws IOException {
        out.writeInt(keys.size());
        for (Key key : keys) {
            out.writeLong(key.length());
            out.writeLong(key.checksums());
        }
    }

    private static List<Key> readKeys(DataInputStream in) throws IOException {
        Key[] keys = new Key[in.readInt()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = new Key(in.readLong(), in.readLong());
        }
        return List.of(keys);
    }

    private static void writeTotals(DataOutputStream out, Map<String, WorkspaceVocabulary.Totals> totals)
            throws IOException {
        out.writeInt(totals.size());
        for (Map.Entry<String, WorkspaceVocabulary.Totals> word : totals.entrySet()) {
            out.writeUTF(word.getKey());
            out.writeInt(word.getValue().uses());
            out.writeInt(word.getValue().lines());
        }
    }

    private static Map<String, WorkspaceVocabulary.Totals> readTotals(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<String, WorkspaceVocabulary.Totals> totals = new HashMap<>(count * 2);
        for (int w = 0; w < count; w++) {
            totals.put(in.readUTF(), new WorkspaceVocabulary.Totals(in.readInt(), in.readInt()));
        }
        return totals;
    }

    private static void writeFiles(DataOutputStream out, Map<Key, FileWords> files) throws IOException {
        out.writeInt(files.size());
        for (Map.Entry<Key, FileWords> file : files.entrySet()) {
            out.writeLong(file.getKey().length());
            out.writeLong(file.getKey().checksums());
            Map<String, FileWords.Use> words = file.getValue().words();
            out.writeInt(words.size());
            for (Map.Entry<String, FileWords.Use> word : words.entrySet()) {
                out.writeUTF(word.getKey());
                out.writeInt(word.getValue().uses());
                int[] lines = word.getValue().lines();
                out.writeInt(lines.length);
                for (int line : lines) {
                    out.writeInt(line);
                }
            }
        }
    }

    private static void writeCandidates(DataOutputStream out, Map<String, List<Suggestions.Candidate>> candidates)
            throws IOException {
        out.writeInt(candidates.size());
        for (Map.Entry<String, List<Suggestions.Candidate>> word : candidates.entrySet()) {
            out.writeUTF(word.getKey());
            out.writeInt(word.getValue().size());
            for (Suggestions.Candidate c : word.getValue()) {
                out.writeUTF(c.word());
                out.writeInt(c.distance());
                out.writeInt(c.frequency());
            }
        }
    }

    private static Map<String, List<Suggestions.Candidate>> readCandidates(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<String, List<Suggestions.Candidate>> candidates = new HashMap<>(count * 2);
        for (int w = 0; w < count; w++) {
            String word = in.readUTF();
            Suggestions.Candidate[] list = new Suggestions.Candidate[in.readInt()];
            for (int c = 0; c < list.length; c++) {
                list[c] = new Suggestions.Candidate(in.readUTF(), in.readInt(), in.readInt());
            }
            candidates.put(word, List.of(list));
        }
        return candidates;
    }

    private static Map<Key, FileWords> readFiles(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<Key, FileWords> files = new HashMap<>(count * 2);
        for (int f = 0; f < count; f++) {
            Key key = new Key(in.readLong(), in.readLong());
            int size = in.readInt();
            Map<String, FileWords.Use> words = new HashMap<>(size * 2);
            for (int w = 0; w < size; w++) {
                String word = in.readUTF();
                int uses = in.readInt();
                int[] lines = new int[in.readInt()];
                for (int l = 0; l < lines.length; l++) {
                    lines[l] = in.readInt();
                }
                words.put(word, new FileWords.Use(uses, lines));
            }
            files.put(key, new FileWords(words));
        }
        return files;
    }
}
