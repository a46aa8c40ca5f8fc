package io.decklint.theme;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The words of a line, in lower case, for telling whether a new title says what an old title line said. */
final class Words {
    private Words() {}

    static Set<String> of(CharSequence text) {
        Set<String> words = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        return words;
    }
}
