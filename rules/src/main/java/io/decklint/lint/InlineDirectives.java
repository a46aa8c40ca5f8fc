package io.decklint.lint;

import io.decklint.deck.Deck;
import io.decklint.deck.HtmlComment;
import io.decklint.deck.Slide;
import io.decklint.text.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code <!-- decklint-disable ids -->} … {@code <!-- decklint-enable ids -->},
 * {@code <!-- decklint-disable-line ids -->} and {@code <!-- decklint-disable-next-line ids -->}: HTML comments
 * that switch rules off for part of a deck, as markdownlint's do. No ids means every rule.
 */
public final class InlineDirectives {
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^\\s*decklint-(disable|enable|disable-line|disable-next-line)\\b([^>]*)$");

    /** A rule (null: all rules) switched off on lines {@code [fromLine, toLine)}. */
    private record Span(String rule, int fromLine, int toLine) {}

    private final List<Span> spans;

    private InlineDirectives(List<Span> spans) {
        this.spans = spans;
    }

    public static InlineDirectives of(Deck deck) {
        SourceText source = deck.source();
        List<Span> spans = new ArrayList<>();
        List<Span> open = new ArrayList<>();
        for (Slide slide : deck.slides()) {
            for (HtmlComment comment : slide.comments()) {
                Matcher directive = DIRECTIVE.matcher(comment.body(source.text()).trim());
                if (!directive.matches()) {
                    continue;
                }
                int line = source.lineOf(comment.range().start());
                List<String> ids = ids(directive.group(2));
                switch (directive.group(1)) {
                    case "disable" -> ids.forEach(id -> open.add(new Span(id, line, Integer.MAX_VALUE)));
                    case "enable" -> close(open, spans, ids, line);
                    case "disable-line" -> ids.forEach(id -> spans.add(new Span(id, line, line + 1)));
                    default -> {
                        int next = source.lineOf(comment.range().end()) + 1;
                        ids.forEach(id -> spans.add(new Span(id, next, next + 1)));
                    }
                }
            }
        }
        spans.addAll(open);
        return new InlineDirectives(spans);
    }

    private static List<String> ids(String text) {
        String trimmed = text.replace(',', ' ').trim();
        return trimmed.isEmpty() ? Arrays.asList((String) null) : List.of(trimmed.split("\\s+"));
    }

    private static void close(List<Span> open, List<Span> spans, List<String> ids, int line) {
        // List.of(...).contains(null) throws, so look for the "all rules" marker by hand.
        Set<String> closing = ids.stream().anyMatch(java.util.Objects::isNull) ? null : Set.copyOf(ids);
        open.removeIf(span -> {
            if (closing == null || closing.contains(span.rule()) || span.rule() == null) {
                spans.add(new Span(span.rule(), span.fromLine(), line));
                return true;
            }
            return false;
        });
    }

    public boolean suppresses(Diagnostic diagnostic, SourceText source) {
        int line = source.lineOf(diagnostic.range().start());
        for (Span span : spans) {
            if ((span.rule() == null || span.rule().equals(diagnostic.rule())) && line >= span.fromLine()
                    && line < span.toLine()) {
                return true;
            }
        }
        return false;
    }
}
