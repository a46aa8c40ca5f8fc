package io.decklint.editor;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import io.decklint.deck.Deck;
import io.decklint.deck.FrontMatter;
import io.decklint.deck.HtmlComment;
import io.decklint.deck.Slide;
import io.decklint.hedgedoc.RevealOptions;
import io.decklint.lint.LintSettings;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleSetting;
import io.decklint.lint.SuggestsHeadings;
import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to offer while typing in a deck: emoji shortcodes after a colon, {@code slideOptions} keys in the
 * front matter, attributes inside {@code <!-- .slide: -->} and {@code <!-- .element: -->} comments, and the
 * headings the configuration asks for after {@code #}.
 */
public final class DeckCompletion {
    /** HedgeDoc's editor ({@code public/js/index.js}): a colon at the line start or after a space. */
    private static final Pattern EMOJI = Pattern.compile("(?:^|\\s):([-+\\w]*)$");
    private static final Pattern OPTION_KEY = Pattern.compile("^([ \\t]+)([A-Za-z]*)$");
    private static final Pattern SET_KEY = Pattern.compile("^\\s+([A-Za-z]+)\\s*:");
    private static final Pattern SLIDE_OPTIONS = Pattern.compile("^slideOptions\\s*:\\s*(#.*)?$");
    /** As {@code public/js/reveal-markdown.js} reads them; the colon after {@code .element} is optional in 1.x. */
    private static final Pattern ATTRIBUTES = Pattern.compile("^\\s*\\.(slide:|element:?)\\s(.*?)([-\\w]*)$",
            Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*)$");
    private static final int MAX_EMOJI = 60;

    private DeckCompletion() {}

    /**
     * @param headings headings the configuration asks for ({@link #suggestedHeadings}); offered after {@code #}
     */
    public static Optional<Completions> at(Deck deck, int offset, List<String> headings) {
        SourceText source = deck.source();
        int lineStart = source.lineStart(source.lineOf(offset));
        String before = source.text().substring(lineStart, offset);
        Optional<FrontMatter> frontMatter = deck.frontMatter().filter(fm -> offset > fm.range().start()
                && offset <= fm.yamlRange().end() && source.lineOf(offset) > source.lineOf(fm.range().start()));
        if (frontMatter.isPresent()) {
            return slideOptionKeys(deck, frontMatter.get(), offset, before);
        }
        Slide slide = deck.slideAt(offset);
        if (offset < slide.range().start()) {
            return Optional.empty();
        }
        for (HtmlComment comment : slide.comments()) {
            if (offset >= comment.body().start() && offset <= comment.body().end()) {
                return attributes(source.text().substring(comment.body().start(), offset), offset);
            }
        }
        if (inCode(slide, offset)) {
            return Optional.empty();
        }
        Matcher emoji = EMOJI.matcher(before);
        if (emoji.find()) {
            return emoji(emoji.group(1), offset);
        }
        Matcher heading = HEADING.matcher(before);
        if (heading.matches() && !headings.isEmpty()) {
            TextRange replace = new TextRange(offset - heading.group(1).length(), offset);
            List<CompletionItem> items = headings.stream()
                    .map(h -> CompletionItem.of(h, h, "a section the configuration asks for", CompletionItem.Kind.HEADING))
                    .toList();
            return Optional.of(new Completions(replace, items, false));
        }
        return Optional.empty();
    }

    /** The headings that enabled rules implementing {@link SuggestsHeadings} ask for under these settings. */
    public static List<String> suggestedHeadings(List<Rule> rules, LintSettings settings) {
        Set<String> headings = new LinkedHashSet<>();
        for (Rule rule : rules) {
            RuleSetting setting = settings.forRule(rule.meta().id());
            if (rule instanceof SuggestsHeadings suggests && setting.enabled()) {
                headings.addAll(suggests.suggestedHeadings(setting.options()));
            }
        }
        return List.copyOf(headings);
    }

    private static Optional<Completions> emoji(String typed, int offset) {
        List<String> names = Emoji.matching(typed);
        List<CompletionItem> items = new ArrayList<>();
        for (String name : names.subList(0, Math.min(MAX_EMOJI, names.size()))) {
            items.add(CompletionItem.of(":" + name + ":", name + ":", Emoji.forName(name).orElse(""),
                    CompletionItem.Kind.EMOJI));
        }
        return Optional.of(new Completions(new TextRange(offset - typed.length(), offset), items,
                names.size() > MAX_EMOJI));
    }

    private static Optional<Completions> slideOptionKeys(Deck deck, FrontMatter frontMatter, int offset,
            String before) {
        Matcher key = OPTION_KEY.matcher(before);
        if (!key.matches()) {
            return Optional.empty();
        }
        Optional<Set<String>> present = keysUnderSlideOptions(deck.source(), frontMatter, offset);
        if (present.isEmpty()) {
            return Optional.empty();
        }
        List<CompletionItem> items = new ArrayList<>();
        for (Map.Entry<String, String> option : SlideOptionKeys.all().entrySet()) {
            if (!present.get().contains(option.getKey())) {
                items.add(CompletionItem.of(option.getKey(), option.getKey() + ": ",
                        withWords(option.getKey(), option.getValue()), CompletionItem.Kind.OPTION));
            }
        }
        return Optional.of(new Completions(new TextRange(offset - key.group(2).length(), offset), items, false));
    }

    /** What a slideOptions key does, and the words it takes when it takes one of a few. */
    private static String withWords(String key, String description) {
        return RevealOptions.passed(key).filter(option -> option.type() == RevealOptions.Type.CHOICE)
                .map(option -> description + ": " + String.join(", ", option.words())).orElse(description);
    }

    /**
     * The keys already set under {@code slideOptions:}, when the cursor's line is indented below it. Read
     * from the lines, since the YAML does not parse while a key is half typed.
     */
    private static Optional<Set<String>> keysUnderSlideOptions(SourceText source, FrontMatter frontMatter,
            int offset) {
        int firstLine = source.lineOf(frontMatter.range().start());
        int cursorLine = source.lineOf(offset);
        int lastLine = source.lineOf(frontMatter.yamlRange().end());
        int header = -1;
        for (int line = cursorLine - 1; line > firstLine && header < 0; line--) {
            String text = source.lineText(line);
            if (!text.isBlank() && !Character.isWhitespace(text.charAt(0))) {
                if (!SLIDE_OPTIONS.matcher(text).matches()) {
                    return Optional.empty();
                }
                header = line;
            }
        }
        if (header < 0) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (int line = header + 1; line <= lastLine; line++) {
            String text = source.lineText(line);
            if (!text.isBlank() && !Character.isWhitespace(text.charAt(0))) {
                break;
            }
            Matcher set = SET_KEY.matcher(text);
            if (line != cursorLine && set.find()) {
                keys.add(set.group(1));
            }
        }
        return Optional.of(keys);
    }

    private static Optional<Completions> attributes(String bodyBefore, int offset) {
        Matcher matcher = ATTRIBUTES.matcher(bodyBefore);
        if (!matcher.matches() || count(matcher.group(2), '"') % 2 != 0) {
            return Optional.empty();
        }
        Map<String, String> attributes = matcher.group(1).startsWith("slide") ? RevealAttributes.slide()
                : RevealAttributes.element();
        List<CompletionItem> items = new ArrayList<>();
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            String insert = attribute.getKey() + "=\"\"";
            items.add(new CompletionItem(attribute.getKey(), insert, insert.length() - 1, attribute.getValue(),
                    CompletionItem.Kind.ATTRIBUTE));
        }
        return Optional.of(new Completions(new TextRange(offset - matcher.group(3).length(), offset), items, false));
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    /** In code, a colon or a hash is just text. */
    private static boolean inCode(Slide slide, int offset) {
        int relative = offset - slide.range().start();
        for (Node node : slide.ast().getDescendants()) {
            if ((node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof Code)
                    && relative > node.getStartOffset() && relative <= node.getEndOffset()) {
                return true;
            }
        }
        return false;
    }
}
