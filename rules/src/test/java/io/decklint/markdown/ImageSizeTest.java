package io.decklint.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageSizeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"=50%x|50%|", "=100x|100|", "=x200||200", "=300x200|300|200", "=x||",
        "=80%x75%|80%|75%"})
    void readsEveryFormHackmdAccepts(String markup, String width, String height) {
        ImageSize size = ImageSize.parse(markup + ")", 0, markup.length() + 1).orElseThrow();
        assertThat(size.width()).isEqualTo(width == null ? "" : width);
        assertThat(size.height()).isEqualTo(height == null ? "" : height);
        assertThat(size.range().end()).isEqualTo(markup.length());
        assertThat(size.markup()).isEqualTo(markup);
    }

    @ParameterizedTest
    @ValueSource(strings = {"= 50%x", "=50%", "=300", "=50%X", "=px", "=%x", "50x50", "="})
    void refusesWhatHackmdRefuses(String markup) {
        assertThat(ImageSize.parse(markup, 0, markup.length())).isEmpty();
    }
}
