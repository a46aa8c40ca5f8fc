package io.decklint.render;

import io.decklint.markdown.LinkSyntax;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/** Keeps {@code [text](javascript:…)} as text, as markdown-it does, instead of making it a link. */
final class RefusedLinkProcessor implements LinkProcessor {
    @Override
    public LinkResult process(LinkInfo link, Scanner scanner, InlineParserContext context) {
        if (link.destination() == null || LinkSyntax.isAllowedUrl(link.destination())) {
            return LinkResult.none();
        }
        boolean image = link.marker() != null && "!".equals(link.marker().getLiteral());
        String tail = "]" + scanner.getSource(link.afterTextBracket(), scanner.position()).getContent();
        RefusedLink refused = new RefusedLink(image ? "![" : "[", tail);
        LinkResult result = LinkResult.wrapTextIn(refused, scanner.position());
        return image ? result.includeMarker() : result;
    }
}
