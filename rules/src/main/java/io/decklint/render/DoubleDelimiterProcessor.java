package io.decklint.render;

import org.commonmark.node.Node;
import org.commonmark.node.Nodes;
import org.commonmark.node.Text;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;

/**
 * {@code ==marked==} and {@code ++inserted++}: markdown-it-mark and markdown-it-ins pair delimiter runs of two
 * characters, like strikethrough, and wrap the text between in {@code <mark>} or {@code <ins>}.
 */
final class DoubleDelimiterProcessor implements DelimiterProcessor {
    private final char delimiter;
    private final String tag;

    DoubleDelimiterProcessor(char delimiter, String tag) {
        this.delimiter = delimiter;
        this.tag = tag;
    }

    @Override
    public char getOpeningCharacter() {
        return delimiter;
    }

    @Override
    public char getClosingCharacter() {
        return delimiter;
    }

    @Override
    public int getMinLength() {
        return 2;
    }

    @Override
    public int process(DelimiterRun openingRun, DelimiterRun closingRun) {
        if (openingRun.length() < 2 || closingRun.length() < 2) {
            return 0;
        }
        Text opener = openingRun.getOpener();
        Node wrapper = new TaggedInline(tag);
        for (Node node : Nodes.between(opener, closingRun.getCloser())) {
            wrapper.appendChild(node);
        }
        opener.insertAfter(wrapper);
        return 2;
    }
}
