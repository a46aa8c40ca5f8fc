package io.decklint.server;

import io.decklint.Decklint;
import io.decklint.deck.Deck;
import io.decklint.editor.Emoji;
import io.decklint.editor.FrontMatterHelp;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Rule;
import io.decklint.text.SourceText;
import io.decklint.text.TextRange;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * {@code textDocument/hover}: what a finding's rule checks (with its doc page), the emoji behind a shortcode,
 * and what HedgeDoc and reveal.js do with a front-matter key or value.
 */
final class Hover {
    private final RuleDocs docs;

    Hover(RuleDocs docs) {
        this.docs = docs;
    }

    org.eclipse.lsp4j.Hover at(OpenDeck open, Decklint decklint, Position position) {
        Deck deck = open.deck();
        SourceText source = deck.source();
        int offset = Positions.offset(source, position);
        StringBuilder text = new StringBuilder();
        TextRange covered = null;
        Set<String> rules = new LinkedHashSet<>();
        for (Diagnostic finding : open.diagnostics()) {
            TextRange range = finding.range();
            if (range.contains(offset) || range.isEmpty() && range.start() == offset || range.end() == offset) {
                if (rules.add(finding.rule())) {
                    rule(decklint, finding.rule()).ifPresent(r -> append(text, describe(r, finding)));
                    covered = covered == null ? range : covered;
                }
            }
        }
        int line = source.lineOf(offset);
        Optional<Emoji.Shortcode> emoji = Emoji.at(source.lineText(line), source.lineStart(line), offset);
        if (emoji.isPresent()) {
            append(text, emoji.get().emoji() + " `:" + emoji.get().name() + ":`");
            covered = new TextRange(emoji.get().start(), emoji.get().end());
        }
        Optional<FrontMatterHelp.Help> help = FrontMatterHelp.at(deck, offset);
        if (help.isPresent()) {
            append(text, help.get().markdown());
            covered = covered == null ? help.get().range() : covered;
        }
        if (text.length() == 0) {
            return null;
        }
        return new org.eclipse.lsp4j.Hover(new MarkupContent(MarkupKind.MARKDOWN, text.toString()),
                Positions.range(source, covered));
    }

    /**
     * The severity this finding has by default, which for a rule that gives its findings different ones (the
     * spelling rule) is not the rule's, and the one the configuration set when that differs.
     */
    private String describe(Rule rule, Diagnostic finding) {
        String id = rule.meta().id();
        String doc = docs.link(id).map(link -> " — [documentation](" + link + ")").orElse("");
        String configured = finding.severity() == finding.defaultSeverity() ? ""
                : ", " + finding.severity().label() + " as configured";
        return "**decklint " + id + "** (" + finding.defaultSeverity().label() + " by default" + configured
                + (finding.fixable() ? ", fixable" : "") + "): " + rule.meta().description() + doc;
    }

    private static Optional<Rule> rule(Decklint decklint, String id) {
        return decklint.rules().stream().filter(r -> r.meta().id().equals(id)).findFirst();
    }

    private static void append(StringBuilder text, String part) {
        if (text.length() > 0) {
            text.append("\n\n---\n\n");
        }
        text.append(part);
    }
}
