package io.decklint.theme;

import io.decklint.deck.Slide;
import io.decklint.text.TextRange;
import java.util.List;

/** A title slide of a deck: the slide, and its run of heading lines ({@code run}: their whole lines). */
record TitleSlide(Slide slide, List<TitleLine> lines, TextRange run) {}
