package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    private static final String DECK = "---\ntype: slide\nslideOptions:\n  theme: white\n---\n\n# One\n\n---\n\n"
            + "# Two\n\n"
            + "----\n\n## Two below\n";

    @TempDir
    Path dir;

    private Path deck() throws IOException {
        return Files.writeString(dir.resolve("call.md"), DECK, StandardCharsets.UTF_8);
    }

    @Test
    void writesOnePageBesideTheDeckByDefault() throws IOException {
        CliRun run = CliRun.of("render", deck().toString());
        assertThat(run.exit()).isZero();
        String html = Files.readString(dir.resolve("call.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("White theme for reveal.js").contains("Hakim El Hattab")
                .contains("<section data-line-start=\"7\"").contains("<h2>Two below</h2>");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void writesTheSlideMapForEditorsAndScripts() throws IOException {
        Path map = dir.resolve("slides.json");
        assertThat(CliRun.of("render", deck().toString(), "-o", dir.resolve("x.html").toString(), "--slide-map",
                map.toString()).exit()).isZero();
        assertThat(Files.readString(map, StandardCharsets.UTF_8)).isEqualTo("[{\"h\":0,\"v\":0,\"startLine\":0,"
                + "\"endLine\":6},{\"h\":1,\"v\":0,\"startLine\":7,\"endLine\":10},{\"h\":1,\"v\":1,\"startLine\":11,"
                + "\"endLine\":15}]\n");
    }

    @Test
    void assetsGoBesideThePageAndAreLinkedRelatively() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        assertThat(CliRun.of("render", deck().toString(), "-o", site.resolve("index.html").toString(), "--assets",
                site.resolve("deck files").toString()).exit()).isZero();
        String html = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("Hakim El Hattab")
                .contains("<script src=\"./deck%20files/js/reveal.js\"></script>")
                .contains("href=\"./deck%20files/css/theme/white.css\"");
        assertThat(site.resolve("deck files/js/reveal.js")).exists();
        assertThat(site.resolve("deck files/css/theme/white.css")).exists();
        assertThat(site.resolve("deck files/LICENSE")).content().contains("Hakim El Hattab");
    }

    @Test
    void writesToStandardOutputWithADash() throws IOException {
        CliRun run = CliRun.of("render", deck().toString(), "-o", "-");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(dir.resolve("call.html")).doesNotExist();
    }

    @Test
    void badInputIsAClearErrorNotAStackTrace() throws IOException {
        CliRun run = CliRun.of("render", dir.resolve("missing.md").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("missing.md: no such file").doesNotContain("at io.");
        Path binary = Files.write(dir.resolve("binary.md"), new byte[] {'#', 0, 1});
        run = CliRun.of("render", binary.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("binary file");
        run = CliRun.of("render", deck().toString(), "-o", dir.resolve("no/such/folder/x.html").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist").doesNotContain("at io.");
        run = CliRun.of("render", deck().toString(), "-o", "-", "--assets", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--assets needs a page file");
        run = CliRun.of("render", deck().toString(), "-o", dir.resolve("./call.md").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is the deck itself");
        assertThat(dir.resolve("call.md")).content(StandardCharsets.UTF_8).isEqualTo(DECK);
    }

    @Test
    void anExistingPageIsReplacedWhole() throws IOException {
        Path page = Files.writeString(dir.resolve("call.html"), "STALE PAGE ".repeat(100_000));
        assertThat(CliRun.of("render", deck().toString()).exit()).isZero();
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .doesNotContain("STALE PAGE");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("call.md", "call.html");
        }
    }
}
