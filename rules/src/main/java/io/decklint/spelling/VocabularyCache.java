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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The counted words of the files of each workspace, kept on disk between runs, so that a command-line run
 * parses only the files that changed since the last one (a pre-commit hook lints one deck, but learns from
 * every deck of its folder); and the dictionary's suggestions for the misspelt words seen so far. Entries are found by the file's content (its length and two checksums), never by
 * name or time, so a file edited back and forth, moved or checked out again still hits, and a changed file
 * never does. Each cache is stamped with the build that wrote it ({@code stamp}): another build may count
 * words differently, so it starts afresh. A cache that cannot be read or written is ignored: it only saves
 * time, it never changes a finding.
 */
public final class VocabularyCache {
    /** No cache: every file is counted. */
    public static final VocabularyCache NONE = new VocabularyCache(null, "");

    private static final int MAGIC = 0x444c5631; // "DLV1"
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

    /** The counted files of the workspace at {@code root} from the last run; empty when there is none. */
    Map<Key, FileWords> load(Path root) {
        if (folder == null) {
            return Map.of();
        }
        try (InputStream in = Files.newInputStream(fileFor(root))) {
            return read(new DataInputStream(new BufferedInputStream(in, 1 << 16)));
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // damaged or from an older format: counted again, and written anew
        }
    }

    /** Replaces the workspace's cache with these files (written to a temporary file first, then moved). */
    void save(Path root, Map<Key, FileWords> files) {
        if (folder != null) {
            replace(fileFor(root), out -> write(out, files));
        }
    }

    /** The dictionary's candidates for misspelt words, as an earlier run computed them; empty when none. */
    Map<String, List<Suggestions.Candidate>> loadCandidates() {
        if (folder == null) {
            return Map.of();
        }
        try (InputStream in = Files.newInputStream(folder.resolve(CANDIDATES))) {
            return readCandidates(new DataInputStream(new BufferedInputStream(in, 1 << 16)));
        } catch (IOException | RuntimeException e) {
            return Map.of(); // none yet, damaged or from an older format: computed again
        }
    }

    void saveCandidates(Map<String, List<Suggestions.Candidate>> candidates) {
        if (folder != null) {
            replace(folder.resolve(CANDIDATES), out -> writeCandidates(out, candidates));
        }
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private void replace(Path target, Writer writer) {
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "vocabulary", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
                writer.write(data);
                data.flush();
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
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
    private Path fileFor(Path root) {
        String path = root.toAbsolutePath().normalize().toString();
        CRC32C name = new CRC32C();
        name.update(path.getBytes(StandardCharsets.UTF_8));
        return folder.resolve(String.format("vocabulary-%08x-%08x.bin", name.getValue(), path.hashCode()));
    }

    private void write(DataOutputStream out, Map<Key, FileWords> files) throws IOException {
        out.writeInt(MAGIC);
        out.writeUTF(stamp);
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

    private void writeCandidates(DataOutputStream out, Map<String, List<Suggestions.Candidate>> candidates)
            throws IOException {
        out.writeInt(MAGIC);
        out.writeUTF(stamp);
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

    private Map<String, List<Suggestions.Candidate>> readCandidates(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || !in.readUTF().equals(stamp)) {
            return Map.of();
        }
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

    private Map<Key, FileWords> read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || !in.readUTF().equals(stamp)) {
            return Map.of();
        }
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
