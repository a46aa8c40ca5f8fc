package io.decklint.rules;

import io.decklint.deck.AttributeComment;
import io.decklint.deck.AttributeComment.Target;
import io.decklint.deck.AttributeComments;
import io.decklint.deck.CommentAttribute;
import io.decklint.lint.Fix;
import io.decklint.lint.RuleContext;
import io.decklint.rules.WrittenAttributes.Quote;
import io.decklint.rules.WrittenAttributes.Written;
import io.decklint.text.EditDistance;
import io.decklint.text.SourceText;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Says, for each attribute an author wrote after the marker, why HedgeDoc drops it, or stays silent. */
final class DroppedAttributes {
    /** The slide background attributes reveal.js 3.9.2 reads (js/reveal.js, createBackground). */
    static final List<String> BACKGROUNDS = List.of("data-background", "data-background-color",
            "data-background-image", "data-background-size", "data-background-position", "data-background-repeat",
            "data-background-opacity", "data-background-video", "data-background-video-loop",
            "data-background-video-muted", "data-background-iframe", "data-background-interactive",
            "data-background-transition");

    private final AttributeComment hedgeDoc;
    private final RuleContext context;
    private final SourceText source;

    DroppedAttributes(AttributeComment hedgeDoc, RuleContext context) {
        this.hedgeDoc = hedgeDoc;
        this.context = context;
        this.source = context.deck().source();
    }

    void check(List<Written> written) {
        List<Written> laterLines = new ArrayList<>();
        for (Written attribute : written) {
            if (attribute.nameRange().start() >= hedgeDoc.attributes().end()) {
                laterLines.add(attribute);
                continue;
            }
            Optional<CommentAttribute> read = hedgeDoc.matched().stream()
                    .filter(a -> a.nameRange().equals(attribute.nameRange())).findFirst();
            if (read.isPresent() && read.get().applied()) {
                checkBackgroundName(read.get());
            } else {
                checkDropped(attribute);
            }
        }
        reportLaterLines(laterLines);
    }

    private void checkDropped(Written attribute) {
        String name = attribute.name();
        if (!AttributeComments.isAllowed(name)) {
            reportName(attribute);
            return;
        }
        String value = attribute.value();
        TextRange at = attribute.range();
        String drops = "HedgeDoc drops `" + name + "`: ";
        if (attribute.quote() == Quote.NO_VALUE) {
            context.report(at, drops + "it needs a value in double quotes, such as `" + name + "=\"true\"`.",
                    Fix.suggestion("Write " + name + "=\"true\"", TextEdit.replace(at, name + "=\"true\"")));
            return;
        }
        if (value.isEmpty()) {
            // An empty class, id or style changes nothing, so losing it does not matter.
            if (name.startsWith("data-")) {
                context.report(at, drops + "it reads no empty values.");
            }
            return;
        }
        if (value.contains("=")) {
            context.report(at, drops + "its value contains `=`, which HedgeDoc's attribute pattern does not allow. "
                    + "There is no safe fix: writing `=` as `%3D` changes what an address means to most servers, so "
                    + "use a value without `=` (for an image, upload it to HedgeDoc and use that address).");
            return;
        }
        if (value.contains("\"")) {
            context.report(at, drops + "its value contains `\"`, which HedgeDoc's attribute pattern does not allow.");
            return;
        }
        if (attribute.quote() == Quote.DOUBLE) {
            context.report(at, drops + "its attribute pattern does not match it here.");
            return;
        }
        String quoted = name + "=\"" + value + "\"";
        String how = attribute.quote() == Quote.SINGLE ? "single quotes" : "no quotes";
        context.report(at, drops + "it reads values only in double quotes, and this one has " + how + ".",
                Fix.safe("Use double quotes", TextEdit.replace(at, quoted)));
    }

    /** Only data-*, id, class and style pass; a name in the wrong case is a safe fix. */
    private void reportName(Written attribute) {
        String name = attribute.name();
        String lower = name.toLowerCase(Locale.ROOT);
        TextRange at = attribute.nameRange();
        String message = "HedgeDoc drops `" + name + "`: from these comments it sets only data-*, id, class and "
                + "style attributes";
        if (AttributeComments.isAllowed(lower)) {
            context.report(at, message + ", written in lower case.", Fix.safe("Write `" + lower + "`",
                    TextEdit.replace(at, lower)));
        } else if (lower.equals("width") || lower.equals("height")) {
            context.report(at, message + ": use style=\"" + lower + ": …\" instead.");
        } else {
            context.report(at, message + ".");
        }
    }

    /** A typo in a background attribute: reveal.js ignores the unknown name. */
    private void checkBackgroundName(CommentAttribute attribute) {
        String name = attribute.appliedName();
        if (hedgeDoc.target() != Target.SLIDE || BACKGROUNDS.contains(name) || !name.startsWith("data-")) {
            return;
        }
        Optional<String> guess = EditDistance.closest(name, BACKGROUNDS, 2);
        if (guess.isEmpty() && !name.startsWith("data-background")) {
            return;
        }
        String message = "reveal.js 3.9, which HedgeDoc 1.x ships, has no slide attribute `" + name + "`";
        if (guess.isPresent()) {
            context.report(attribute.nameRange(), message + ": did you mean `" + guess.get() + "`?",
                    Fix.suggestion("Change it to `" + guess.get() + "`",
                            TextEdit.replace(attribute.nameRange(), guess.get())));
        } else {
            context.report(attribute.nameRange(), message + ". Background attributes: "
                    + String.join(", ", BACKGROUNDS) + ".");
        }
    }

    /**
     * HedgeDoc's pattern ends at the end of the line where the attributes start: every line after it is lost.
     * Joining each such line to the one before brings its attributes back.
     */
    private void reportLaterLines(List<Written> attributes) {
        int k = 0;
        while (k < attributes.size()) {
            int line = source.lineOf(attributes.get(k).range().start());
            int last = k;
            while (last + 1 < attributes.size() && source.lineOf(attributes.get(last + 1).range().start()) == line) {
                last++;
            }
            TextRange at = new TextRange(attributes.get(k).range().start(), attributes.get(last).range().end());
            List<String> names = attributes.subList(k, last + 1).stream().map(Written::name).toList();
            int previousEnd = source.lineEnd(line - 1);
            String between = source.text().substring(previousEnd, at.start());
            String message = "HedgeDoc drops " + (names.size() == 1 ? "`" + names.get(0) + "`" : "`"
                    + String.join("`, `", names) + "`") + ": it reads attributes only up to the end of the line "
                    + "where they start.";
            if (between.isBlank()) {
                TextRange gap = new TextRange(trimmedEnd(previousEnd), at.start());
                // The finding covers the line break its fix joins.
                context.report(new TextRange(gap.start(), at.end()), message, Fix.safe("Join this line to the one "
                        + "before", TextEdit.replace(gap, " ")));
            } else {
                context.report(at, message);
            }
            k = last + 1;
        }
    }

    /** Where the previous line's text ends, trailing spaces left out. */
    private int trimmedEnd(int lineEnd) {
        int end = lineEnd;
        while (end > 0 && (source.text().charAt(end - 1) == ' ' || source.text().charAt(end - 1) == '\t')) {
            end--;
        }
        return end;
    }
}
