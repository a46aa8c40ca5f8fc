package io.decklint.render;

/**
 * A HackMD/HedgeDoc image size, {@code =WxH}, as markdown-it-imsize 2.0.1 ({@code lib/helpers/parse_image_size.js},
 * the version HedgeDoc 1.x loads in {@code public/js/extra.js}) reads it: an {@code =} directly followed by a
 * width, an {@code x} and a height, where either number may be empty ({@code =300x}, {@code =x200}) and each
 * is a run of digits and {@code %} signs ({@code =50%x}). No space is allowed after the {@code =}.
 *
 * @param width the width as written, or empty
 * @param height the height as written, or empty
 * @param end the offset just past the size in the text it was read from
 */
record ImageSize(String width, String height, int end) {

    /** Reads a size starting at {@code start} (on the {@code =}); null when there is none. */
    static ImageSize read(CharSequence text, int start) {
        int length = text.length();
        if (start >= length || text.charAt(start) != '=') {
            return null;
        }
        int pos = start + 1;
        if (pos >= length || (text.charAt(pos) != 'x' && !isDigit(text.charAt(pos)))) {
            return null;
        }
        int widthEnd = sizeNumberEnd(text, pos);
        if (widthEnd >= length || text.charAt(widthEnd) != 'x') {
            return null;
        }
        int heightEnd = sizeNumberEnd(text, widthEnd + 1);
        return new ImageSize(text.subSequence(pos, widthEnd).toString(),
                text.subSequence(widthEnd + 1, heightEnd).toString(), heightEnd);
    }

    private static int sizeNumberEnd(CharSequence text, int pos) {
        while (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == '%')) {
            pos++;
        }
        return pos;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
