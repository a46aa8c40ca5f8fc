package io.decklint.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class BoundedFileTest {
    @TempDir
    Path dir;

    @Test
    void aPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = dir.resolve("p.md");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> BoundedFile.read(pipe, 1000)).isInstanceOf(BoundedFile.NotRegular.class);
    }

    @Test
    void aDeviceThatNeverEndsIsRefused() {
        assertThatThrownBy(() -> BoundedFile.read(Path.of("/dev/zero"), 1000))
                .isInstanceOf(BoundedFile.NotRegular.class);
    }

    @Test
    void aFolderIsRefused() {
        assertThatThrownBy(() -> BoundedFile.read(dir, 1000)).isInstanceOf(BoundedFile.IsDirectory.class);
    }

    @Test
    void aLinkIsFollowedToTheFileItNames() throws IOException {
        Path deck = Files.writeString(dir.resolve("deck.md"), "# Deck\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), deck);
        assertThat(BoundedFile.read(link, 1000)).isEqualTo("# Deck\n".getBytes());
    }

    @Test
    void aFileOverTheLimitIsRefusedAndOneAtTheLimitIsRead() throws IOException {
        Path deck = Files.write(dir.resolve("deck.md"), new byte[100]);
        assertThat(BoundedFile.read(deck, 100)).hasSize(100);
        assertThatThrownBy(() -> BoundedFile.read(deck, 99)).isInstanceOf(BoundedFile.TooLarge.class)
                .hasMessage("more than 99 bytes");
    }

    @Test
    void aStreamIsReadOnlyOneBytePastTheLimit() throws IOException {
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                served++;
                assertThat(served).isLessThanOrEqualTo(1001);
                return 'x';
            }
        };
        assertThatThrownBy(() -> BoundedFile.read(endless, 1000)).isInstanceOf(BoundedFile.TooLarge.class);
        assertThat(BoundedFile.read(new ByteArrayInputStream(new byte[1000]), 1000)).hasSize(1000);
    }
}
