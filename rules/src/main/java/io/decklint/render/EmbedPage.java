package io.decklint.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The stylesheet and script that make HedgeDoc's embeds ({@link HedgeDocEmbeds}) work on a page. Only a page
 * with an embed box gets them, inline (the script allowed by its hash or the page's nonce, like the page's own).
 */
final class EmbedPage {
    static final String STYLE = load("embeds.css");
    static final String SCRIPT = load("embeds.js");

    private EmbedPage() {}

    /** Whether the page's slides hold an embed box. */
    static boolean needed(CharSequence sections) {
        return sections.toString().contains(HedgeDocEmbeds.BOX_CLASS);
    }

    private static String load(String name) {
        try (InputStream in = EmbedPage.class.getResourceAsStream("embeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("embed file missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
