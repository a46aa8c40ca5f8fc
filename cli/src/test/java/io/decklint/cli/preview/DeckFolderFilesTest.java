package io.decklint.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckFolderFilesTest {
    @TempDir
    Path dir;

    @Test
    void servesImagesAndMediaInTheDeckFolder() throws IOException {
        Path deckFolder = Files.createDirectories(dir.resolve("deck"));
        Files.createDirectories(deckFolder.resolve("img"));
        Files.write(deckFolder.resolve("img/chart.PNG"), new byte[] {1, 2, 3});
        DeckFolderFiles.Found found = new DeckFolderFiles(deckFolder).find("/img/chart.PNG");
        assertThat(found).isNotNull();
        assertThat(found.type()).isEqualTo("image/png");
        assertThat(found.size()).isEqualTo(3);
    }

    @Test
    void refusesWhatIsNotADeckImage() throws IOException {
        Path deckFolder = Files.createDirectories(dir.resolve("deck"));
        Files.writeString(dir.resolve("outside.png"), "x");
        Files.writeString(deckFolder.resolve(".hidden.png"), "x");
        Files.writeString(deckFolder.resolve("notes.md"), "x");
        Files.writeString(deckFolder.resolve("noextension"), "x");
        Files.createDirectories(deckFolder.resolve(".git"));
        Files.writeString(deckFolder.resolve(".git/logo.png"), "x");
        Files.createSymbolicLink(deckFolder.resolve("link.png"), dir.resolve("outside.png"));
        Files.createDirectories(deckFolder.resolve("folder.png"));
        DeckFolderFiles files = new DeckFolderFiles(deckFolder);
        for (String path : new String[] {"/../outside.png", "/.hidden.png", "/notes.md", "/noextension",
            "/.git/logo.png", "/link.png", "/folder.png", "/", "//etc/passwd.png", "/img/../../outside.png",
            "/a\\..\\..\\outside.png"}) {
            assertThat(files.find(path)).as(path).isNull();
        }
    }
}
