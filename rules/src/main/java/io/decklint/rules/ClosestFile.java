package io.decklint.rules;

import io.decklint.text.EditDistance;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The existing image file a missing path most likely meant, for "did you mean". */
final class ClosestFile {
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("apng", "avif", "bmp", "gif", "ico", "jfif", "jpeg",
            "jpg", "png", "svg", "tif", "tiff", "webp");

    /**
     * @param certain true when the only difference is the case of letters and no other file differs that way:
     *     the author's own computer found the file, the web server will not
     */
    record Match(String path, boolean certain) {}

    private ClosestFile() {}

    /** {@code wanted} and {@code files} are relative to the deck's folder, with {@code /} separators. */
    static Optional<Match> to(String wanted, List<String> files) {
        String extension = extension(wanted);
        List<String> candidates = files.stream()
                .filter(f -> IMAGE_EXTENSIONS.contains(extension(f)) || extension(f).equals(extension)).toList();
        List<String> sameButCase = candidates.stream().filter(f -> f.equalsIgnoreCase(wanted)).toList();
        if (sameButCase.size() == 1) {
            return Optional.of(new Match(sameButCase.get(0), true));
        }
        Optional<String> byPath = EditDistance.closest(wanted, candidates, Math.max(1, Math.min(3, wanted.length() / 4)));
        if (byPath.isPresent()) {
            return byPath.map(p -> new Match(p, false));
        }
        String name = name(wanted);
        List<String> sameName = candidates.stream().filter(f -> name(f).equalsIgnoreCase(name)).toList();
        if (sameName.size() == 1) {
            return Optional.of(new Match(sameName.get(0), false));
        }
        List<String> names = candidates.stream().map(ClosestFile::name).toList();
        return EditDistance.closest(name, names, Math.max(1, Math.min(2, name.length() / 4)))
                .flatMap(n -> unique(candidates, n)).map(p -> new Match(p, false));
    }

    private static Optional<String> unique(List<String> candidates, String name) {
        List<String> matches = candidates.stream().filter(f -> name(f).equals(name)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String extension(String path) {
        String name = name(path);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
