package io.decklint.deck;

import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import io.decklint.yaml.SafeYaml;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Finds and parses front matter the way HedgeDoc 1.x does. HedgeDoc uses meta-marked
 * ({@code lib/models/note.js} {@code extractMeta}): the file must start with {@code ---}, and the metadata ends
 * at the first {@code \n---} or {@code \n...} anywhere after it; the YAML is loaded with js-yaml's
 * {@code safeLoad}, and if that throws, HedgeDoc uses no metadata and renders the whole file as Markdown.
 */
final class FrontMatterReader {
    private static final Pattern END = Pattern.compile("\n(\\.{3}|-{3})");

    private static final Pattern COMMENT_LINE = Pattern.compile("\\s*<!--.*-->\\s*");

    private FrontMatterReader() {}

    /**
     * A front-matter block that does not start the file: after blank lines or one-line HTML comments, a
     * {@code ---} line, {@code key: value} lines and a closing fence. HedgeDoc looks for front matter only at
     * the very start, so this one is Markdown on the first slide. Null when there is none.
     */
    static FrontMatter misplaced(SourceText source, int start) {
        int line = source.lineOf(start);
        while (line < source.lineCount() && (source.lineText(line).isBlank()
                || COMMENT_LINE.matcher(source.lineText(line)).matches())) {
            line++;
        }
        if (line == source.lineOf(start) || line + 1 >= source.lineCount() || !source.lineText(line).equals("---")
                || !FrontMatter.isKeyLine(source.lineText(line + 1))) {
            return null;
        }
        FrontMatter block = read(source, source.lineStart(line));
        return block.isClosed() ? block : null;
    }

    /** Returns null when the text does not start with a front matter fence. */
    static FrontMatter read(SourceText source, int start) {
        String text = source.text();
        if (!text.startsWith("---", start)) {
            return null;
        }
        Matcher end = END.matcher(text);
        if (!end.find(start + 3)) {
            TextRange all = new TextRange(start, text.length());
            return new FrontMatter(source, all, all, null, null, false);
        }
        // the closing fence's "\n" may end a "\r\n": the YAML ends before the whole line break, never inside it
        int yamlEnd = end.start() > start && text.charAt(end.start() - 1) == '\r' ? end.start() - 1 : end.start();
        TextRange yamlRange = new TextRange(start, yamlEnd);
        TextRange range = new TextRange(start, end.end());
        FrontMatter located = new FrontMatter(source, range, yamlRange, null, null, true);
        try {
            Node root = SafeYaml.compose(yamlRange.of(text));
            return new FrontMatter(source, range, yamlRange, root, DuplicateKeys.find(located, root), true);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int offset = mark != null ? located.offsetOf(mark) : start;
            String message = e.getProblem() != null ? e.getProblem() : e.getMessage();
            return new FrontMatter(source, range, yamlRange, null, new YamlProblem(message, offset), true);
        } catch (YAMLException | StackOverflowError e) {
            String message = e instanceof YAMLException ? e.getMessage() : "the YAML is nested too deeply";
            return new FrontMatter(source, range, yamlRange, null, new YamlProblem(message, start), true);
        }
    }
}
