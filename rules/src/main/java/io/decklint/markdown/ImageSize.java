package io.decklint.markdown;

import io.decklint.text.TextRange;
import java.util.Optional;

/**
 * HackMD's image size suffix, {@code ![alt](src =WxH)}, as markdown-it-imsize reads it
 * ({@code lib/helpers/parse_image_size.js}): an {@code =} followed at once by a width, an {@code x} and a
 * height, where width and height are runs of digits and {@code %} signs and either may be empty:
 * {@code =300x200}, {@code =50%x}, {@code =x200}. {@code =300} without the {@code x} is not a size.
 * An empty width or height is not set: HedgeDoc writes only the attributes that have a value.
 *
 * @param range where the suffix stands, from the {@code =}
 */
public record ImageSize(String width, String height, TextRange range) {
    /** The size suffix starting at {@code pos}, if one does. */
    public static Optional<ImageSize> parse(CharSequence text, int pos, int max) {
        if (pos + 1 >= max || text.charAt(pos) != '=') {
            return Optional.empty();
        }
        int start = pos + 1;
        char first = text.charAt(start);
        if (first != 'x' && !isDigit(first)) {
            return Optional.empty();
        }
        int widthEnd = number(text, start, max);
        if (widthEnd >= max || text.charAt(widthEnd) != 'x') {
            return Optional.empty();
        }
        int heightEnd = number(text, widthEnd + 1, max);
        return Optional.of(new ImageSize(text.subSequence(start, widthEnd).toString(),
                text.subSequence(widthEnd + 1, heightEnd).toString(), new TextRange(pos, heightEnd)));
    }

    private static int number(CharSequence text, int pos, int max) {
        while (pos < max && (isDigit(text.charAt(pos)) || text.charAt(pos) == '%')) {
            pos++;
        }
        return pos;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The suffix as written in Markdown, e.g. {@code =50%x}. */
    public String markup() {
        return "=" + width + "x" + height;
    }
}
