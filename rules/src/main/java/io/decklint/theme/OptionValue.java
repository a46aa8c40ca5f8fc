package io.decklint.theme;

/**
 * A {@code slideOptions} value a theme sets: {@code value} as YAML reads it, and {@code yaml} as the theme
 * writes it (quotes included), which is how a new key is written into a deck.
 */
public record OptionValue(String value, String yaml) {}
