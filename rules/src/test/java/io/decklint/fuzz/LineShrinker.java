package io.decklint.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Makes a failing deck small by deleting lines while it still fails the same way: chunks of half the deck
 * first, then smaller ones, down to single lines. Bounded in tries, since each try lints the deck.
 */
final class LineShrinker {
    private LineShrinker() {}

    static String shrink(String deck, Predicate<String> stillFails, int maxTries) {
        List<String> lines = lines(deck);
        int tries = 0;
        for (int chunk = Math.max(1, lines.size() / 2); chunk >= 1 && tries < maxTries; chunk /= 2) {
            boolean removed = true;
            while (removed && tries < maxTries) {
                removed = false;
                for (int from = 0; from < lines.size() && tries < maxTries; ) {
                    List<String> candidate = new ArrayList<>(lines.subList(0, from));
                    candidate.addAll(lines.subList(Math.min(lines.size(), from + chunk), lines.size()));
                    tries++;
                    if (stillFails.test(String.join("", candidate))) {
                        lines = candidate;
                        removed = true;
                    } else {
                        from += chunk;
                    }
                }
            }
        }
        return String.join("", lines);
    }

    /** The lines of a deck, each with its own line break, whichever it is. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
