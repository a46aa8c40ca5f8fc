package io.decklint.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * How to start this decklint again from a hook script: the ./decklint launcher if it started us, else the jar
 * with the options the launchers use for short runs (the {@code run=} line of {@code java-options}), and the
 * class-data sharing archive built beside the jar (a JVM that cannot use the archive starts without it, quietly).
 */
final class Launcher {
    private Launcher() {}

    static String command() {
        String launcher = System.getenv("DECKLINT_LAUNCHER");
        if (launcher != null && !launcher.isBlank()) {
            return quote(Path.of(launcher).toAbsolutePath().toString());
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar = jar();
        return quote(java) + " " + runOptions() + " -XX:SharedArchiveFile="
                + quote(jar.resolveSibling("decklint.jsa").toString()) + " -Xlog:cds=off -Xlog:cds+dynamic=off -jar "
                + quote(jar.toString());
    }

    /** The launchers' JVM options for short runs, from the file they all read. */
    static String runOptions() {
        try (InputStream in = Launcher.class.getResourceAsStream("java-options")) {
            if (in == null) {
                throw new IllegalStateException("java-options is missing from the decklint jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> line.startsWith("run="))
                    .map(line -> line.substring("run=".length()).strip())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("java-options has no run= line"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path jar() {
        try {
            return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the decklint jar", e);
        }
    }

    /** Single-quoted for sh. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
