package io.decklint.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Files that ship inside decklint's jar, such as rule packs and themes: a folder holds them with a list file
 * that names them, one a line ({@code #} starts a comment).
 */
public final class BuiltInFiles {
    private BuiltInFiles() {}

    /** The names a list file gives, in order. */
    public static List<String> list(String folder, String listFile) {
        List<String> names = new ArrayList<>();
        for (String line : read(folder, listFile).split("\n")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    public static String read(String folder, String name) {
        try (InputStream in = BuiltInFiles.class.getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + folder + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
