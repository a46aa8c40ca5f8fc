package io.decklint.rules;

import io.decklint.deck.FrontMatter;
import io.decklint.lint.Fix;
import io.decklint.lint.RuleContext;
import io.decklint.text.EditDistance;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import io.decklint.yaml.JsYaml;
import io.decklint.yaml.JsYaml.Kind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The top-level keys HedgeDoc reads in slide mode, with values it would silently ignore: {@code type}
 * ({@code public/js/index.js} and {@code pretty.js} show slides only for {@code type === 'slide'}),
 * {@code dir} and {@code breaks} ({@code public/js/slide.js}), {@code lang} ({@code lib/models/note.js}
 * {@code parseMeta} keeps it only as text), and {@code slideOptions} spelt differently.
 */
final class FrontMatterKeys {
    static final String SLIDE_OPTIONS = "slideOptions";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*");
    /** Longer than any real tag; the pattern recurses once per subtag, so longer text is not tried. */
    private static final int MAX_LANGUAGE_TAG = 64;

    private FrontMatterKeys() {}

    static void check(FrontMatter frontMatter, MappingNode mapping, RuleContext context) {
        boolean slideDeck = FrontMatter.entry(mapping, SLIDE_OPTIONS).isPresent();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            Node value = tuple.getValueNode();
            switch (key.getValue()) {
                case "type" -> checkType(frontMatter, key, value, slideDeck, context);
                case "dir" -> checkDir(frontMatter, value, context);
                case "lang" -> checkLang(frontMatter, value, context);
                case "breaks" -> checkBreaks(frontMatter, value, context);
                default -> checkSlideOptionsSpelling(frontMatter, key, slideDeck, context);
            }
        }
    }

    private static void checkType(FrontMatter frontMatter, ScalarNode key, Node value, boolean slideDeck,
            RuleContext context) {
        String text = text(value);
        if ("slide".equals(text)) {
            return;
        }
        boolean close = text != null && EditDistance.between(text.toLowerCase(Locale.ROOT), "slide", 2) <= 2;
        if (!close && !slideDeck) {
            return;
        }
        TextRange at = frontMatter.rangeOf(value);
        String message = "HedgeDoc shows a note as slides in the editor and on its published page only with "
                + "`type: slide`" + (text == null || text.isEmpty() ? "" : ", not `" + text + "`") + ".";
        if (at.isEmpty()) {
            context.report(frontMatter.rangeOf(key), message);
        } else if ("slide".equalsIgnoreCase(text)) {
            context.report(at, message, Fix.safe("Write `slide`", TextEdit.replace(at, "slide")));
        } else {
            context.report(at, message, Fix.suggestion("Change it to `slide`", TextEdit.replace(at, "slide")));
        }
    }

    /** Slide mode turns right-to-left on only for the exact text {@code rtl}; HTML also knows ltr and auto. */
    private static void checkDir(FrontMatter frontMatter, Node value, RuleContext context) {
        String text = text(value);
        if (text == null || text.isEmpty() || List.of("ltr", "rtl", "auto").contains(text)) {
            return;
        }
        TextRange at = frontMatter.rangeOf(value);
        String lower = text.toLowerCase(Locale.ROOT);
        if (List.of("ltr", "rtl", "auto").contains(lower)) {
            context.report(at, "HedgeDoc's slide mode reads `dir` in lower case only: write `" + lower + "`.",
                    Fix.safe("Write `" + lower + "`", TextEdit.replace(at, lower)));
            return;
        }
        context.report(at, "`dir` sets the text direction and takes `ltr`, `rtl` or `auto`, not `" + text + "`.");
    }

    private static void checkLang(FrontMatter frontMatter, Node value, RuleContext context) {
        TextRange at = frontMatter.rangeOf(value);
        Kind kind = JsYaml.kind(value);
        if (kind == Kind.NULL) {
            return;
        }
        if (kind != Kind.STRING) {
            context.report(at, "HedgeDoc ignores `lang` unless it is a text such as `en` or `de-DE`.");
            return;
        }
        String text = ((ScalarNode) value).getValue();
        if (text.length() > MAX_LANGUAGE_TAG || !LANGUAGE_TAG.matcher(text).matches()) {
            context.report(at, "`" + text + "` is not a language tag such as `en` or `de-DE`: browsers cannot "
                    + "use it for hyphenation, spelling or screen readers.");
        } else if (text.contains("_")) {
            String tag = text.replace('_', '-');
            context.report(at, "Language tags are written with `-`, not `_`: `" + tag + "`.",
                    Fix.suggestion("Write `" + tag + "`", TextEdit.replace(at, tag)));
        }
    }

    /** slide.js turns single line breaks off only for the boolean {@code false}. */
    private static void checkBreaks(FrontMatter frontMatter, Node value, RuleContext context) {
        String text = text(value);
        if (JsYaml.kind(value) != Kind.STRING || !OptionValues.meansFalse(text)) {
            return;
        }
        TextRange at = frontMatter.rangeOf(value);
        context.report(at, "HedgeDoc turns line breaks off only for `breaks: false`: `" + text + "` is read as "
                + "a text, so every single line break still breaks the line.",
                Fix.safe("Write `false`", TextEdit.replace(at, "false")));
    }

    /** A key that is almost {@code slideOptions}: reveal.js never sees what is under it. */
    private static void checkSlideOptionsSpelling(FrontMatter frontMatter, ScalarNode key, boolean slideDeck,
            RuleContext context) {
        String name = key.getValue();
        if (slideDeck || EditDistance.closest(name, List.of(SLIDE_OPTIONS), 2).isEmpty()) {
            return;
        }
        TextRange at = frontMatter.rangeOf(key);
        String message = "HedgeDoc reads reveal.js options only from `slideOptions`, so everything under `" + name
                + "` is ignored.";
        Fix rename = name.equalsIgnoreCase(SLIDE_OPTIONS)
                ? Fix.safe("Rename it to `slideOptions`", TextEdit.replace(at, SLIDE_OPTIONS))
                : Fix.suggestion("Rename it to `slideOptions`", TextEdit.replace(at, SLIDE_OPTIONS));
        context.report(at, message, rename);
    }

    /** A scalar's text, or null for mappings and sequences. */
    static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }
}
