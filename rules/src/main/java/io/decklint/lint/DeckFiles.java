package io.decklint.lint;

import java.util.List;

/**
 * The files around a deck, as far as rules may see them: paths are relative to the deck's folder, with
 * {@code /} separators. A deck that is not saved anywhere has none.
 */
public interface DeckFiles {
    DeckFiles NONE = new DeckFiles() {
        @Override
        public boolean known() {
            return false;
        }

        @Override
        public boolean exists(String relativePath) {
            return false;
        }

        @Override
        public List<String> list() {
            return List.of();
        }
    };

    /** False when the deck has no folder, so no local path can be checked. */
    boolean known();

    boolean exists(String relativePath);

    /** Files below the deck's folder (bounded), relative to it, for "did you mean" suggestions. */
    List<String> list();
}
