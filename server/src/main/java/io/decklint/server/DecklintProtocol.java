package io.decklint.server;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;

/** decklint's own requests, beside the standard ones. */
@JsonSegment("decklint")
public interface DecklintProtocol {
    /**
     * {@code decklint/render}: {@code {uri, frame?}} to {@code {html, frame, sections, slides: [{h, v, startLine,
     * endLine}]}}; {@code html} is null when {@code frame} names the page's frame (see {@link RenderResult}).
     */
    @JsonRequest
    CompletableFuture<RenderResult> render(RenderParams params);

    /**
     * {@code decklint/previewConversion}: {@code {uri, theme}} to what converting the open deck to the theme would
     * do, applied to nothing: {@code {version, theme, summary, notes, edits, text, html, slides}} (see
     * {@link ConversionPreview}).
     */
    @JsonRequest
    CompletableFuture<ConversionPreview> previewConversion(ConversionParams params);

    /**
     * {@code decklint/isDeck}: {@code {uri}} to whether the open document is a slide deck (its front matter says
     * {@code type: slide} or sets {@code slideOptions}), so an editor offers the slide preview for it.
     */
    @JsonRequest
    CompletableFuture<Boolean> isDeck(RenderParams params);

    /**
     * {@code decklint/didMoveCursor}: {@code {textDocument: {uri}, position}}, where the editor's cursor is
     * now. A client that sends it sees a word's spelling finding as soon as the cursor leaves the word; without
     * it, once typing pauses.
     */
    @JsonNotification
    void didMoveCursor(TextDocumentPositionParams params);
}
