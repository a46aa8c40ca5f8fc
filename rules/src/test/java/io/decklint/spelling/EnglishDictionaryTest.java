package io.decklint.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishDictionaryTest {
    private final EnglishDictionary dictionary = EnglishDictionary.get();

    @Test
    void knowsAmericanAndBritishSpellings() {
        assertThat(dictionary.contains("organization")).isTrue();
        assertThat(dictionary.contains("organisation")).isTrue();
        assertThat(dictionary.contains("colour")).isTrue();
        assertThat(dictionary.contains("Clouad")).isFalse();
    }

    @Test
    void followsHunspellsRulesForCapitals() {
        assertThat(dictionary.contains("Cloud")).isTrue();
        assertThat(dictionary.contains("CLOUD")).isTrue();
        assertThat(dictionary.contains("english")).isFalse();
        assertThat(dictionary.containsIgnoringCase("english")).isTrue();
        assertThat(dictionary.spelling("monday")).isEqualTo("Monday");
    }

    @Test
    void ranksCommonWordsAboveRareOnes() {
        assertThat(dictionary.frequency("the")).isGreaterThan(dictionary.frequency("cloud"));
        assertThat(dictionary.frequency("cloud")).isGreaterThan(dictionary.frequency("clout"));
        assertThat(dictionary.frequency("Clouad")).isZero();
    }

    @Test
    void knowsCommonMisspellingsAndTheirCorrections() {
        assertThat(dictionary.corrections("improvments")).contains(List.of("improvements"));
        assertThat(dictionary.corrections("Comunity")).contains(List.of("community"));
        assertThat(dictionary.corrections("community")).isEmpty();
    }
}
