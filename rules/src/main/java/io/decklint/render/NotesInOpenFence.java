package io.decklint.render;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;

/**
 * Speaker notes after a code fence that is never closed. reveal.js's {@code createMarkdownSlide}
 * ({@code public/js/reveal-markdown.js}) splits the notes off the raw text, blind to code, and writes them back
 * into the slide's Markdown as {@code <aside class="notes" data-markdown>…</aside>}; inside an open fence that is
 * code, so HedgeDoc shows the notes, tags and all, at the end of the code block and the slide has no notes.
 */
final class NotesInOpenFence {
    private static final Parser CORE = Parser.builder().build();

    private NotesInOpenFence() {}

    /** Whether the slide's Markdown (without its notes) ends inside a fenced code block. */
    static boolean endsInOpenFence(String markdown) {
        return markdown.contains("```") || markdown.contains("~~~")
                ? CORE.parse(markdown).getLastChild() instanceof FencedCodeBlock fence
                        && fence.getClosingFenceLength() == null
                : false;
    }

    /** The Markdown HedgeDoc renders: the notes as code, in the aside's tags, as reveal.js wrote them. */
    static String withNotesAsCode(String markdown, String notes) {
        return markdown + "<aside class=\"notes\" data-markdown>" + notes + "</aside>";
    }
}
