package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** render --pdf and --png through the machine's Chromium (Debian's /usr/bin/chromium in the build). */
class RenderExportTest {
    /** Five slides: a stack of three between two single ones, and an image next to the deck. */
    static final String DECK = "---\ntype: slide\nslideOptions:\n  theme: white\n---\n\n# Opening\n\n---\n\n"
            + "# Team IaaS\n\n![logo](./logo.png)\n\n----\n\n## IaaS news\n\n* one\n* two\n\n----\n\n## IaaS plans\n\n"
            + "---\n\n# Thanks\n\nNote: say goodbye\n";

    @TempDir
    Path dir;

    static String[] pageTexts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String[] pages = new String[document.getNumberOfPages()];
            PDFTextStripper text = new PDFTextStripper();
            for (int i = 0; i < pages.length; i++) {
                text.setStartPage(i + 1);
                text.setEndPage(i + 1);
                pages[i] = text.getText(document).strip();
            }
            return pages;
        }
    }

    private Path deck(String text) throws IOException {
        BufferedImage logo = new BufferedImage(240, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D paint = logo.createGraphics();
        paint.setColor(Color.RED);
        paint.fillRect(0, 0, 240, 120);
        paint.dispose();
        ImageIO.write(logo, "png", dir.resolve("logo.png").toFile());
        return Files.writeString(dir.resolve("call.md"), text, StandardCharsets.UTF_8);
    }

    @Test
    void thePdfHasOnePagePerSlideVerticalSlidesIncludedAndNoEmptyLastPage() throws IOException {
        Path pdf = dir.resolve("out/call.pdf");
        Files.createDirectories(pdf.getParent());
        CliRun run = CliRun.of("render", deck(DECK).toString(), "--pdf", pdf.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String[] pages = pageTexts(pdf);
        assertThat(pages).hasSize(5);
        assertThat(pages[0]).startsWith("Opening");
        assertThat(pages[2]).startsWith("IaaS news").contains("one").contains("two").contains("2 . 2");
        assertThat(pages[4]).startsWith("Thanks").doesNotContain("say goodbye");
        assertThat(dir.resolve("call.html")).as("only the PDF was asked for").doesNotExist();
        try (Stream<Path> files = Files.list(pdf.getParent())) {
            assertThat(files).as("written through a temporary file that is gone").containsExactly(pdf);
        }
    }

    @Test
    void oneImagePerSlideAtTheDecksSlideSizeNamedInSlideOrder() throws IOException {
        Path images = dir.resolve("images");
        Files.createDirectories(images);
        Files.writeString(images.resolve("slide-09.png"), "left from a longer version of the deck");
        Files.writeString(images.resolve(".decklint-slides"), "slide-09.png\n");
        Files.writeString(images.resolve("cover.png"), "the user's own");
        Files.writeString(images.resolve("slide-7.png"), "the user's own too");
        String sized = DECK.replace("theme: white\n", "theme: white\n  width: 800\n  height: 600\n");
        CliRun run = CliRun.of("render", deck(sized).toString(), "--png", images.toString(), "-o",
                dir.resolve("call.html").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(images)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted().toList()).containsExactly(
                    ".decklint-slides", "cover.png", "slide-01.png", "slide-02.1.png", "slide-02.2.png", "slide-02.3.png", "slide-03.png",
                    "slide-7.png");
        }
        for (String name : List.of("slide-01.png", "slide-02.1.png", "slide-02.2.png", "slide-02.3.png",
                "slide-03.png")) {
            BufferedImage image = ImageIO.read(images.resolve(name).toFile());
            assertThat(image.getWidth()).as(name).isEqualTo(800);
            assertThat(image.getHeight()).as(name).isEqualTo(600);
        }
        assertThat(dir.resolve("call.html")).as("-o still writes the page").exists();
        BufferedImage first = ImageIO.read(images.resolve("slide-01.png").toFile());
        BufferedImage second = ImageIO.read(images.resolve("slide-02.1.png").toFile());
        assertThat(differentPixels(first, second)).as("each image shows its own slide").isGreaterThan(500);
        assertThat(redPixels(second)).as("the image next to the deck shows").isGreaterThan(10_000);
        assertThat(redPixels(first)).isZero();
    }

    private static int differentPixels(BufferedImage a, BufferedImage b) {
        int different = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    different++;
                }
            }
        }
        return different;
    }

    private static int redPixels(BufferedImage image) {
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == 0xff0000) {
                    red++;
                }
            }
        }
        return red;
    }

    @Test
    void pathsThatCannotWorkAreRefusedBeforeABrowserStarts() throws IOException {
        Path deck = deck(DECK);
        CliRun sameFile = CliRun.of("render", deck.toString(), "--pdf", deck.toString());
        assertThat(sameFile.exit()).isEqualTo(2);
        assertThat(sameFile.err()).isEqualTo("decklint: " + deck + " is the deck itself; choose another file for "
                + "--pdf\n");
        CliRun fileForFolder = CliRun.of("render", deck.toString(), "--png", deck.toString());
        assertThat(fileForFolder.err()).isEqualTo("decklint: --png needs a folder, and " + deck + " is a file\n");
        assertThat(CliRun.of("render", deck.toString(), "--watch", "-o", "-").err())
                .isEqualTo("decklint: --watch writes files; use -o FILE instead of -o -\n");
    }

    @Test
    void aPdfPathLinkedToTheDeckIsRefusedAndTheDeckKept() throws IOException {
        Path deck = deck(DECK);
        Path link = Files.createSymbolicLink(deck.resolveSibling("x.pdf"), deck.getFileName());
        CliRun run = CliRun.of("render", deck.toString(), "--pdf", link.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("decklint: " + link + " is the deck itself; choose another file for --pdf\n");
        assertThat(deck).content(StandardCharsets.UTF_8).isEqualTo(DECK);
    }
}
