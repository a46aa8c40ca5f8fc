package io.decklint.render;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A table row that is only a pipe ({@code " |"}): markdown-it 13's table rule ({@code lib/rules_block/table.js})
 * reads it as a row of empty cells and goes on with the table, where commonmark-java's GFM tables end the table
 * there. Such a line right after a table is turned into {@code | |}, which both read as an empty row.
 */
final class PipeOnlyTableRows {
    private static final Pattern PIPE_ONLY = Pattern.compile("^[ \\t]*\\|[ \\t]*$", Pattern.MULTILINE);
    private static final Parser TABLES = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private PipeOnlyTableRows() {}

    static String continueTables(String markdown) {
        if (markdown.indexOf('|') < 0 || !PIPE_ONLY.matcher(markdown).find()) {
            return markdown;
        }
        String text = markdown;
        for (int fixed = rowAfterTable(text); fixed >= 0; fixed = rowAfterTable(text)) {
            int end = text.indexOf('\n', fixed);
            String line = text.substring(fixed, end < 0 ? text.length() : end);
            text = text.substring(0, fixed) + line.replace("|", "| |") + text.substring(fixed + line.length());
        }
        return text;
    }

    /** Where the first pipe-only line that directly follows a table starts, or -1. */
    private static int rowAfterTable(String text) {
        String[] lines = text.split("\n", -1);
        int[] found = {-1};
        TABLES.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (found[0] < 0 && block instanceof TableBlock table && !table.getSourceSpans().isEmpty()) {
                    SourceSpan last = table.getSourceSpans().get(table.getSourceSpans().size() - 1);
                    int next = last.getLineIndex() + 1;
                    if (next < lines.length && PIPE_ONLY.matcher(lines[next]).matches()) {
                        found[0] = offsetOfLine(lines, next);
                    }
                }
                visitChildren(block);
            }
        });
        return found[0];
    }

    private static int offsetOfLine(String[] lines, int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += lines[i].length() + 1;
        }
        return offset;
    }
}
