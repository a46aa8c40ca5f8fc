package io.decklint.spelling;

/**
 * Cyrillic and Greek letters that look like Latin ones. A word that mixes them with Latin letters
 * ({@code Аccess} with a Cyrillic А, from a keyboard layout switched mid-word) looks right on the slide
 * but breaks search and copy-paste.
 */
final class Homoglyphs {
    private static final String FOREIGN = "АВЕКМНОРСТХаеорсухіјѕӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧοι";
    private static final String LATIN = "ABEKMHOPCTXaeopcyxijslABEZHIKMNOPTYXoi";

    private Homoglyphs() {}

    /** The word in Latin letters when it mixes Latin letters with lookalikes; null otherwise. */
    static String toLatin(String word) {
        boolean latin = false;
        boolean lookalike = false;
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int at = FOREIGN.indexOf(c);
            if (at >= 0) {
                lookalike = true;
                out.append(LATIN.charAt(at));
            } else {
                latin |= c < 128 && Character.isLetter(c);
                out.append(c);
            }
        }
        return latin && lookalike ? out.toString() : null;
    }
}
