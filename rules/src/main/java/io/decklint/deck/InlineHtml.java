package io.decklint.deck;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Reads what starts with {@code <} inside a paragraph in place of flexmark: an email or URL autolink, inline
 * HTML, or else a plain {@code <}. flexmark's patterns for these recurse once per character, so a long inline
 * comment or tag overflowed the stack; {@link HtmlMarkup} finds the same ends in loops, and the same nodes
 * are made over the same text.
 */
final class InlineHtml implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new Factory());
    }

    private static boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int at = parser.getIndex();
        int end = HtmlMarkup.emailEnd(input, at);
        if (end != -1) {
            parser.appendNode(new MailLink(input.subSequence(at, at + 1), input.subSequence(at + 1, end - 1),
                    input.subSequence(end - 1, end)));
        } else if ((end = HtmlMarkup.autolinkEnd(input, at)) != -1) {
            parser.appendNode(new AutoLink(input.subSequence(at, at + 1), input.subSequence(at + 1, end - 1),
                    input.subSequence(end - 1, end)));
        } else if ((end = HtmlMarkup.inlineEnd(input, at)) != -1) {
            BasedSequence html = input.subSequence(at, end);
            parser.appendNode(html.startsWith("<!--") && html.endsWith("-->")
                    ? new HtmlInlineComment(html) : new HtmlInline(html));
        } else {
            // taken as text here: declining would let flexmark try its own patterns on the same text
            end = at + 1;
            parser.appendText(input.subSequence(at, end));
        }
        parser.setIndex(end);
        return true;
    }

    private static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "<";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new InlineParserExtension() {
                @Override
                public void finalizeDocument(InlineParser inlineParser) {}

                @Override
                public void finalizeBlock(InlineParser inlineParser) {}

                @Override
                public boolean parse(LightInlineParser inlineParser) {
                    return InlineHtml.parse(inlineParser);
                }
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
