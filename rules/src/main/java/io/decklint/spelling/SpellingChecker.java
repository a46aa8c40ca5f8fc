package io.decklint.spelling;

import io.decklint.lint.WorkspaceWords;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which words of a deck's prose are misspelt, and how sure that is.
 *
 * <p>A word is fine when the English dictionary, the technical vocabulary, the user's words, the deck itself
 * or the workspace knows it. The deck knows a word it uses as a section name (in a heading and once more) or
 * uses three times; the workspace knows a word that {@value #WORKSPACE_DECKS} of its decks use. Of the rest:
 * <ul>
 *   <li>a known misspelling of a word ({@code improvments}) is a {@link Confidence#SURE sure} finding with one
 *       fix, unless it is capitalised in mid-sentence like a name;</li>
 *   <li>an unknown word one edit away (two for long words) from a common word is a {@link Confidence#LIKELY
 *       likely} typo with ranked suggestions. How common the nearer word must be depends on how much the
 *       unknown word looks like a name: capitalised in mid-sentence, or part of a CamelCase name;</li>
 *   <li>any other unknown word is taken for a name and left alone.</li>
 * </ul>
 */
public final class SpellingChecker {
    public enum Confidence { SURE, LIKELY }

    /** A misspelt word (or part of a word), where it is, and its suggestions, best first. */
    public record Finding(String word, TextRange range, Confidence confidence, List<String> suggestions) {}

    static final int WORKSPACE_DECKS = 3;
    private static final int DECK_USES = 3;
    private static final int MIN_LENGTH = 4;
    private static final int MAX_SUGGESTIONS = 3;
    /** Frequency classes (8 per doubling of a SUBTLEXus count) a suggestion needs, by how name-like the word is. */
    private static final int COMMON = 50;
    private static final int VERY_COMMON = 90;
    private static final int TECHNICAL = 70;

    private final EnglishDictionary dictionary;
    private final Map<String, String> technical;
    private final Set<String> userWords;
    private final WorkspaceWords workspace;

    public SpellingChecker(Collection<String> userWords, WorkspaceWords workspace) {
        this.dictionary = EnglishDictionary.get();
        this.technical = TechnicalWords.byLowerCase();
        this.userWords = new HashSet<>();
        userWords.forEach(w -> this.userWords.add(w.toLowerCase(Locale.ROOT)));
        this.workspace = workspace;
    }

    /** The misspelt words among a deck's prose words. */
    public List<Finding> check(List<ProseWords.Word> words) {
        DeckWords deck = new DeckWords(words);
        List<Finding> findings = new ArrayList<>();
        for (ProseWords.Word word : words) {
            checkWord(word.text(), word.range().start(), !word.opensSentence() && !word.heading(), false, deck,
                    findings);
        }
        return findings;
    }

    /** How the deck uses its words: how often, and which it uses as section names. */
    private static final class DeckWords {
        final Map<String, Integer> uses = new HashMap<>();
        final Set<String> sectionNames = new HashSet<>();

        DeckWords(List<ProseWords.Word> words) {
            Set<String> inHeadings = new HashSet<>();
            for (ProseWords.Word word : words) {
                String lower = word.text().toLowerCase(Locale.ROOT);
                uses.merge(lower, 1, Integer::sum);
                if (word.heading()) {
                    inHeadings.add(lower);
                }
            }
            inHeadings.stream().filter(w -> uses.get(w) >= 2).forEach(sectionNames::add);
        }
    }

    private void checkWord(String word, int start, boolean midSentence, boolean namePart, DeckWords deck,
            List<Finding> out) {
        if (word.length() < 3) {
            return;
        }
        String lookalike = Homoglyphs.toLatin(word);
        if (lookalike != null) {
            if (isKnown(lookalike, deck)) {
                out.add(new Finding(word, new TextRange(start, start + word.length()), Confidence.SURE,
                        List.of(lookalike)));
            }
            return;
        }
        if (!isAsciiLetters(word) || isKnown(word, deck)) {
            return;
        }
        Shape shape = Shape.of(word);
        if (shape == Shape.UPPER || (shape == Shape.MIXED && isAcronym(word))) {
            return;
        }
        if (shape == Shape.MIXED) {
            for (int[] part : CamelCase.parts(word)) {
                checkWord(word.substring(part[0], part[1]), start + part[0], true, true, deck, out);
            }
            return;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean nameLike = namePart || (shape == Shape.CAPITALISED && midSentence);
        TextRange range = new TextRange(start, start + word.length());
        List<String> corrections = dictionary.corrections(lower).orElse(List.of());
        if (corrections.size() == 1 && !nameLike) {
            out.add(new Finding(word, range, Confidence.SURE, List.of(matchCase(corrections.get(0), word))));
            return;
        }
        if (learned(lower, deck) || word.length() < MIN_LENGTH) {
            return;
        }
        List<Suggestions.Candidate> candidates = corrections.isEmpty()
                ? Suggestions.of(lower, this::frequency)
                : corrections.stream().map(c -> new Suggestions.Candidate(c, 1, frequency(c))).toList();
        if (candidates.isEmpty() || candidates.get(0).frequency() < (nameLike ? VERY_COMMON : COMMON)) {
            return;
        }
        List<String> suggestions = candidates.stream().limit(MAX_SUGGESTIONS)
                .map(c -> matchCase(c.word(), word)).toList();
        out.add(new Finding(word, range, Confidence.LIKELY, suggestions));
    }

    private boolean isKnown(String word, DeckWords deck) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (dictionary.spelling(lower) != null || dictionary.contains(word) || isVocabulary(lower, deck)) {
            return true;
        }
        // plurals of names and terms: "hyperscalers", "PRs"
        return lower.endsWith("s") && isVocabulary(lower.substring(0, lower.length() - 1), deck);
    }

    private boolean isVocabulary(String lower, DeckWords deck) {
        return technical.containsKey(lower) || userWords.contains(lower) || deck.sectionNames.contains(lower);
    }

    /** A word the deck or the workspace uses often enough to be a name or a term. */
    private boolean learned(String lower, DeckWords deck) {
        return deck.uses.getOrDefault(lower, 0) >= DECK_USES || workspace.decksUsing(lower) >= WORKSPACE_DECKS;
    }

    /** How common a candidate is, or -1 when it is not a word to suggest. */
    private int frequency(String lower) {
        String spelling = dictionary.spelling(lower);
        int best = spelling == null ? -1 : dictionary.frequency(spelling);
        if (technical.containsKey(lower) || userWords.contains(lower)) {
            best = Math.max(best, TECHNICAL);
        }
        if (workspace.decksUsing(lower) >= 2) {
            int uses = workspace.uses(lower);
            best = Math.max(best, COMMON + 8 * (31 - Integer.numberOfLeadingZeros(Math.max(1, uses))));
        }
        return best;
    }

    /** A suggestion written as the word was: capitalised, in capitals, or as listed for names. */
    private String matchCase(String suggestion, String word) {
        String listed = technical.get(suggestion.toLowerCase(Locale.ROOT));
        if (listed != null && !listed.equals(listed.toLowerCase(Locale.ROOT))) {
            return listed;
        }
        String spelling = dictionary.spelling(suggestion.toLowerCase(Locale.ROOT));
        if (spelling != null && !spelling.equals(suggestion)) {
            return spelling;
        }
        return switch (Shape.of(word)) {
            case UPPER -> suggestion.toUpperCase(Locale.ROOT);
            case CAPITALISED -> Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
            default -> suggestion;
        };
    }

    /** IaaS, VMs, CfP, PoC: short words with several capitals are abbreviations. */
    private static boolean isAcronym(String word) {
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            capitals += Character.isUpperCase(word.charAt(i)) ? 1 : 0;
        }
        return capitals >= 2 && word.length() <= 6 || capitals >= word.length() - 1;
    }

    private static boolean isAsciiLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c > 127 || !(Character.isLetter(c) || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    /** How a word is capitalised. */
    enum Shape {
        LOWER, CAPITALISED, UPPER, MIXED;

        static Shape of(String word) {
            boolean firstUpper = Character.isUpperCase(word.charAt(0));
            int upperRest = 0;
            int letters = 0;
            for (int i = 1; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    upperRest += Character.isUpperCase(c) ? 1 : 0;
                }
            }
            if (upperRest == 0) {
                return firstUpper ? CAPITALISED : LOWER;
            }
            return firstUpper && upperRest == letters ? UPPER : MIXED;
        }
    }
}
