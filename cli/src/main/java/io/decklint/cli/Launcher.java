package io.decklint.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * How to start this decklint again from a hook script: the ./decklint launcher if it started us, else the jar
 * with the options the launcher uses for short runs, and the class-data sharing archive built beside the jar
 * (a JVM that cannot use the archive starts without it, quietly).
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
        return quote(java) + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms96m -Xmn64m -Xmx512m -XX:SharedArchiveFile="
                + quote(jar.resolveSibling("decklint.jsa").toString()) + " -Xlog:cds=off -Xlog:cds+dynamic=off -jar "
                + quote(jar.toString());
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
