package io.decklint.render;

import com.vladsch.flexmark.ext.emoji.internal.EmojiReference;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The emoji shortcodes HedgeDoc 1.x turns into pictures, as Unicode text. HedgeDoc draws them with emojify.js,
 * whose names are those of the emoji cheat sheet ({@code public/js/extra.js}: {@code window.emojify.emojiNames},
 * matched without regard to case). flexmark-ext-emoji's reference table marks exactly those names with a
 * cheat-sheet file and gives their code points; the few with no Unicode form (such as {@code :octocat:}) stay
 * text.
 */
final class EmojiShortcodes {
    private static final Map<String, String> EMOJI = load();

    private EmojiShortcodes() {}

    /** The emoji for a shortcode name (without colons), or null when HedgeDoc does not know it. */
    static String lookup(String name) {
        return EMOJI.get(name.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> load() {
        Map<String, String> emoji = new HashMap<>();
        for (EmojiReference.Emoji entry : EmojiReference.getEmojiList()) {
            if (isBlank(entry.emojiCheatSheetFile) || isBlank(entry.unicodeChars)) {
                continue;
            }
            String text = toText(entry.unicodeChars);
            emoji.putIfAbsent(entry.shortcut.toLowerCase(Locale.ROOT), text);
        }
        return Map.copyOf(emoji);
    }

    /**
     * {@code U+2601} or {@code U+1F1E9 U+1F1EA} as text. A lone symbol below the emoji planes gets the emoji
     * variation selector, so that it shows as a picture, as emojify.js's image does, not as a black glyph.
     */
    private static String toText(String codePoints) {
        StringBuilder text = new StringBuilder();
        String[] parts = codePoints.trim().split("\\s+");
        for (String part : parts) {
            text.appendCodePoint(Integer.parseInt(part.substring(2), 16));
        }
        if (parts.length == 1 && text.codePointAt(0) < 0x1F000) {
            text.append('\uFE0F');
        }
        return text.toString();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
