package io.decklint.spelling;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A read-only set of words, each with a number (a frequency class or an offset), stored as sorted 64-bit
 * word hashes. Made at build time and read back with one bulk read, so that loading takes a few
 * milliseconds and no string is built. A string that is not in the set matches by accident with a chance of
 * about one in 10^14 (suggesting a word means looking up tens of thousands of made-up strings).
 */
final class WordTable {
    static final int ABSENT = -1;

    /** Keys are bucketed by their top 16 bits, so a lookup searches a handful of keys, not all of them. */
    private static final int BUCKET_BITS = 16;

    private final long[] keys;
    private final int[] values;
    /** Where each bucket's keys start in {@link #keys}; bucket {@code b} ends where {@code b + 1} starts. */
    private final int[] bucketStart;

    private WordTable(long[] keys, int[] values) {
        this.keys = keys;
        this.values = values;
        this.bucketStart = new int[(1 << BUCKET_BITS) + 1];
        int key = 0;
        for (int bucket = 0; bucket <= 1 << BUCKET_BITS; bucket++) {
            while (key < keys.length && bucket(keys[key]) < bucket) {
                key++;
            }
            bucketStart[bucket] = key;
        }
    }

    /** The top bits of a key, in the order of signed keys (the sign bit flipped). */
    private static int bucket(long key) {
        return (int) ((key ^ Long.MIN_VALUE) >>> (64 - BUCKET_BITS));
    }

    /** Builds the table; two words with the same hash keep the larger number. */
    static WordTable of(Map<String, Integer> words) {
        TreeMap<Long, Integer> sorted = new TreeMap<>();
        words.forEach((word, value) -> sorted.merge(WordHash.of(word), value, Math::max));
        long[] keys = new long[sorted.size()];
        int[] values = new int[sorted.size()];
        int i = 0;
        for (Map.Entry<Long, Integer> entry : sorted.entrySet()) {
            keys[i] = entry.getKey();
            values[i++] = entry.getValue();
        }
        return new WordTable(keys, values);
    }

    /** The word's number, or {@link #ABSENT}. */
    int get(CharSequence word) {
        long key = WordHash.of(word);
        int bucket = bucket(key);
        int at = Arrays.binarySearch(keys, bucketStart[bucket], bucketStart[bucket + 1], key);
        return at >= 0 ? values[at] : ABSENT;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(keys.length);
        ByteBuffer buffer = ByteBuffer.allocate(keys.length * 12);
        buffer.asLongBuffer().put(keys);
        buffer.position(keys.length * 8);
        buffer.slice().asIntBuffer().put(values);
        out.write(buffer.array());
    }

    static WordTable read(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > 10_000_000) {
            throw new IOException("corrupt word table (size " + size + ")");
        }
        byte[] bytes = in.readNBytes(size * 12);
        if (bytes.length != size * 12) {
            throw new IOException("truncated word table");
        }
        long[] keys = new long[size];
        int[] values = new int[size];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.asLongBuffer().get(keys);
        buffer.position(size * 8);
        buffer.slice().asIntBuffer().get(values);
        return new WordTable(keys, values);
    }
}
