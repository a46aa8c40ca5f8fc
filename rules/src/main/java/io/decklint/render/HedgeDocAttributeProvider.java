package io.decklint.render;

import java.util.Map;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/** Attributes as HedgeDoc's markdown-it set-up writes them, where they differ from commonmark-java's. */
final class HedgeDocAttributeProvider implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof FencedCodeBlock code && tagName.equals("code")) {
            String classes = codeClasses(code.getInfo());
            if (classes.isEmpty()) {
                attributes.remove("class");
            } else {
                attributes.put("class", classes);
            }
        } else if (node instanceof TableCell && attributes.containsKey("align")) {
            // markdown-it aligns table cells with a style, not with the align attribute
            attributes.put("style", "text-align:" + attributes.remove("align"));
        }
    }

    /**
     * {@code public/js/extra.js}, {@code md.renderer.rules.fence}: the language without HedgeDoc's line-number
     * and wrap suffixes ({@code =}, {@code =12}, {@code =+}, {@code !}), then {@code hljs}; {@code wrap} first
     * when the info ends in {@code !}.
     */
    static String codeClasses(String info) {
        String trimmed = info == null ? "" : info.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        String language = trimmed.split("\\s+", 2)[0].replaceFirst("=$|=\\d+$|=\\+$|!$|=!$", "");
        StringBuilder classes = new StringBuilder();
        if (trimmed.endsWith("!")) {
            classes.append("wrap ");
        }
        if (!language.isEmpty()) {
            classes.append(language).append(' ');
        }
        return classes.append("hljs").toString();
    }
}
