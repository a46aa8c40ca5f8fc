package io.decklint.theme;

import io.decklint.config.BuiltInFiles;
import io.decklint.files.BoundedFile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The themes that ship with decklint ({@code themes/themes.txt} lists them, beside the rule packs) and theme
 * files users write.
 */
public final class Themes {
    private static final String FOLDER = "/io/decklint/themes/";
    /** A theme is a page of YAML; a file named as one may be anything. */
    private static final int MAX_FILE_BYTES = 1024 * 1024;
    private static final StyleSheets STYLE_SHEETS = new CssStyleSheets();
    private static final Themes BUILT_IN = new Themes();

    private final List<Theme> builtIn;

    private Themes() {
        List<Theme> themes = new ArrayList<>();
        for (String name : BuiltInFiles.list(FOLDER, "themes.txt")) {
            themes.add(read("built-in theme " + name, BuiltInFiles.read(FOLDER, name + ".yml")));
        }
        this.builtIn = List.copyOf(themes);
    }

    public static Themes builtIn() {
        return BUILT_IN;
    }

    public List<Theme> all() {
        return builtIn;
    }

    public Optional<Theme> named(String name) {
        return builtIn.stream().filter(theme -> theme.name().equals(name)).findFirst();
    }

    /**
     * A built-in theme by name, or a theme file by its path. Fails with a message for the user: an unknown name
     * lists the built-in themes, a bad file names its line ({@link io.decklint.config.ConfigException}).
     */
    public Theme resolve(String nameOrPath) {
        if (!nameOrPath.endsWith(".yml") && !nameOrPath.endsWith(".yaml")) {
            return require(nameOrPath, "; a theme file's name ends in .yml");
        }
        Path file = Path.of(nameOrPath);
        try {
            return read(file.toString(), BoundedFile.readUtf8(file, MAX_FILE_BYTES));
        } catch (BoundedFile.NotRegular e) {
            throw new IllegalArgumentException("cannot read theme file " + file + ": not a regular file (a pipe, a "
                    + "device or a socket)");
        } catch (BoundedFile.TooLarge e) {
            throw new IllegalArgumentException("cannot read theme file " + file + ": larger than "
                    + MAX_FILE_BYTES / 1024 + " KB, too large to be a theme");
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("cannot read theme file " + file + ": it is not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("cannot read theme file " + file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read theme file " + file + ": " + e.getMessage());
        }
    }

    /** A built-in theme by name; an unknown name fails with a message that lists the built-in themes. */
    public Theme require(String name) {
        return require(name, "");
    }

    private Theme require(String name, String hint) {
        return named(name).orElseThrow(() -> new IllegalArgumentException("no built-in theme '" + name
                + "' (built in: " + String.join(", ", builtIn.stream().map(Theme::name).toList()) + ")" + hint));
    }

    /** Reads a theme file's text; {@code file} names it in error messages. */
    public static Theme read(String file, String text) {
        return new ThemeReader(file, STYLE_SHEETS).read(text);
    }

    static StyleSheets styleSheets() {
        return STYLE_SHEETS;
    }
}
