package io.decklint.rules;

import io.decklint.lint.DeckFiles;
import io.decklint.markdown.HedgeDocSanitizer;
import io.decklint.text.EditDistance;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with an image source before anything is fetched: a malformed URL, a source HedgeDoc's sanitiser
 * removes, a local file that is not there.
 */
final class ImageSources {
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern GITHUB_BLOB = Pattern.compile("^(https?://github\\.com/[^/?#]+/[^/?#]+)/blob/([^?#]+)"
            + "(\\?[^#]*)?(#.*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RAW_QUERY = Pattern.compile("[?&]raw=(true|1)\\b", Pattern.CASE_INSENSITIVE);
    private static final String BROKEN = "HedgeDoc shows a broken image.";

    /** A new source that would fix the problem; {@code safe} when there is no doubt it is what was meant. */
    record Proposal(String title, String value, boolean safe) {}

    record Problem(String message, List<Proposal> proposals) {
        Problem(String message) {
            this(message, List.of());
        }
    }

    private final DeckFiles files;

    ImageSources(DeckFiles files) {
        this.files = files;
    }

    Optional<Problem> check(String source) {
        String s = source.strip();
        if (s.isEmpty()) {
            return Optional.of(new Problem("This image has no source: " + BROKEN));
        }
        Matcher scheme = SCHEME.matcher(s);
        if (scheme.find()) {
            return checkScheme(s, scheme.group(1));
        }
        if (s.startsWith("//")) {
            return checkHost(s, s.substring(2));
        }
        if (s.startsWith("/") || s.startsWith("#") || s.startsWith("?")) {
            return Optional.empty();
        }
        return checkLocal(s);
    }

    /** The URL to look up for a source that is remote, if it is. */
    static Optional<String> remoteUrl(String source) {
        String s = source.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("//")) {
            return Optional.of("https:" + s);
        }
        return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(s) : Optional.empty();
    }

    /** A local source as a path relative to the deck's folder: no query or fragment, %-escapes decoded. */
    static String localPath(String source) {
        String path = source.strip();
        int cut = indexOfAny(path, "?#");
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = percentDecode(path);
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path;
    }

    private Optional<Problem> checkScheme(String s, String scheme) {
        String name = scheme.toLowerCase(Locale.ROOT);
        String rest = s.substring(scheme.length() + 1);
        if (name.length() == 1 && (rest.startsWith("\\") || rest.startsWith("/"))) {
            return Optional.of(new Problem("'" + s + "' is a path on your own computer, which nobody else can load: "
                    + BROKEN + " Put the image next to the deck and give its relative path, or upload it."));
        }
        switch (name) {
            case "http", "https" -> {
                if (!rest.startsWith("//")) {
                    String fixed = scheme + "://" + rest.replaceFirst("^/+", "");
                    return Optional.of(new Problem("'" + s + "' needs two slashes after '" + scheme + ":': HedgeDoc's "
                            + "sanitiser removes it and the slide shows no image.",
                            List.of(new Proposal("Write '" + scheme + "://'", fixed, true))));
                }
                return checkHost(s, rest.substring(2)).or(() -> githubPage(s));
            }
            case "javascript", "vbscript" -> {
                return Optional.of(new Problem("A " + name + ": source is not an image: HedgeDoc's sanitiser removes it "
                        + "and the slide shows no image."));
            }
            case "file" -> {
                return Optional.of(new Problem("'" + s + "' is a file on your own computer, which nobody else can load: "
                        + BROKEN + " Put the image next to the deck and give its relative path, or upload it."));
            }
            case "data" -> {
                return s.toLowerCase(Locale.ROOT).startsWith("data:image/") ? Optional.empty()
                        : Optional.of(new Problem("This data: source is not an image (it must start with data:image/): "
                                + "HedgeDoc's sanitiser removes it and the slide shows no image."));
            }
            default -> {
                return misspeltScheme(s, scheme, rest);
            }
        }
    }

    private static Optional<Problem> misspeltScheme(String s, String scheme, String rest) {
        Optional<String> meant = rest.startsWith("//")
                ? EditDistance.closest(scheme, List.of("https", "http"), 1) : Optional.empty();
        if (meant.isPresent()) {
            String fixed = meant.get() + ":" + rest;
            return Optional.of(new Problem("'" + scheme + ":' is not a scheme browsers know: did you mean '"
                    + meant.get() + ":'? " + BROKEN, List.of(new Proposal("Write '" + meant.get() + ":'", fixed, false))));
        }
        if (!HedgeDocSanitizer.keepsImageSource(s)) {
            return Optional.of(new Problem("HedgeDoc's sanitiser removes the image source '" + s + "' (it keeps http, "
                    + "https, data:image and relative sources): the slide shows no image."));
        }
        return Optional.empty();
    }

    private static Optional<Problem> checkHost(String s, String afterSlashes) {
        int end = indexOfAny(afterSlashes, "/?#");
        String host = end < 0 ? afterSlashes : afterSlashes.substring(0, end);
        if (host.isEmpty()) {
            return Optional.of(new Problem("'" + s + "' names no host: " + BROKEN));
        }
        if (host.contains(" ")) {
            return Optional.of(new Problem("The host name in '" + s + "' contains a space: " + BROKEN));
        }
        return Optional.empty();
    }

    /** github.com/…/blob/… is the page that shows a file, with GitHub's menus around it: HTML, not an image. */
    private static Optional<Problem> githubPage(String s) {
        Matcher m = GITHUB_BLOB.matcher(s);
        if (!m.matches() || (m.group(3) != null && RAW_QUERY.matcher(m.group(3)).find())) {
            return Optional.empty();
        }
        String raw = m.group(1) + "/raw/" + m.group(2) + (m.group(3) != null ? m.group(3) : "")
                + (m.group(4) != null ? m.group(4) : "");
        return Optional.of(new Problem("'" + s + "' is GitHub's web page about the image, not the image itself: "
                + BROKEN + " Use the file's raw address, '" + raw + "'.",
                List.of(new Proposal("Use the raw file", raw, true))));
    }

    private Optional<Problem> checkLocal(String s) {
        String path = localPath(s);
        if (files.known() && !files.exists(path)) {
            String message = "Image '" + s + "' does not exist (looked up from the deck's folder): " + BROKEN;
            Optional<ClosestFile.Match> match = ClosestFile.to(path, files.list());
            if (match.isEmpty()) {
                return Optional.of(new Problem(message));
            }
            String found = match.get().path();
            String value = "./" + encodePath(found);
            message += match.get().certain()
                    ? " The file is '" + found + "': web servers tell upper from lower case."
                    : " Did you mean '" + found + "'?";
            return Optional.of(new Problem(message, List.of(new Proposal("Use '" + value + "'", value,
                    match.get().certain()))));
        }
        if (!HedgeDocSanitizer.keepsImageSource(s)) {
            return Optional.of(new Problem("HedgeDoc's sanitiser empties the image source '" + s + "' because it does not "
                    + "start with './', '../' or '/': the slide shows no image. Write './" + s + "'.",
                    List.of(new Proposal("Start the path with ./", "./" + s, true))));
        }
        return Optional.empty();
    }

    /** Escapes what cannot stand in a source as written: spaces, quotes, brackets, %, ? and #. */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (char c : path.toCharArray()) {
            if (" \"'<>()%?#".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String percentDecode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))) {
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                int end = i + Character.charCount(path.codePointAt(i));
                byte[] encoded = path.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return path;
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
