package io.decklint.rules;

import io.decklint.deck.FrontMatter;
import io.decklint.hedgedoc.RevealOptions;
import io.decklint.lint.Fix;
import io.decklint.lint.RuleContext;
import io.decklint.text.EditDistance;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import io.decklint.yaml.JsYaml;
import io.decklint.yaml.JsYaml.Kind;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The keys under {@code slideOptions}. HedgeDoc's {@code public/js/slide.js} copies a fixed list of them into
 * {@code Reveal.initialize}; any other key does nothing, however right it looks in reveal.js's documentation.
 * It also sets {@code rtl} itself from the top-level {@code dir}, overriding {@code slideOptions.rtl}.
 */
final class SlideOptionsCheck {
    private SlideOptionsCheck() {}

    static void check(FrontMatter frontMatter, RuleContext context) {
        Node options = frontMatter.get(FrontMatterKeys.SLIDE_OPTIONS).orElse(null);
        if (options == null || JsYaml.kind(options) == Kind.NULL) {
            return;
        }
        if (!(options instanceof MappingNode mapping)) {
            context.report(frontMatter.rangeOf(options), "`slideOptions` must hold `key: value` lines indented "
                    + "below it: HedgeDoc ignores " + (options instanceof ScalarNode s ? "`" + s.getValue() + "`"
                            : "a list") + " here.");
            return;
        }
        Set<String> present = new HashSet<>();
        mapping.getValue().forEach(t -> present.add(FrontMatterKeys.text(t.getKeyNode())));
        OptionValues values = new OptionValues(frontMatter, context);
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            Optional<RevealOptions.Option> option = RevealOptions.passed(key.getValue());
            if (option.isEmpty()) {
                reportIgnored(frontMatter, key, tuple.getValueNode(), present, context);
            } else if (key.getValue().equals("rtl")) {
                checkRtl(frontMatter, tuple.getValueNode(), context);
            } else {
                values.check(option.get(), key, tuple.getValueNode());
            }
        }
    }

    private static void reportIgnored(FrontMatter frontMatter, ScalarNode key, Node value, Set<String> present,
            RuleContext context) {
        String name = key.getValue();
        TextRange at = frontMatter.rangeOf(key);
        if (RevealOptions.NOT_PASSED.contains(name)) {
            context.report(at, "HedgeDoc does not pass `" + name + "` on to reveal.js (its slide.js hands over "
                    + "only a fixed list of options), so it has no effect.");
            return;
        }
        if (name.startsWith("data-")) {
            String shown = value instanceof ScalarNode scalar ? scalar.getValue() : "…";
            context.report(at, "`" + name + "` is a slide attribute, not a reveal.js option, so HedgeDoc ignores "
                    + "it here. To set it on a slide, write <!-- .slide: " + name + "=\"" + shown + "\" --> on "
                    + "that slide.");
            return;
        }
        int distance = Math.max(1, Math.min(3, name.length() / 4));
        Optional<String> guess = EditDistance.closest(name, RevealOptions.passedNames(), distance);
        if (guess.isEmpty()) {
            context.report(at, "HedgeDoc ignores the unknown slide option `" + name + "`: reveal.js never sees it.");
            return;
        }
        String real = guess.get();
        String message = "HedgeDoc ignores the unknown slide option `" + name + "`: did you mean `" + real + "`?";
        TextEdit rename = TextEdit.replace(at, real);
        if (real.equalsIgnoreCase(name) && !present.contains(real)) {
            context.report(at, message, Fix.safe("Rename it to `" + real + "`", rename));
        } else {
            context.report(at, message, Fix.suggestion("Rename it to `" + real + "`", rename));
        }
    }

    /** slide.js: {@code options.rtl = meta.dir === 'rtl'}, whatever slideOptions says. */
    private static void checkRtl(FrontMatter frontMatter, Node value, RuleContext context) {
        boolean wanted = JsYaml.bool(value).orElseGet(() -> JsYaml.kind(value) == Kind.STRING
                && !OptionValues.meansFalse(FrontMatterKeys.text(value)) && !FrontMatterKeys.text(value).isEmpty());
        boolean applied = frontMatter.string("dir").filter("rtl"::equals).isPresent();
        if (wanted != applied) {
            context.report(frontMatter.rangeOf(value), "HedgeDoc ignores `slideOptions.rtl`: slide mode is right "
                    + "to left exactly when the front matter says `dir: rtl`" + (wanted ? "; add that line instead."
                            : ", which this deck does."));
        }
    }
}
