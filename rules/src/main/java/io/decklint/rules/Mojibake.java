package io.decklint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds text damaged by an encoding round trip: UTF-8 bytes read as Windows-1252 or Latin-1, so that "–" (bytes
 * E2 80 93) shows as "â€“" and "é" (C3 A9) as "Ã©", perhaps more than once. A stretch of such characters is turned
 * back into bytes and decoded as strict UTF-8; only a valid decoding that gives plausible characters counts, so
 * real German, French, Scandinavian or Polish text is left alone:
 * <ul>
 *   <li>a decoded character must be common in text: Latin letters and symbols, punctuation, arrows, maths,
 *       emoji; a letter of another script (Greek, Cyrillic, Hebrew, CJK …) counts only beside another one, since
 *       garbled words come whole and a lone one is more likely a coincidence ("café »" with no-break spaces
 *       decodes to a single CJK character);</li>
 *   <li>a single decoded Latin letter must touch a letter ("wÅ‚asny", "cafÃ©"), so a quoted capital such as
 *       „Ä“ stays as it is; only "Ã" and a no-break space, French "à", may stand alone. A combining accent (as
 *       macOS writes "ü" decomposed) must be a common one and follow a letter, so Czech "PROHLÍŽEČ" and Italian
 *       "COSÌ…" stay as they are.</li>
 * </ul>
 */
final class Mojibake {
    /** Windows-1252's characters for the bytes 80–9F; the five bytes it leaves undefined read as C1 controls. */
    private static final Map<Character, Integer> WINDOWS_1252 = windows1252();
    private static final int MAX_ROUNDS = 3;

    /**
     * A damaged stretch {@code [start, end)} of the text.
     *
     * @param repaired the text it stands for; null when the text was lost (U+FFFD) and cannot be repaired
     * @param rounds how many times the text was garbled (0 for lost text)
     * @param guessed true when one byte was lost and {@code repaired} is the likeliest character, not a certain one
     */
    record Damage(int start, int end, String repaired, int rounds, boolean guessed) {}

    private enum Kind { COMMON, SCRIPT, COMBINING, VARIATION, BYTE_ORDER_MARK, LOST, NONE }

    /** One character decoded from {@code length} garbled characters starting at {@code start}; -1: not decoded. */
    private record Unit(int start, int length, int codePoint) {}

    private Mojibake() {}

    static List<Damage> find(CharSequence text) {
        List<Damage> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                int end = i;
                while (end < text.length() && text.charAt(end) == '\uFFFD') {
                    end++;
                }
                found.add(new Damage(i, end, null, 0, false));
                i = end;
            } else if (byteOf(c) >= 0) {
                int end = i;
                while (end < text.length() && byteOf(text.charAt(end)) >= 0) {
                    end++;
                }
                findInRun(text, i, end, found);
                i = Math.max(end, found.isEmpty() ? end : found.get(found.size() - 1).end());
            } else {
                i++;
            }
        }
        return found;
    }

    /** A run of characters that Windows-1252 writes as bytes 80–FF. */
    private static void findInRun(CharSequence text, int from, int to, List<Damage> found) {
        List<Unit> units = decode(text, from, to);
        boolean[] accepted = new boolean[units.size()];
        for (int u = 0; u < units.size(); u++) {
            accepted[u] = accepted(text, units, u, u > 0 && accepted[u - 1]);
        }
        int u = 0;
        while (u < units.size()) {
            Unit unit = units.get(u);
            if (!accepted[u]) {
                lostLastByte(text, unit, units, u, to).ifPresent(found::add);
                u++;
                continue;
            }
            if (kind(unit.codePoint()) == Kind.LOST) {
                found.add(new Damage(unit.start(), unit.start() + unit.length(), null, 0, false));
                u++;
                continue;
            }
            int first = u;
            StringBuilder repaired = new StringBuilder();
            while (u < units.size() && accepted[u] && kind(units.get(u).codePoint()) != Kind.LOST) {
                int cp = units.get(u).codePoint();
                if (cp != 0xFEFF) {
                    repaired.appendCodePoint(cp);
                }
                u++;
            }
            Unit last = units.get(u - 1);
            int start = units.get(first).start();
            int end = last.start() + last.length();
            String before = start > 0 && byteOf(text.charAt(start - 1)) < 0 ? String.valueOf(text.charAt(start - 1)) : " ";
            String after = end < text.length() && byteOf(text.charAt(end)) < 0 ? String.valueOf(text.charAt(end)) : " ";
            int rounds = 1;
            String result = repaired.toString();
            for (String again = repairAll(before, result, after); !again.equals(result) && rounds < MAX_ROUNDS;
                    again = repairAll(before, result, after)) {
                result = again;
                rounds++;
            }
            found.add(new Damage(start, end, result, rounds, false));
        }
    }

    /**
     * A repaired stretch repaired once more, for text garbled more than once; the characters around it stay as
     * context, since a lone letter is judged by its neighbours.
     */
    private static String repairAll(String before, String text, String after) {
        String context = before + text + after;
        StringBuilder out = new StringBuilder(context);
        List<Damage> damages = find(context);
        for (int d = damages.size() - 1; d >= 0; d--) {
            Damage damage = damages.get(d);
            if (damage.repaired() != null && !damage.guessed()) {
                out.replace(damage.start(), damage.end(), damage.repaired());
            }
        }
        return out.substring(before.length(), out.length() - after.length());
    }

    /** Splits a run into UTF-8 sequences where the bytes form valid ones, and single characters elsewhere. */
    private static List<Unit> decode(CharSequence text, int from, int to) {
        List<Unit> units = new ArrayList<>();
        int i = from;
        while (i < to) {
            int lead = byteOf(text.charAt(i));
            int length = sequenceLength(text, i, to, lead);
            if (length == 0) {
                units.add(new Unit(i, 1, -1));
                i++;
                continue;
            }
            int cp = lead & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                cp = (cp << 6) | (byteOf(text.charAt(i + k)) & 0x3F);
            }
            units.add(new Unit(i, length, cp));
            i += length;
        }
        return units;
    }

    /** The length of the valid UTF-8 sequence at {@code i}, or 0: no overlong forms, surrogates or values past U+10FFFF. */
    private static int sequenceLength(CharSequence text, int i, int to, int lead) {
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > to) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            int b = byteOf(text.charAt(i + k));
            if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF)) {
                return 0;
            }
        }
        return length;
    }

    private static boolean accepted(CharSequence text, List<Unit> units, int u, boolean previousAccepted) {
        Unit unit = units.get(u);
        if (unit.codePoint() < 0) {
            return false;
        }
        int before = unit.start() > 0 ? Character.codePointBefore(text, unit.start()) : ' ';
        int end = unit.start() + unit.length();
        return switch (kind(unit.codePoint())) {
            case COMMON -> !Character.isLetter(unit.codePoint()) || unit.length() > 2 || unit.codePoint() == 'à'
                    || touchesLetter(text, unit, units, u, before, end);
            case SCRIPT -> isScript(units, u - 1) || isScript(units, u + 1);
            case COMBINING -> Character.isLetter(previousAccepted ? units.get(u - 1).codePoint() : before);
            case VARIATION -> previousAccepted;
            case BYTE_ORDER_MARK, LOST -> true;
            case NONE -> false;
        };
    }

    /**
     * A lone decoded letter counts inside a word only: next to a plain letter or to other garbled characters, not
     * next to an accented letter that is intact ("MAÇÃ”" is Portuguese), and in the word's case ("IRMÃ»" is not
     * "IRMû").
     */
    private static boolean touchesLetter(CharSequence text, Unit unit, List<Unit> units, int u, int before, int end) {
        if ((u > 0 && units.get(u - 1).codePoint() >= 0) || (u + 1 < units.size() && units.get(u + 1).codePoint() >= 0)) {
            return true;
        }
        int after = end < text.length() ? Character.codePointAt(text, end) : ' ';
        if (isIntactAccentedLetter(before) || isIntactAccentedLetter(after)) {
            return false;
        }
        if (Character.isLowerCase(unit.codePoint()) && Character.isUpperCase(before) && !Character.isLowerCase(after)) {
            return false;
        }
        return isAsciiLetter(before) || isAsciiLetter(after);
    }

    private static boolean isIntactAccentedLetter(int c) {
        return c > 0x7F && Character.isLetter(c);
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isScript(List<Unit> units, int u) {
        return u >= 0 && u < units.size() && kind(units.get(u).codePoint()) == Kind.SCRIPT;
    }

    /**
     * "â€" followed by something that does not continue it (or by U+FFFD): the third byte of a character from
     * U+2000 to U+203F was lost, most often 9D of "”", which Windows-1252 leaves undefined and many programs drop.
     */
    private static Optional<Damage> lostLastByte(CharSequence text, Unit unit, List<Unit> units, int u,
            int runEnd) {
        boolean lastTwo = u + 1 < units.size() && units.get(u + 1).start() + 1 == runEnd;
        if (byteOf(text.charAt(unit.start())) != 0xE2 || !lastTwo || byteOf(text.charAt(unit.start() + 1)) != 0x80) {
            return Optional.empty();
        }
        int end = runEnd < text.length() && text.charAt(runEnd) == '\uFFFD' ? runEnd + 1 : runEnd;
        return Optional.of(new Damage(unit.start(), end, "\u201D", 1, true));
    }

    private static Kind kind(int cp) {
        if (cp == 0xFFFD) {
            return Kind.LOST;
        }
        if (cp == 0xFEFF) {
            return Kind.BYTE_ORDER_MARK;
        }
        if ((cp >= 0x300 && cp <= 0x30C && cp != 0x305) || cp == 0x323 || cp == 0x327 || cp == 0x328) {
            return Kind.COMBINING;
        }
        if (cp >= 0xFE00 && cp <= 0xFE0F) {
            return Kind.VARIATION;
        }
        if ((cp >= 0xA0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2000 && cp <= 0x27BF)
                || (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0xFB00 && cp <= 0xFB06) || (cp >= 0x1F000 && cp <= 0x1FAFF)) {
            return Kind.COMMON;
        }
        if ((cp >= 0x370 && cp <= 0x6FF) || (cp >= 0x900 && cp <= 0xE7F) || (cp >= 0x3000 && cp <= 0x9FFF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
            return Kind.SCRIPT;
        }
        return Kind.NONE;
    }

    /** The byte Windows-1252 (or Latin-1, for C1 controls) writes for {@code c}, or -1 for ASCII and the rest. */
    static int byteOf(char c) {
        if (c < 0x80) {
            return -1; // most of any deck: skip the map
        }
        if (c <= 0xFF) {
            return c;
        }
        Integer b = WINDOWS_1252.get(c);
        return b == null ? -1 : b;
    }

    private static Map<Character, Integer> windows1252() {
        String chars = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
        Map<Character, Integer> map = new HashMap<>();
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) > 0xFF) {
                map.put(chars.charAt(i), 0x80 + i);
            }
        }
        return Map.copyOf(map);
    }
}
