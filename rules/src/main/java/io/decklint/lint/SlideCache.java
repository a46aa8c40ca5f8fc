package io.decklint.lint;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.deck.SlideIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What each {@link SlideRule} found on each slide in the last run over one document, so that the next run
 * checks only the slides whose text or index changed and moves the other findings (and their fixes) to where
 * their slide now starts. Keep one per open document, used by one thread at a time.
 *
 * <p>A finding is reused when the rule, its configured severity and options, the configuration's words, the
 * deck's line ending, the slide's index and the slide's text are all as before: everything a slide rule may
 * depend on. Only the entries of the last run are kept. Pass decks parsed by one {@link
 * io.decklint.deck.DeckParser} that keeps a cache ({@code DeckParser.EDITOR_CACHE_SIZE}): an unchanged slide is
 * recognised by the parse that parser reuses.
 */
public final class SlideCache {
    /**
     * A slide is known by its parsed Markdown, which a {@link io.decklint.deck.DeckParser} with a cache hands
     * out again, the same object, exactly when the slide's text is unchanged: comparing it by identity spares
     * comparing the texts of every slide on every keystroke.
     */
    private static final class Key {
        private final String rule;
        private final Object setting;
        private final SlideIndex index;
        private final Object parse;
        private final int hash;

        Key(String rule, Object setting, SlideIndex index, Object parse) {
            this.rule = rule;
            this.setting = setting;
            this.index = index;
            this.parse = parse;
            this.hash = Objects.hash(rule, setting, index, System.identityHashCode(parse));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.parse == parse && key.index.equals(index) && key.rule.equals(rule)
                    && key.setting.equals(setting);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

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
        current = new HashMap<>(Math.max(16, previous.size() * 2));
    }

    /** Checks every slide of the deck with the rule, or reuses what it found on an unchanged slide. */
    void check(SlideRule rule, RuleSetting setting, Deck deck, RuleContext context) {
        Object settingKey = List.of(String.valueOf(setting.severity()), setting.options().values());
        for (Slide slide : deck.slides()) {
            Key key = new Key(rule.meta().id(), settingKey, slide.index(), slide.ast());
            Entry entry = previous.get(key);
            int base = slide.range().start();
            List<Diagnostic> findings;
            if (entry != null) {
                findings = base == entry.base() ? entry.findings()
                        : entry.findings().stream().map(d -> d.shift(base - entry.base())).toList();
                context.reported().addAll(findings);
            } else {
                Linter.checkpoint();
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
