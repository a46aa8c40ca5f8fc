package io.decklint.render;

import io.decklint.markdown.ImageSize;
import java.util.Optional;
import org.commonmark.node.CustomNode;

/** An image with a HackMD size ({@code ![alt](src =WxH)}); its children are the alt text, as for an image. */
final class SizedImage extends CustomNode {
    private final String source;
    private final Optional<String> title;
    private final ImageSize size;

    SizedImage(String source, Optional<String> title, ImageSize size) {
        this.source = source;
        this.title = title;
        this.size = size;
    }

    String source() {
        return source;
    }

    Optional<String> title() {
        return title;
    }

    ImageSize size() {
        return size;
    }
}
