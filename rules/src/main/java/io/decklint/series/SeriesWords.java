package io.decklint.series;

import io.decklint.lint.WorkspaceWords;
import io.decklint.spelling.ProseWords;
import io.decklint.spelling.SpellingChecker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a series uses that the speller does not know: names of its people, projects and tools. A word
 * counts when at least two decks use it on at least two different lines (a line copied from deck to deck
 * counts once, so a typo copied along is not learnt), it has four letters or more (shorter words the speller
 * does not check), it is not in capitals (acronyms the speller leaves alone), and the spelling rule, knowing
 * the words of the decks' workspace, does not take it for a typo ("Hackthon" beside "hackathon").
 */
public final class SeriesWords {
    static final int MIN_LENGTH = 4;

    /** A learnt word as the decks write it most often, with in how many decks and on how many lines. */
    public record Learnt(String word, int decks, int lines) {}

    private SeriesWords() {}

    /** @param workspace the words of the decks' workspace, as the spelling rule sees them */
    public static List<Learnt> learn(List<SeriesDeck> decks, WorkspaceWords workspace) {
        SpellingChecker checker = new SpellingChecker(List.of(), workspace);
        Map<String, Set<Integer>> deckSets = new HashMap<>();
        Map<String, Set<Integer>> lineSets = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        Set<String> typos = new HashSet<>();
        Map<String, Boolean> unknown = new HashMap<>();
        for (int d = 0; d < decks.size(); d++) {
            ProseWords.Prose prose = ProseWords.of(decks.get(d).deck());
            for (SpellingChecker.Finding finding : checker.check(prose)) {
                typos.add(finding.word().toLowerCase(Locale.ROOT));
            }
            for (ProseWords.Word word : prose.words()) {
                String text = word.text();
                if (text.length() < MIN_LENGTH || !text.chars().allMatch(Character::isLetter)
                        || text.equals(text.toUpperCase(Locale.ROOT))
                        || unknown.computeIfAbsent(text, w -> !checker.knows(w)) == Boolean.FALSE) {
                    continue;
                }
                deckSets.computeIfAbsent(word.lower(), w -> new HashSet<>()).add(d);
                lineSets.computeIfAbsent(word.lower(), w -> new HashSet<>()).add(word.line());
                forms.computeIfAbsent(word.lower(), w -> new LinkedHashMap<>()).merge(text, 1, Integer::sum);
            }
        }
        List<Learnt> learnt = new ArrayList<>();
        deckSets.forEach((lower, inDecks) -> {
            int lines = lineSets.get(lower).size();
            if (inDecks.size() >= 2 && lines >= 2 && !typos.contains(lower)) {
                String form = forms.get(lower).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
                        .getKey();
                learnt.add(new Learnt(form, inDecks.size(), lines));
            }
        });
        learnt.sort(Comparator.comparing((Learnt l) -> l.word().toLowerCase(Locale.ROOT)));
        return learnt;
    }
}
