package io.decklint.render;

import io.decklint.markdown.InlineImage;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Turns {@code ![alt](src =WxH)} into a {@link SizedImage}. CommonMark does not read such an image at all
 * (the size is not a valid title), so this processor sees it as an image without a destination, with the
 * scanner on the {@code (}, and reads the rest as the linter does ({@link InlineImage#target}).
 */
final class ImageSizeLinkProcessor implements LinkProcessor {
    @Override
    public LinkResult process(LinkInfo link, Scanner scanner, InlineParserContext context) {
        if (link.marker() == null || !"!".equals(link.marker().getLiteral()) || link.destination() != null
                || scanner.peek() != '(') {
            return LinkResult.none();
        }
        Position start = scanner.position();
        while (scanner.hasNext()) {
            scanner.next();
        }
        String rest = scanner.getSource(start, scanner.position()).getContent();
        InlineImage.Target target = InlineImage.target(rest, 0, rest.length()).orElse(null);
        if (target == null || target.size().isEmpty()) {
            return LinkResult.none();
        }
        scanner.setPosition(start);
        for (int i = 0; i < target.end(); i++) {
            scanner.next();
        }
        SizedImage image = new SizedImage(target.source(), target.title(), target.size().get());
        return LinkResult.wrapTextIn(image, scanner.position()).includeMarker();
    }
}
