package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decklint preview --theme} with a theme that cannot be used: said plainly, before anything is served. */
class PreviewThemeOptionTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownThemeIsNamedWithTheThemesThereAre() throws Exception {
        Path deck = Files.writeString(dir.resolve("call.md"), "---\ntype: slide\n---\n\n# Call\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("preview", "--theme", "scs-2025", "--port", "0", deck.toString());
        assertThat(run.exit()).isEqualTo(Main.EXIT_TROUBLE);
        assertThat(run.err()).contains("no built-in theme 'scs-2025'").contains("scs-2024").doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("previewing");
    }

    @Test
    void aBrokenThemeFileIsReported() throws Exception {
        Path deck = Files.writeString(dir.resolve("call.md"), "---\ntype: slide\n---\n\n# Call\n", StandardCharsets.UTF_8);
        Path theme = Files.writeString(dir.resolve("ours.yml"), "name: [unclosed\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("preview", "--theme", theme.toString(), "--port", "0", deck.toString());
        assertThat(run.exit()).isEqualTo(Main.EXIT_TROUBLE);
        assertThat(run.err()).contains("ours.yml").doesNotContain("\tat ");
    }
}
