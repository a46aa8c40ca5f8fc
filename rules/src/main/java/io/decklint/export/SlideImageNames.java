package io.decklint.export;

import io.decklint.deck.SlideIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The file names of a deck's slide images: {@code slide-} and the number the audience sees (decklint's
 * {@code h.v}, from 1), zero-padded so that the names sort in slide order: {@code slide-01.png},
 * {@code slide-02.1.png}, {@code slide-02.2.png}, …, {@code slide-12.png}.
 */
final class SlideImageNames {
    /** The form of every name this class makes (a list of written names is checked against it). */
    static final Pattern OURS = Pattern.compile("slide-\\d+(\\.\\d+)?\\.png");
    private static final int AT_LEAST = 2;

    private SlideImageNames() {}

    static List<String> of(List<SlideIndex> slides) {
        int columnWidth = AT_LEAST;
        int rowWidth = 1;
        for (SlideIndex slide : slides) {
            String[] parts = slide.number().split("\\.");
            columnWidth = Math.max(columnWidth, parts[0].length());
            if (parts.length > 1) {
                rowWidth = Math.max(rowWidth, parts[1].length());
            }
        }
        List<String> names = new ArrayList<>(slides.size());
        for (SlideIndex slide : slides) {
            String[] parts = slide.number().split("\\.");
            String row = parts.length > 1 ? "." + pad(parts[1], rowWidth) : "";
            names.add("slide-" + pad(parts[0], columnWidth) + row + ".png");
        }
        return names;
    }

    private static String pad(String digits, int width) {
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
