package io.decklint.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** An image's description as plain text, for its {@code alt} attribute. */
final class AltText extends AbstractVisitor {
    private final StringBuilder text = new StringBuilder();

    private AltText() {}

    static String of(Node image) {
        AltText visitor = new AltText();
        visitor.visitChildren(image);
        return visitor.text.toString();
    }

    @Override
    public void visit(Text node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
        text.append('\n');
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append('\n');
    }
}
