package io.decklint.spelling;

import java.util.List;
import java.util.Set;

/**
 * Recognises a block of German text in an English deck (decks of German communities announce events,
 * quote talk titles and name places in German) by its function words and umlauts, so that it is not
 * checked against an English dictionary.
 */
final class GermanText {
    /** Frequent German words that are not also English words. */
    private static final Set<String> MARKERS = Set.of(
            "aber", "alle", "als", "auch", "auf", "aus", "bei", "beim", "bis", "dass", "dem", "den", "der", "des",
            "dich", "dir", "doch", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "euch", "euer",
            "gibt", "haben", "heute", "ich", "ihr", "ihre", "ist", "jetzt", "kann", "keine", "mehr", "mich",
            "mir", "mit", "nach", "nicht", "noch", "nur", "oder", "ohne", "sich", "sie", "sind", "sowie",
            "uns", "unser", "unsere", "und", "vom", "von", "vor", "wenn", "werden", "wie", "wir", "wird",
            "zum", "zur", "zwischen", "zu");

    private GermanText() {}

    /** A block (paragraph, list item, heading) in German: two signs, and one word in eight a sign. */
    static boolean isGerman(List<ProseWords.Word> words) {
        int signs = signs(words);
        return signs >= 2 && signs * 8 >= words.size();
    }

    /**
     * A deck in German, by the signs among its words (its German blocks are already gone; what is left are
     * short lines such as "Modell und Praxis" with one sign each): one word in twenty-five a sign.
     */
    static boolean isGermanDeck(int signs, int words) {
        return signs >= 5 && signs * 25 >= words;
    }

    /** How many of the words are signs of German: its function words, or words with umlauts or ß. */
    static int signs(List<ProseWords.Word> words) {
        int signs = 0;
        for (ProseWords.Word word : words) {
            if (MARKERS.contains(word.lower()) || hasGermanLetter(word.lower())) {
                signs++;
            }
        }
        return signs;
    }

    static boolean hasGermanLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'ä' || c == 'ö' || c == 'ü' || c == 'ß') {
                return true;
            }
        }
        return false;
    }
}
