package io.decklint.markdown;

import io.decklint.text.TextRange;
import java.util.Optional;

/**
 * An inline image as HedgeDoc reads it: {@code ![alt](src "title" =WxH)}. HedgeDoc parses images with
 * markdown-it-imsize (registered in {@code public/js/extra.js}; its rule is {@code lib/index.js}), which takes the title before the size, needs a space before the
 * {@code =} and none after it. CommonMark parsers such as flexmark do not know the size suffix and read such an
 * image as plain text, so decklint finds images with this class instead.
 *
 * @param range the whole image, from {@code !} to the closing parenthesis
 * @param alt the alt text between the brackets
 * @param destination where the source is written (with its angle brackets, if any); empty when there is none
 * @param source the source with escapes and character references resolved, as markdown-it hands it on
 */
public record InlineImage(TextRange range, TextRange alt, TextRange destination, String source,
        Optional<String> title, Optional<ImageSize> size) {

    /**
     * The image that starts at {@code start}, if markdown-it would read one there. {@code max} is the end of the
     * paragraph (or other block) the image stands in.
     */
    public static Optional<InlineImage> parse(CharSequence text, int start, int max) {
        if (start + 1 >= max || text.charAt(start) != '!' || text.charAt(start + 1) != '[') {
            return Optional.empty();
        }
        int labelEnd = LinkSyntax.labelEnd(text, start + 1, max);
        if (labelEnd < 0 || labelEnd + 1 >= max || text.charAt(labelEnd + 1) != '(') {
            return Optional.empty();
        }
        return target(text, labelEnd + 1, max).map(target -> new InlineImage(new TextRange(start, target.end()),
                new TextRange(start + 2, labelEnd), target.destination(), target.source(), target.title(),
                target.size()));
    }

    /**
     * What follows an image's label, from the {@code (} at {@code open} to just past its {@code )}, if
     * markdown-it-imsize would read an image there: for parsers that read the label themselves.
     *
     * @param end just past the closing parenthesis
     */
    public record Target(TextRange destination, String source, Optional<String> title, Optional<ImageSize> size,
            int end) {}

    /** The part after an image's label, starting at the {@code (} at {@code open}. */
    public static Optional<Target> target(CharSequence text, int open, int max) {
        if (open >= max || text.charAt(open) != '(') {
            return Optional.empty();
        }
        int pos = LinkSyntax.skipSpaces(text, open + 1, max);
        if (pos >= max) {
            return Optional.empty();
        }
        TextRange destination = TextRange.at(pos);
        String source = "";
        Optional<LinkSyntax.Token> link = LinkSyntax.destination(text, pos, max);
        if (link.isPresent() && LinkSyntax.isAllowedUrl(link.get().value())) {
            source = link.get().value();
            destination = new TextRange(pos, link.get().end());
            pos = link.get().end();
        }
        int afterDestination = pos;
        pos = LinkSyntax.skipSpaces(text, pos, max);
        Optional<String> title = Optional.empty();
        Optional<LinkSyntax.Token> quoted = LinkSyntax.title(text, pos, max);
        if (pos < max && pos != afterDestination && quoted.isPresent()) {
            title = Optional.of(quoted.get().value());
            pos = LinkSyntax.skipSpaces(text, quoted.get().end(), max);
        }
        Optional<ImageSize> size = Optional.empty();
        if (pos > 0 && text.charAt(pos - 1) == ' ') {
            size = ImageSize.parse(text, pos, max);
            if (size.isPresent()) {
                pos = LinkSyntax.skipSpaces(text, size.get().range().end(), max);
            }
        }
        if (pos >= max || text.charAt(pos) != ')') {
            return Optional.empty();
        }
        return Optional.of(new Target(destination, source, title, size, pos + 1));
    }
}
