package io.decklint.lint;

import io.decklint.deck.Deck;
import io.decklint.deck.HtmlComment;
import io.decklint.deck.Slide;
import io.decklint.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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
    /** The keyword ends at white space or the comment's end: {@code disable-line} is not {@code disable} "-line". */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "decklint-(disable-next-line|disable-line|disable|enable)(?:\\s+(.*))?", Pattern.DOTALL);

    /** A rule (null: every rule but {@code except}) switched off on lines {@code [fromLine, toLine)}. */
    private record Span(String rule, Set<String> except, int fromLine, int toLine) {
        Span(String rule, int fromLine, int toLine) {
            this(rule, Set.of(), fromLine, toLine);
        }

        boolean covers(String id, int line) {
            return (rule == null ? !except.contains(id) : rule.equals(id)) && line >= fromLine && line < toLine;
        }

        Span closedAt(int line) {
            return new Span(rule, except, fromLine, line);
        }
    }

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
                // only comments in the slides' Markdown: in code a directive is an example, not an instruction
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

    /** The rule ids a directive names; a list holding only null when it names none, meaning every rule. */
    private static List<String> ids(String text) {
        String trimmed = text == null ? "" : text.replace(',', ' ').trim();
        return trimmed.isEmpty() ? Collections.singletonList(null) : List.of(trimmed.split("\\s+"));
    }

    /** Ends the spans an enable directive names; enabling some rules inside "disable all" exempts just them. */
    private static void close(List<Span> open, List<Span> spans, List<String> ids, int line) {
        boolean all = ids.get(0) == null;
        List<Span> reopened = new ArrayList<>();
        open.removeIf(span -> {
            if (!all && span.rule() != null && !ids.contains(span.rule())) {
                return false;
            }
            spans.add(span.closedAt(line));
            if (!all && span.rule() == null) {
                Set<String> except = new HashSet<>(span.except());
                except.addAll(ids);
                reopened.add(new Span(null, Set.copyOf(except), line, Integer.MAX_VALUE));
            }
            return true;
        });
        open.addAll(reopened);
    }

    public boolean suppresses(Diagnostic diagnostic, SourceText source) {
        if (spans.isEmpty()) {
            return false;
        }
        int line = source.lineOf(diagnostic.range().start());
        return spans.stream().anyMatch(span -> span.covers(diagnostic.rule(), line));
    }
}
