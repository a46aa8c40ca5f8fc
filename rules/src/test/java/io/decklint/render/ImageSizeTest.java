package io.decklint.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageSizeTest {
    @Test
    void readsWidthAndHeightEitherOfWhichMayBeMissing() {
        assertThat(ImageSize.read("=100x200)", 0)).isEqualTo(new ImageSize("100", "200", 8));
        assertThat(ImageSize.read("=300x", 0)).isEqualTo(new ImageSize("300", "", 5));
        assertThat(ImageSize.read("=x200", 0)).isEqualTo(new ImageSize("", "200", 5));
        assertThat(ImageSize.read("=x", 0)).isEqualTo(new ImageSize("", "", 2));
    }

    @Test
    void percentagesArePartOfTheNumber() {
        assertThat(ImageSize.read("=50%x", 0)).isEqualTo(new ImageSize("50%", "", 5));
        assertThat(ImageSize.read("a =50%x20%)", 2)).isEqualTo(new ImageSize("50%", "20%", 10));
    }

    @Test
    void noSizeWithoutTheEqualsSignDirectlyBeforeIt() {
        assertThat(ImageSize.read("= 100x200", 0)).isNull();
        assertThat(ImageSize.read("=WxH", 0)).isNull();
        assertThat(ImageSize.read("=100", 0)).isNull();
        assertThat(ImageSize.read("100x200", 0)).isNull();
        assertThat(ImageSize.read("=%x", 0)).isNull();
    }
}
