package io.decklint.render;

import java.util.ArrayList;
import java.util.Collections;
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
        List<int[]> lines = lines(markdown);
        List<Integer> tableEnds = new ArrayList<>();
        TABLES.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table && !table.getSourceSpans().isEmpty()) {
                    tableEnds.add(table.getSourceSpans().get(table.getSourceSpans().size() - 1).getLineIndex());
                }
                visitChildren(block);
            }
        });
        Collections.sort(tableEnds);
        StringBuilder text = new StringBuilder(markdown.length() + 16);
        int copied = 0;
        int walked = -1;
        for (int end : tableEnds) {
            // once a pipe-only row is fixed, commonmark's table goes on over every following line with a pipe
            boolean fixedOne = false;
            for (int next = Math.max(end, walked) + 1; next < lines.size(); next++) {
                String line = markdown.substring(lines.get(next)[0], lines.get(next)[1]);
                if (PIPE_ONLY.matcher(line).matches()) {
                    text.append(markdown, copied, lines.get(next)[0]).append(line.replace("|", "| |"));
                    copied = lines.get(next)[1];
                    fixedOne = true;
                } else if (!fixedOne || line.indexOf('|') < 0) {
                    break;
                }
                walked = next;
            }
        }
        return copied == 0 ? markdown : text.append(markdown, copied, markdown.length()).toString();
    }

    /** Each line's start and end (before its line ending), ending lines at \n, \r\n or a lone \r as commonmark does. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new int[] {start, text.length()});
        return lines;
    }
}
