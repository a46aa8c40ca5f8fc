package io.decklint.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reveal.js files a rendered deck uses, bundled in the jar at build time (reveal.js {@value #VERSION}, the
 * 3.x line HedgeDoc 1.x ships; see docs/preview.md), plus decklint's own stylesheet for HedgeDoc's look. Paths
 * are relative, as in the reveal.js package ({@code css/theme/white.css}). Theme stylesheets lose their
 * {@code @import}s: they only load web fonts, which HedgeDoc's own stylesheet overrides anyway, and a rendered
 * deck must work offline.
 */
public final class RevealAssets {
    public static final String VERSION = "3.9.2";
    /** HedgeDoc's default when a deck names no theme, or one reveal.js does not ship. */
    public static final String DEFAULT_THEME = "black";
    public static final String REVEAL_JS = "js/reveal.js";
    public static final String REVEAL_CSS = "css/reveal.css";
    public static final String CODE_CSS = "lib/css/zenburn.css";
    public static final String HEDGEDOC_CSS = "decklint/hedgedoc-slide.css";
    /** reveal.js's print style: a page turns it on with {@code ?print-pdf} in its address, as HedgeDoc's does. */
    public static final String PRINT_CSS = "css/print/pdf.css";
    public static final String LICENSE = "LICENSE";

    private static final String BASE = "revealjs/";
    private static final Pattern THEME_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern IMPORT = Pattern.compile("@import\\b[^;]*;\\s*");
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private RevealAssets() {}

    public static String themePath(String theme) {
        return "css/theme/" + theme + ".css";
    }

    /**
     * The theme HedgeDoc would use: the one named if reveal.js ships it ({@code lib/web/note/util.js}
     * {@code isRevealTheme} checks the file exists), else {@link #DEFAULT_THEME}.
     */
    public static String theme(String requested) {
        if (requested != null && THEME_NAME.matcher(requested).matches()
                && RevealAssets.class.getResource(BASE + themePath(requested)) != null) {
            return requested;
        }
        return DEFAULT_THEME;
    }

    /** The files a page with this theme loads, in order: stylesheets, then the script. */
    public static List<String> files(String theme) {
        return List.of(REVEAL_CSS, themePath(theme(theme)), CODE_CSS, HEDGEDOC_CSS, PRINT_CSS, REVEAL_JS);
    }

    /**
     * A bundled file as the page uses it; {@code path} is one of {@link #files}, {@link #LICENSE}, or a page
     * library's file ({@link RenderedDeck#assets}).
     */
    public static String text(String path) {
        return TEXTS.computeIfAbsent(path, RevealAssets::load);
    }

    private static String load(String path) {
        if (PageLibrary.isBundled(path)) {
            return PageLibrary.read(path);
        }
        if (!path.equals(LICENSE) && !files(themeOf(path)).contains(path)) {
            throw new IllegalArgumentException("not a bundled reveal.js file: " + path);
        }
        try (InputStream in = RevealAssets.class.getResourceAsStream(BASE + path)) {
            if (in == null) {
                throw new IllegalStateException("reveal.js file missing from the build: " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return path.startsWith("css/theme/") ? IMPORT.matcher(text).replaceAll("") : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String themeOf(String path) {
        Matcher theme = Pattern.compile("css/theme/(.*)\\.css").matcher(path);
        return theme.matches() ? theme.group(1) : DEFAULT_THEME;
    }
}
