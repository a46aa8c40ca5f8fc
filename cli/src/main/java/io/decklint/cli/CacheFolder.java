package io.decklint.cli;

import io.decklint.spelling.VocabularyCache;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the command line keeps the words of workspace files between runs: {@code $DECKLINT_CACHE} if set
 * ({@code off} keeps nothing), else {@code $XDG_CACHE_HOME/decklint}, else {@code ~/.cache/decklint}. The
 * cache is stamped with the jar that wrote it, so a rebuilt decklint starts afresh; a run from class folders
 * (a development build, whose classes change under the same names) keeps nothing.
 */
final class CacheFolder {
    static final String VARIABLE = "DECKLINT_CACHE";

    private CacheFolder() {}

    static VocabularyCache vocabulary() {
        String setting = System.getenv(VARIABLE);
        if ("off".equals(setting)) {
            return VocabularyCache.NONE;
        }
        try {
            Path jar = Path.of(CacheFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return VocabularyCache.NONE;
            }
            String stamp = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
            Path folder = setting != null && !setting.isBlank() ? Path.of(setting) : defaultFolder();
            return new VocabularyCache(folder, stamp);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return VocabularyCache.NONE;
        }
    }

    private static Path defaultFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("decklint");
    }
}
