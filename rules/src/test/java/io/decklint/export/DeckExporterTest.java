package io.decklint.export;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeckExporterTest {
    @Test
    void aHugeSlideSizeIsRefusedWithTheLimit() {
        assertThatThrownBy(() -> DeckExporter.checkImageSize(12000, 12000)).isInstanceOf(ExportException.class)
                .hasMessage("the deck's slide size 12000x12000 (slideOptions width and height) is too large for "
                        + "images; at most 4096 pixels per side can be exported");
        assertThatThrownBy(() -> DeckExporter.checkImageSize(960, 4097)).isInstanceOf(ExportException.class);
    }

    @Test
    void slideSizesUpToTheLimitAreExported() {
        assertThatCode(() -> DeckExporter.checkImageSize(4096, 4096)).doesNotThrowAnyException();
        assertThatCode(() -> DeckExporter.checkImageSize(1920, 1080)).doesNotThrowAnyException();
    }
}
