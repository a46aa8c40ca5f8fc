package io.decklint.spelling;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * A read-only set of words, each with a number (a frequency class or an offset), stored as sorted 32-bit
 * word fingerprints. Made at build time and read back with one bulk read, so that loading takes a few
 * milliseconds and no string is built. A word that is not in the set matches by accident with a chance of
 * about one in 30,000 for each million lookups: a spelling checker can live with that.
 */
final class WordTable {
    static final int ABSENT = -1;

    private final int[] keys;
    private final int[] values;

    private WordTable(int[] keys, int[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** Builds the table; two words with the same fingerprint keep the larger number. */
    static WordTable of(Map<String, Integer> words) {
        long[] pairs = new long[words.size()];
        int i = 0;
        for (Map.Entry<String, Integer> entry : words.entrySet()) {
            pairs[i++] = ((long) fingerprint(entry.getKey()) << 32) | (entry.getValue() & 0xffffffffL);
        }
        Arrays.sort(pairs);
        int[] keys = new int[pairs.length];
        int[] values = new int[pairs.length];
        int size = 0;
        for (long pair : pairs) {
            int key = (int) (pair >> 32);
            if (size > 0 && keys[size - 1] == key) {
                size--;
            }
            keys[size] = key;
            values[size++] = (int) pair;
        }
        return new WordTable(Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
    }

    static int fingerprint(CharSequence word) {
        long hash = WordHash.of(word);
        return (int) (hash ^ (hash >>> 32));
    }

    int size() {
        return keys.length;
    }

    /** The word's number, or {@link #ABSENT}. */
    int get(CharSequence word) {
        int at = Arrays.binarySearch(keys, fingerprint(word));
        return at >= 0 ? values[at] : ABSENT;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(keys.length);
        ByteBuffer buffer = ByteBuffer.allocate(keys.length * 8);
        buffer.asIntBuffer().put(keys).put(values);
        out.write(buffer.array());
    }

    static WordTable read(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > 10_000_000) {
            throw new IOException("corrupt word table (size " + size + ")");
        }
        byte[] bytes = in.readNBytes(size * 8);
        if (bytes.length != size * 8) {
            throw new IOException("truncated word table");
        }
        int[] keys = new int[size];
        int[] values = new int[size];
        ByteBuffer.wrap(bytes).asIntBuffer().get(keys).get(values);
        return new WordTable(keys, values);
    }
}
