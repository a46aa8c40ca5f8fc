package io.decklint.css;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CssVocabularyTest {
    @Test
    void knowsPropertiesInAnyCase() {
        assertThat(CssVocabulary.isKnownProperty("color")).isTrue();
        assertThat(CssVocabulary.isKnownProperty("Font-Size")).isTrue();
        assertThat(CssVocabulary.isKnownProperty("-webkit-text-stroke")).isTrue();
        assertThat(CssVocabulary.isKnownProperty("colr")).isFalse();
        assertThat(CssVocabulary.properties()).hasSizeGreaterThan(500);
    }

    @Test
    void recognisesColours() {
        assertThat(CssVocabulary.isColor("#50c3a5")).isTrue();
        assertThat(CssVocabulary.isColor("#FFF")).isTrue();
        assertThat(CssVocabulary.isColor("rgba(0, 0, 0, 0.5)")).isTrue();
        assertThat(CssVocabulary.isColor("Teal")).isTrue();
        assertThat(CssVocabulary.isColor("transparent")).isTrue();
        assertThat(CssVocabulary.isColor("#50c3a")).isFalse();
        assertThat(CssVocabulary.isColor("20px")).isFalse();
        assertThat(CssVocabulary.isColor("Lato")).isFalse();
    }
}
