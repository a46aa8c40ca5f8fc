package io.decklint.server;

import io.decklint.render.SlideLines;
import java.util.List;
import org.eclipse.lsp4j.TextEdit;

/**
 * The answer to {@code decklint/previewConversion}: what converting the open deck to a theme would do, without
 * doing it, so the editor can show it and apply it only when the user agrees.
 *
 * @param version the version of the deck's text the conversion was computed from: the edits fit only that text
 * @param summary the conversion's one line ("converted to scs-2024 (…); 9 edits."), or that nothing changes
 * @param notes what the user should check, one "LINE:COLUMN: severity: message" each, lines of the deck
 * @param edits the edits that turn the deck's text into {@code text}; none when it has the theme already
 * @param text the converted deck
 * @param html the converted deck rendered as {@code decklint/render} renders the deck
 * @param slides where each slide of {@code html} is in {@code text}
 */
public record ConversionPreview(int version, String theme, String summary, List<String> notes,
        List<TextEdit> edits, String text, String html, List<SlideLines> slides) {}
