package io.decklint.deck;

/** Why front matter could not be read, and where (an offset into the deck). */
public record YamlProblem(String message, int offset) {}
