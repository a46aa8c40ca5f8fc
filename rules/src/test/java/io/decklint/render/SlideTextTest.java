package io.decklint.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** reveal-markdown.js's text handling, quirks included, so the preview breaks where HedgeDoc breaks. */
class SlideTextTest {
    @Test
    void oneBlankLineAfterTheSeparatorChangesNothing() {
        assertThat(SlideText.prepare("\n# Title\n  two  spaces\n")).isEqualTo("\n# Title\n  two  spaces\n");
        assertThat(SlideText.prepare("\n\n# Title\n  two  spaces\n")).isEqualTo("\n\n# Title\n  two  spaces\n");
    }

    @Test
    void threeBlankLinesTurnEveryRunOfTwoSpacesIntoALineBreak() {
        assertThat(SlideText.prepare("\n\n\n# Title\n- a\n  - nested  item\n"))
                .isEqualTo("\n\n\n# Title\n- a\n- nested\nitem\n");
    }

    @Test
    void aLeadingTabTurnsEveryTabIntoALineBreak() {
        assertThat(SlideText.prepare("\n\t# Title\n\ttext\n\t\tdeeper a\tb"))
                .isEqualTo("\n# Title\ntext\n\ndeeper a\nb");
    }

    @Test
    void escapedAngleBracketsBecomeRealOnes() {
        assertThat(SlideText.prepare("&lt;b&gt;bold&lt;/b&gt; &amp;")).isEqualTo("<b>bold</b> &amp;");
    }

    @Test
    void carriageReturnsAreGoneAsAfterTheBrowserReadTheDeck() {
        assertThat(SlideText.prepare("\r\n# A\r\nb\rc")).isEqualTo("\n# A\nb\nc");
    }
}
