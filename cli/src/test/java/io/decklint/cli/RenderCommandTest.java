package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    private static final String DECK = "---\ntype: slide\nslideOptions:\n  theme: white\n---\n\n# One\n\n---\n\n"
            + "# Two\n\n"
            + "----\n\n## Two below\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private Path deck() throws IOException {
        return Files.writeString(dir.resolve("call.md"), DECK, StandardCharsets.UTF_8);
    }

    @Test
    void writesOnePageBesideTheDeckByDefault() throws IOException {
        assertThat(Main.run("render", deck().toString())).isZero();
        String html = Files.readString(dir.resolve("call.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("White theme for reveal.js").contains("Hakim El Hattab")
                .contains("<section data-line-start=\"7\"").contains("<h2>Two below</h2>");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void writesTheSlideMapForEditorsAndScripts() throws IOException {
        Path map = dir.resolve("slides.json");
        assertThat(Main.run("render", deck().toString(), "-o", dir.resolve("x.html").toString(), "--slide-map",
                map.toString())).isZero();
        assertThat(Files.readString(map, StandardCharsets.UTF_8)).isEqualTo("[{\"h\":0,\"v\":0,\"startLine\":0,"
                + "\"endLine\":6},{\"h\":1,\"v\":0,\"startLine\":7,\"endLine\":10},{\"h\":1,\"v\":1,\"startLine\":11,"
                + "\"endLine\":15}]\n");
    }

    @Test
    void assetsGoBesideThePageAndAreLinkedRelatively() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        assertThat(Main.run("render", deck().toString(), "-o", site.resolve("index.html").toString(), "--assets",
                site.resolve("deck files").toString())).isZero();
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
        assertThat(Main.run("render", deck().toString(), "-o", "-")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(dir.resolve("call.html")).doesNotExist();
    }

    @Test
    void badInputIsAClearErrorNotAStackTrace() throws IOException {
        assertThat(Main.run("render", dir.resolve("missing.md").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.md: no such file").doesNotContain("at io.");
        err.reset();
        Path binary = Files.write(dir.resolve("binary.md"), new byte[] {'#', 0, 1});
        assertThat(Main.run("render", binary.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("binary file");
        err.reset();
        assertThat(Main.run("render", deck().toString(), "-o", dir.resolve("no/such/folder/x.html").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not exist").doesNotContain("at io.");
        err.reset();
        assertThat(Main.run("render", deck().toString(), "-o", "-", "--assets", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--assets needs a page file");
        err.reset();
        assertThat(Main.run("render", deck().toString(), "-o", dir.resolve("./call.md").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is the deck itself");
        assertThat(dir.resolve("call.md")).content(StandardCharsets.UTF_8).isEqualTo(DECK);
    }

    @Test
    void anExistingPageIsReplacedWhole() throws IOException {
        Path page = Files.writeString(dir.resolve("call.html"), "STALE PAGE ".repeat(100_000));
        assertThat(Main.run("render", deck().toString())).isZero();
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .doesNotContain("STALE PAGE");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("call.md", "call.html");
        }
    }
}
