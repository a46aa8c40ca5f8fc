package io.decklint.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** How to start this decklint again from a hook script: the ./decklint launcher if it started us, else the jar. */
final class Launcher {
    private Launcher() {}

    static String command() {
        String launcher = System.getenv("DECKLINT_LAUNCHER");
        if (launcher != null && !launcher.isBlank()) {
            return quote(Path.of(launcher).toAbsolutePath().toString());
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return quote(java) + " -jar " + quote(jar());
    }

    private static String jar() {
        try {
            return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the decklint jar", e);
        }
    }

    /** Single-quoted for sh. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
