package io.decklint.spelling;

/** A 64-bit FNV-1a hash of a word's UTF-16 units, the key of the compiled word tables. */
final class WordHash {
    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private WordHash() {}

    static long of(CharSequence word) {
        long hash = OFFSET_BASIS;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            hash = (hash ^ (c & 0xff)) * PRIME;
            hash = (hash ^ (c >>> 8)) * PRIME;
        }
        return hash;
    }
}
