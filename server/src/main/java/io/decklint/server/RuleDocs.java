package io.decklint.server;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.security.CodeSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Links to the rules' doc pages ({@code docs/rules/<id>.md}). The server finds them in the checkout it was
 * built in (the jar sits in {@code server/target/} or {@code cli/target/}); a jar copied elsewhere has none
 * and shows descriptions without links.
 */
final class RuleDocs {
    private final Path folder;
    /** Each rule's link, looked up once: every diagnostic of every keystroke asks for one. */
    private final Map<String, Optional<String>> links = new ConcurrentHashMap<>();

    private RuleDocs(Path folder) {
        this.folder = folder;
    }

    static RuleDocs beside(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return new RuleDocs(null);
        }
        try {
            Path dir = Path.of(source.getLocation().toURI()).getParent();
            for (int up = 0; dir != null && up < 4; up++, dir = dir.getParent()) {
                Path docs = dir.resolve("docs/rules");
                if (Files.isDirectory(docs)) {
                    return new RuleDocs(docs);
                }
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Not a file on disk: no links.
        }
        return new RuleDocs(null);
    }

    Optional<String> link(String ruleId) {
        if (folder == null) {
            return Optional.empty();
        }
        return links.computeIfAbsent(ruleId, id -> {
            Path page = folder.resolve(id + ".md");
            return Files.isRegularFile(page) ? Optional.of(page.toUri().toString()) : Optional.empty();
        });
    }
}
