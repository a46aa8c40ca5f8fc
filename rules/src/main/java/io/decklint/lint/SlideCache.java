package io.decklint.lint;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.deck.SlideIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each {@link SlideRule} found on each slide in the last run over one document, so that the next run
 * checks only the slides whose text or index changed and moves the other findings (and their fixes) to where
 * their slide now starts. Keep one per open document, used by one thread at a time.
 *
 * <p>A finding is reused when the rule, its configured severity and options, the configuration's words, the
 * deck's line ending, the slide's index and the slide's text are all as before: everything a slide rule may
 * depend on. Only the entries of the last run are kept.
 */
public final class SlideCache {
    private record Key(String rule, Object setting, SlideIndex index, String text) {}

    private record Entry(int base, List<Diagnostic> findings) {}

    private Object scope;
    private Map<Key, Entry> previous = Map.of();
    private Map<Key, Entry> current = Map.of();

    /** Starts a run; what the last run found stays usable only if the deck-wide inputs are unchanged. */
    void begin(Deck deck, LintSettings settings) {
        Object newScope = List.of(settings.words(), deck.source().lineEnding());
        if (!newScope.equals(scope)) {
            previous = Map.of();
            scope = newScope;
        }
        current = new HashMap<>();
    }

    /** Checks every slide of the deck with the rule, or reuses what it found on an unchanged slide. */
    void check(SlideRule rule, RuleSetting setting, Deck deck, RuleContext context) {
        Object settingKey = List.of(String.valueOf(setting.severity()), setting.options().values());
        for (Slide slide : deck.slides()) {
            Key key = new Key(rule.meta().id(), settingKey, slide.index(), slide.text());
            Entry entry = previous.get(key);
            int base = slide.range().start();
            List<Diagnostic> findings;
            if (entry != null) {
                findings = entry.findings().stream().map(d -> d.shift(base - entry.base())).toList();
                context.reported().addAll(findings);
            } else {
                int from = context.reported().size();
                rule.checkSlide(slide, context);
                findings = List.copyOf(context.reported().subList(from, context.reported().size()));
            }
            current.put(key, new Entry(base, findings));
        }
    }

    /** Ends a run that completed: its findings are the ones the next run may reuse. */
    void end() {
        previous = current;
        current = Map.of();
    }
}
