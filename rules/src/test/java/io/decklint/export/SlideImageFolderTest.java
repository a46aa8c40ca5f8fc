package io.decklint.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlideImageFolderTest {
    @TempDir
    Path folder;

    private static final byte[] IMAGE = {1, 2, 3};

    @Test
    void aShorterDeckRemovesOnlyImagesAnEarlierExportWrote() throws IOException {
        Path usersOwn = Files.write(folder.resolve("slide-1.png"), new byte[] {9});
        Path usersOther = Files.write(folder.resolve("slide-07.png"), new byte[] {9});
        SlideImageFolder.write(folder, List.of("slide-01.png", "slide-02.png", "slide-03.png"),
                List.of(IMAGE, IMAGE, IMAGE));
        List<Path> written = SlideImageFolder.write(folder, List.of("slide-01.png", "slide-02.png"),
                List.of(IMAGE, IMAGE));
        assertThat(written).containsExactly(folder.resolve("slide-01.png"), folder.resolve("slide-02.png"));
        assertThat(folder.resolve("slide-03.png")).doesNotExist();
        assertThat(usersOwn).hasBinaryContent(new byte[] {9});
        assertThat(usersOther).hasBinaryContent(new byte[] {9});
    }

    @Test
    void aListNamingOtherFilesRemovesNothing() throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "mine");
        Files.writeString(folder.resolve(SlideImageFolder.WRITTEN), "notes.txt\n../slide-01.png\n");
        SlideImageFolder.write(folder, List.of("slide-01.png"), List.of(IMAGE));
        assertThat(notes).hasContent("mine");
    }
}
