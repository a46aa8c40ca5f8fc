package io.decklint.editor;

import com.vladsch.flexmark.ext.emoji.internal.EmojiReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emoji shortcodes HedgeDoc 1.x shows as emoji. {@code public/js/extra.js} renders {@code :name:} with
 * emojify.js images, and the editor's completion ({@code public/js/index.js}) offers
 * {@code window.emojify.emojiNames}: the Emoji Cheat Sheet set. flexmark's emoji reference carries that set
 * (the rows with a cheat-sheet image) with the Unicode characters each name stands for. The editor's completion
 * and hover and the rendered deck all take the emoji from here; the few names with no Unicode form (such as
 * {@code :octocat:}) are not in it.
 */
public final class Emoji {
    /** A shortcode's name as HedgeDoc's completion matches it: {@code (^|\s):([-+\w]*)$}. */
    private static final Pattern SHORTCODE = Pattern.compile(":([-+\\w]+):");
    private static final Map<String, String> BY_NAME = load();

    private Emoji() {}

    /** A shortcode found in a deck's text: where it is, its name and the emoji it stands for. */
    public record Shortcode(int start, int end, String name, String emoji) {}

    private static Map<String, String> load() {
        Map<String, String> byName = new TreeMap<>();
        for (EmojiReference.Emoji emoji : EmojiReference.getEmojiList()) {
            if (emoji.emojiCheatSheetFile == null || emoji.emojiCheatSheetFile.isBlank()
                    || emoji.unicodeChars == null || emoji.unicodeChars.isBlank()) {
                continue;
            }
            String characters = characters(emoji.unicodeChars);
            byName.put(emoji.shortcut, characters);
            if (emoji.aliasShortcuts != null) {
                for (String alias : emoji.aliasShortcuts) {
                    if (!alias.isBlank()) {
                        byName.putIfAbsent(alias.trim(), characters);
                    }
                }
            }
        }
        return byName;
    }

    /**
     * {@code U+1F1E9 U+1F1EA} to the characters. A lone symbol below the emoji planes (such as {@code U+2601})
     * gets the emoji variation selector, so that it shows as a picture, as emojify.js's image does, not as a
     * black glyph.
     */
    private static String characters(String codePoints) {
        StringBuilder out = new StringBuilder();
        String[] parts = codePoints.trim().split("\\s+");
        for (String part : parts) {
            out.appendCodePoint(Integer.parseInt(part.replace("U+", ""), 16));
        }
        if (parts.length == 1 && out.codePointAt(0) < 0x1F000) {
            out.append('\uFE0F');
        }
        return out.toString();
    }

    /** Every shortcode name, sorted. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** The emoji for a shortcode's name, exactly as written (completion and hover offer the names as listed). */
    public static Optional<String> forName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * Names for what was typed after a colon, as HedgeDoc's editor orders them: names that start with it,
     * then names that contain it.
     */
    public static List<String> matching(String typed) {
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String name : BY_NAME.keySet()) {
            if (name.startsWith(typed)) {
                starting.add(name);
            } else if (name.contains(typed)) {
                containing.add(name);
            }
        }
        starting.addAll(containing);
        return starting;
    }

    /** The known shortcode on {@code line} (starting at deck offset {@code lineStart}) that covers {@code offset}. */
    public static Optional<Shortcode> at(String line, int lineStart, int offset) {
        Matcher matcher = SHORTCODE.matcher(line);
        while (matcher.find()) {
            int start = lineStart + matcher.start();
            int end = lineStart + matcher.end();
            if (offset >= start && offset <= end && BY_NAME.containsKey(matcher.group(1))) {
                return Optional.of(new Shortcode(start, end, matcher.group(1), BY_NAME.get(matcher.group(1))));
            }
            if (start > offset) {
                break;
            }
        }
        return Optional.empty();
    }
}
