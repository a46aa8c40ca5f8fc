package io.decklint.rules;

import io.decklint.deck.Deck;
import io.decklint.deck.FrontMatter;
import io.decklint.deck.YamlProblem;
import io.decklint.lint.Fix;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.Severity;
import io.decklint.text.SourceText;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Front matter that HedgeDoc cannot read, or reads differently from what the author meant. HedgeDoc 1.x splits
 * the front matter off as meta-marked does and loads it with js-yaml ({@code lib/models/note.js}
 * {@code extractMeta}); if js-yaml throws, it uses no metadata at all and the YAML shows up as text on the
 * first slide. The keys inside are checked by {@link FrontMatterKeys} and {@link SlideOptionsCheck}.
 */
public final class FrontMatterRule implements Rule {
    private static final RuleMeta META = new RuleMeta("front-matter", Severity.WARNING, true,
            "The front matter is not valid YAML, or sets options HedgeDoc ignores or reveal.js cannot use.");
    private static final Pattern DUPLICATE = Pattern.compile("duplicated mapping key '(.*)'");
    private static final String CONSEQUENCE = "HedgeDoc ignores all the metadata (title, type, "
            + "slideOptions) and shows the front matter as text on the first slide.";
    /** A separator line right under the block: behind a closing fence it splits nothing, at the body's start it does. */
    private static final Pattern SEPARATOR_NEXT = Pattern.compile("(?:\r\n?|\n)----?(?:\r\n?|\n|$)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Deck deck, RuleContext context) {
        FrontMatter frontMatter = deck.frontMatter().orElse(null);
        if (frontMatter == null) {
            deck.misplacedFrontMatter().ifPresent(block -> reportMisplaced(deck, block.range(), context));
            return;
        }
        SourceText source = deck.source();
        if (!frontMatter.isClosed()) {
            reportUnclosed(frontMatter, source, context);
            return;
        }
        if (frontMatter.problem().isPresent()) {
            reportProblem(frontMatter.problem().get(), source, context);
            return;
        }
        Node root = frontMatter.root().orElse(null);
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode mapping)) {
            context.report(Severity.ERROR, frontMatter.rangeOf(root), "The front matter is not a list of "
                    + "`key: value` lines: HedgeDoc uses no metadata from it, and the text between the `---` "
                    + "lines does not appear on any slide. If this is a slide, do not start the deck with `---`.");
            return;
        }
        FrontMatterKeys.check(frontMatter, mapping, context);
        SlideOptionsCheck.check(frontMatter, context);
    }

    /**
     * meta-marked only looks at the first three characters of the note (lib/models/note.js extractMeta), so
     * front matter below a blank line is Markdown. Deleting blank lines above it is safe; a comment above it
     * is the author's to move.
     */
    private static void reportMisplaced(Deck deck, TextRange block, RuleContext context) {
        SourceText source = deck.source();
        TextRange fence = new TextRange(block.start(), source.lineEnd(source.lineOf(block.start())));
        TextRange above = new TextRange(deck.bodyStart(), block.start());
        String message = "The front matter does not start the file, and HedgeDoc looks for it only at the very "
                + "start: " + CONSEQUENCE;
        boolean separatorNext = SEPARATOR_NEXT.matcher(source.text()).region(block.end(), source.length()).lookingAt();
        if (above.of(source.text()).isBlank() && separatorNext) {
            context.report(Severity.ERROR, new TextRange(above.start(), block.end()), message + " Removing the blank "
                    + "lines above it would also make the `---` under it split off an empty first slide: move the "
                    + "front matter to the top and see to that line yourself.");
        } else if (above.of(source.text()).isBlank()) {
            // The finding covers the blank lines its fix deletes and the block that becomes front matter.
            context.report(Severity.ERROR, new TextRange(above.start(), block.end()), message,
                    Fix.safe("Remove the blank lines above the front matter", TextEdit.delete(above)));
        } else {
            context.report(Severity.ERROR, fence, message + " Move what stands above it below its closing `---`.");
        }
    }

    /** Without a closing fence meta-marked finds no front matter, so the YAML is Markdown on the first slide. */
    private static void reportUnclosed(FrontMatter frontMatter, SourceText source, RuleContext context) {
        int fenceLine = source.lineOf(frontMatter.range().start());
        if (fenceLine + 1 >= source.lineCount() || !FrontMatter.isKeyLine(source.lineText(fenceLine + 1))) {
            return;
        }
        int start = frontMatter.range().start();
        context.report(Severity.ERROR, new TextRange(start, source.lineEnd(fenceLine)), "The front matter that "
                + "starts here is never closed: add a `---` line after its last key. Without it HedgeDoc reads "
                + "no metadata and shows the YAML as text on the first slide.");
    }

    private static void reportProblem(YamlProblem problem, SourceText source, RuleContext context) {
        int offset = problem.offset();
        Matcher duplicate = DUPLICATE.matcher(problem.message());
        if (duplicate.matches()) {
            String key = duplicate.group(1);
            int end = source.text().startsWith(key, offset) ? offset + key.length() : offset;
            context.report(Severity.ERROR, new TextRange(offset, end), "The key `" + key + "` appears twice in "
                    + "the same mapping: js-yaml refuses duplicate keys, so " + CONSEQUENCE);
            return;
        }
        int end = Math.max(offset, source.lineEnd(source.lineOf(offset)));
        context.report(Severity.ERROR, new TextRange(offset, end), "The front matter is not valid YAML ("
                + problem.message().strip() + "): " + CONSEQUENCE);
    }
}
