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

    private FrontMatterReader() {}

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
        TextRange yamlRange = new TextRange(start, end.start());
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
