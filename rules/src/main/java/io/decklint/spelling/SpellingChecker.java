package io.decklint.spelling;

import io.decklint.lint.WorkspaceWords;
import io.decklint.text.TextRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Decides which words of a deck's prose are misspelt, and how sure that is.
 *
 * <p>A word is fine when the English dictionary, the technical vocabulary or the user's words know it, when
 * the deck uses it as a section name (in a heading and on another line), or when it is vocabulary the deck
 * and its workspace have taught: a word used on {@value #LEARNT_LINES} different lines. Lines, not uses or
 * decks, because weekly decks start as a copy of the last one, and a typo copied along is still a typo. Of
 * the rest:
 * <ul>
 *   <li>a known misspelling of a word ({@code improvments}) is a {@link Confidence#SURE sure} finding with one
 *       fix, unless it looks like a name (capitalised in mid-sentence, here or anywhere in the deck): then it
 *       is a likely one if the word it misspells is common;</li>
 *   <li>a word that mixes Latin letters with Cyrillic or Greek lookalikes is a sure finding too;</li>
 *   <li>an unknown word one edit away (two for long words) from a word is a {@link Confidence#LIKELY likely}
 *       typo with ranked suggestions when that word is common enough: the shorter the word, the more common
 *       its neighbour must be, since short names have many neighbours by chance. A word that looks like a
 *       name (capitalised in mid-sentence, or part of a CamelCase name) is a typo only of a word its
 *       workspace uses, or when it is long;</li>
 *   <li>any other unknown word is taken for a name and left alone.</li>
 * </ul>
 */
public final class SpellingChecker {
    public enum Confidence { SURE, LIKELY }

    /**
     * A misspelt word (or part of a word), where it is, and its suggestions, best first. {@code lookalike}
     * when the word mixes Latin letters with Cyrillic or Greek ones that look the same.
     */
    public record Finding(String word, TextRange range, Confidence confidence, List<String> suggestions,
            boolean lookalike) {}

    static final int LEARNT_LINES = 3;
    /** Proper nouns that name dates, not people or places: "Hackthon April" is no name. */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    private static final int MIN_LENGTH = 4;
    private static final int LONG = 10;
    /** Words in capitals this long are words written loudly ("IMPROVMENTS"), not acronyms. */
    private static final int LONG_CAPITALS = 7;
    private static final int MAX_SUGGESTIONS = 3;
    /** The class of technical words and the user's words, as suggestions: that of a fairly common word. */
    private static final int TECHNICAL = 70;
    /** How often the workspace must use a word for a name-like word one edit away to be its typo. */
    private static final int WORKSPACE_USES = 5;

    private static final Map<String, List<Suggestions.Candidate>> SHARED_CANDIDATES =
            new ConcurrentHashMap<>();
    private static final int MAX_SHARED_CANDIDATES = 20_000;
    /**
     * Whether the dictionary or the technical vocabulary knows a word, as written: the same in every run, and
     * asked for every word of every slide an editor's keystroke makes new.
     */
    private static final Map<String, Boolean> SHARED_KNOWN = new ConcurrentHashMap<>();
    private static final int MAX_SHARED_KNOWN = 200_000;
    /** How lower-case words split into two words ("testsare"), the same in every run, as the candidates are. */
    private static final Map<String, List<Suggestions.Candidate>> SHARED_SPLITS = new ConcurrentHashMap<>();
    /** Whether candidates were computed since they were last read from or written to a cache. */
    private static volatile boolean sharedCandidatesChanged;

    /** The verdicts of earlier checks in one workspace, under the user's words. */
    private record Verdicts(Set<String> userWords, Map<String, Optional<Verdict>> byKey) {}

    /**
     * By workspace, weakly: an editor checks the same deck, with the same unknown words, on every keystroke, and
     * a workspace the command line is done with takes its verdicts along when it goes.
     */
    private static final Map<WorkspaceWords, Verdicts> SHARED_VERDICTS =
            Collections.synchronizedMap(new WeakHashMap<>());
    private static final int MAX_SHARED_VERDICTS = 20_000;

    private final EnglishDictionary dictionary;
    private final Map<String, String> technical;
    private final Set<String> userWords;
    private final WorkspaceWords workspace;
    private final Map<String, Optional<Verdict>> sharedVerdicts;

    public SpellingChecker(Collection<String> userWords, WorkspaceWords workspace) {
        this.dictionary = EnglishDictionary.get();
        this.technical = TechnicalWords.byLowerCase();
        this.userWords = new HashSet<>();
        userWords.forEach(w -> this.userWords.add(w.toLowerCase(Locale.ROOT)));
        this.workspace = workspace;
        Verdicts verdicts = SHARED_VERDICTS.get(workspace);
        if (verdicts == null || !verdicts.userWords().equals(this.userWords)) {
            verdicts = new Verdicts(Set.copyOf(this.userWords), new ConcurrentHashMap<>());
            SHARED_VERDICTS.put(workspace, verdicts);
        }
        this.sharedVerdicts = verdicts.byKey();
    }

    /** The misspelt words of a deck's prose. */
    public List<Finding> check(ProseWords.Prose prose) {
        List<SlideFacts> slides = new ArrayList<>(prose.slides().size());
        for (ProseWords.Placed placed : prose.slides()) {
            slides.add(facts(placed.prose()));
        }
        DeckWords deck = new DeckWords(slides);
        List<Finding> findings = new ArrayList<>();
        List<Finding> found = new ArrayList<>();
        for (int s = 0; s < slides.size(); s++) {
            List<ProseWords.Word> words = prose.slides().get(s).prose().words();
            int start = prose.slides().get(s).start();
            for (int i : slides.get(s).unknown()) {
                ProseWords.Word word = words.get(i);
                boolean midSentence = !word.opensSentence() && !word.heading();
                found.clear();
                checkWord(word.text(), start + word.range().start(), midSentence, false, deck, found);
                if (!found.isEmpty() && !inName(words, i)) {
                    findings.addAll(found);
                }
            }
        }
        return findings;
    }

    /**
     * What the checker needs of a slide's words, the same in every run: which words the dictionary and the
     * technical vocabulary do not know as written (only those can be misspelt), and the words whose lower case
     * they do not know in any spelling (only those are looked up in {@link DeckWords}). Kept with the slide's
     * words, which are kept by slide text: on a keystroke only the edited slide's words are looked up.
     */
    record SlideFacts(int[] unknown, List<ProseWords.Word> unknownInLowerCase) {}

    private SlideFacts facts(ProseWords.SlideProse prose) {
        SlideFacts facts = prose.spellingFacts;
        if (facts == null) {
            List<ProseWords.Word> words = prose.words();
            facts = new SlideFacts(IntStream.range(0, words.size())
                    .filter(i -> words.get(i).text().length() >= 3 && !isSharedKnown(words.get(i).text())).toArray(),
                    words.stream().filter(w -> !isKnownInLowerCase(w.lower())).toList());
            prose.spellingFacts = facts;
        }
        return facts;
    }

    /**
     * The lines on which the deck uses each word, and the words it uses as section names; of the words whose
     * lower case is unknown, as only those are asked for.
     */
    private static final class DeckWords {
        final Map<String, Set<Integer>> lines = new HashMap<>();
        final Set<String> sectionNames = new HashSet<>();
        final Map<String, Optional<Verdict>> verdicts = new HashMap<>();
        /** Words the deck writes as names somewhere: capitalised in mid-sentence ("OSISM/Regio"). */
        final Set<String> writtenAsNames = new HashSet<>();

        DeckWords(List<SlideFacts> slides) {
            Set<String> inHeadings = new HashSet<>();
            for (SlideFacts slide : slides) {
                for (ProseWords.Word word : slide.unknownInLowerCase()) {
                    String lower = word.lower();
                    lines.computeIfAbsent(lower, w -> new HashSet<>()).add(word.line());
                    if (word.heading()) {
                        inHeadings.add(lower);
                    } else if (!word.opensSentence() && Shape.of(word.text()) == Shape.CAPITALISED) {
                        writtenAsNames.add(lower);
                    }
                }
            }
            inHeadings.stream().filter(w -> lines.get(w).size() >= 2).forEach(sectionNames::add);
        }
    }

    /**
     * Regina Metz, Falk Schmidt, Forum Digitale Technologien: a capitalised word beside a proper noun, or beside
     * another capitalised word nobody knows, is part of a name.
     */
    private boolean inName(List<ProseWords.Word> words, int i) {
        return Shape.of(words.get(i).text()) == Shape.CAPITALISED
                && (i > 0 && isNamePart(words.get(i - 1), words.get(i))
                        || i + 1 < words.size() && isNamePart(words.get(i + 1), words.get(i)));
    }

    private boolean isNamePart(ProseWords.Word neighbour, ProseWords.Word word) {
        // "Alexander (Jaust)", "UhuruTec/Yorizon": one or two characters apart
        int gap = Math.max(word.range().start() - neighbour.range().end(), neighbour.range().start() - word.range().end());
        Shape shape = Shape.of(neighbour.text());
        if (gap < 1 || gap > 2 || shape != Shape.CAPITALISED && shape != Shape.MIXED) {
            return false;
        }
        if (shape == Shape.MIXED) {
            return !isKnown(neighbour.text()) && !isAcronym(neighbour.text());
        }
        String lower = neighbour.text().toLowerCase(Locale.ROOT);
        String spelling = dictionary.spelling(lower);
        if (spelling == null) {
            return !neighbour.opensSentence() && isAsciiLetters(lower) && !isVocabulary(lower)
                    && dictionary.corrections(lower).isEmpty();
        }
        return Character.isUpperCase(spelling.charAt(0)) && !CALENDAR.contains(lower);
    }

    /** What the checker says about one word in one position (mid-sentence, part of a name): null if fine. */
    private record Verdict(Confidence confidence, List<String> suggestions, boolean lookalike) {}

    private void checkWord(String word, int start, boolean midSentence, boolean namePart, DeckWords deck,
            List<Finding> out) {
        if (word.length() < 3 || isKnown(word)) {
            return;
        }
        if (Shape.of(word) == Shape.MIXED && Homoglyphs.toLatin(word) == null && isAsciiLetters(word)
                && !isKnown(word) && !isAcronym(word)) {
            for (int[] part : CamelCase.parts(word)) {
                checkWord(word.substring(part[0], part[1]), start + part[0], true, true, deck, out);
            }
            return;
        }
        // a deck repeats its words: each is judged once per position it can stand in
        String key = word + (midSentence ? "|m" : "|") + (namePart ? "n" : "");
        Verdict verdict = deck.verdicts.computeIfAbsent(key, k -> sharedVerdict(k, word, midSentence, namePart,
                deck)).orElse(null);
        if (verdict != null) {
            out.add(new Finding(word, new TextRange(start, start + word.length()), verdict.confidence(),
                    verdict.suggestions(), verdict.lookalike()));
        }
    }

    /** The verdict of an earlier check when the deck said the same of the word (all a verdict asks of it). */
    private Optional<Verdict> sharedVerdict(String key, String word, boolean midSentence, boolean namePart,
            DeckWords deck) {
        String lower = word.toLowerCase(Locale.ROOT);
        Set<Integer> lines = deck.lines.get(lower);
        String deckKey = key + '|' + (lines == null ? 0 : lines.size()) + (deck.sectionNames.contains(lower) ? "s" : "")
                + (deck.writtenAsNames.contains(lower) ? "n" : "");
        Optional<Verdict> verdict = sharedVerdicts.get(deckKey);
        if (verdict == null) {
            verdict = Optional.ofNullable(verdict(word, midSentence, namePart, deck));
            if (sharedVerdicts.size() >= MAX_SHARED_VERDICTS) {
                sharedVerdicts.clear();
            }
            sharedVerdicts.put(deckKey, verdict);
        }
        return verdict;
    }

    private Verdict verdict(String word, boolean midSentence, boolean namePart, DeckWords deck) {
        String lookalike = Homoglyphs.toLatin(word);
        if (lookalike != null) {
            return isKnown(lookalike) ? new Verdict(Confidence.SURE, List.of(lookalike), true) : null;
        }
        if (!isAsciiLetters(word) || !hasVowel(word) || isKnown(word)) {
            return null;
        }
        Shape shape = Shape.of(word);
        if (shape == Shape.UPPER && word.length() < LONG_CAPITALS || shape == Shape.MIXED) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        // a word the deck also writes as a name is a name everywhere in it ("OSISM/Regio", "regio cloud")
        boolean nameLike = namePart || (shape == Shape.CAPITALISED && midSentence)
                || deck.writtenAsNames.contains(lower);
        List<String> corrections = dictionary.corrections(lower).orElse(List.of());
        if (word.length() < MIN_LENGTH && corrections.isEmpty() || word.length() > Suggestions.MAX_LENGTH) {
            return null;
        }
        List<Suggestions.Candidate> shared = corrections.isEmpty() ? sharedCandidates(lower)
                : corrections.stream().map(c -> new Suggestions.Candidate(c, 1, frequency(c))).toList();
        if (corrections.isEmpty() && learnt(lower, deck, shared)) {
            return null;
        }
        List<Suggestions.Candidate> candidates = corrections.isEmpty() ? withLocalWords(lower, shared) : shared;
        if (corrections.size() == 1 && !nameLike) {
            return new Verdict(Confidence.SURE, List.of(matchCase(corrections.get(0), word)), false);
        }
        if (word.length() < MIN_LENGTH || isInflected(lower)) {
            return null;
        }
        if (shape == Shape.LOWER) {
            candidates = Stream.concat(candidates.stream(),
                    sharedSplits(lower).stream()).toList();
        }
        List<Suggestions.Candidate> plausible = candidates.stream()
                .filter(c -> likelyTypo(lower, c, nameLike) || !corrections.isEmpty() && knownFrequency(c.word()) >= 60)
                .toList();
        if (plausible.isEmpty()) {
            return null;
        }
        List<String> suggestions = Stream.concat(plausible.stream(), candidates.stream()).distinct()
                .limit(MAX_SUGGESTIONS).map(c -> matchCase(c.word(), word)).toList();
        return new Verdict(Confidence.LIKELY, suggestions, false);
    }

    /**
     * Whether a word is likely a typo of a candidate, by how common the candidate is and how name-like the
     * word is. The shorter the word, the more common its neighbour must be: short names have neighbours by
     * chance. A name-like word is a typo only of a word its workspace uses, or when it is long.
     */
    private boolean likelyTypo(String lower, Suggestions.Candidate candidate, boolean nameLike) {
        if (nameLike) {
            return lower.length() >= LONG && candidate.distance() == 1
                    || workspace.uses(candidate.word()) >= WORKSPACE_USES && knownFrequency(candidate.word()) >= 50;
        }
        if (candidate.distance() == 2) {
            // a longer word that shares all but the candidate's last letter is a derived form
            // ("preparational" from "preparations"), not a typo
            String stem = candidate.word().substring(0, candidate.word().length() - 1);
            return candidate.frequency() >= 50 && !lower.startsWith(stem);
        }
        int needed = switch (lower.length()) {
            case 4 -> 80;
            case 5 -> 60;
            case 6 -> 40;
            default -> 10;
        };
        // an extra first letter is a rare typo but a common way to name tools (cadvisor, kubeadm)
        boolean extraFirstLetter = lower.substring(1).equals(candidate.word());
        return candidate.frequency() >= (extraFirstLetter ? 80 : needed);
    }

    /**
     * Whether the dictionary, the technical vocabulary or the user's words know the word as written, or it is
     * a plural the dictionary lacks of a word it has: what a series' own vocabulary is learnt against.
     */
    public boolean knows(String word) {
        return isKnown(word) || isInflected(word.toLowerCase(Locale.ROOT));
    }

    private boolean isKnown(String word) {
        return isSharedKnown(word) || !userWords.isEmpty() && isKnown(word, this::isVocabulary);
    }

    /** Whether the dictionary or the technical vocabulary knows a word as written. */
    private boolean isSharedKnown(String word) {
        Boolean shared = SHARED_KNOWN.get(word);
        if (shared == null) {
            shared = isKnown(word, technical::containsKey);
            if (SHARED_KNOWN.size() >= MAX_SHARED_KNOWN) {
                SHARED_KNOWN.clear();
            }
            SHARED_KNOWN.put(word, shared);
        }
        return shared;
    }

    private boolean isKnown(String word, Predicate<String> vocabulary) {
        return dictionary.contains(word) || isKnownInLowerCase(word.toLowerCase(Locale.ROOT), vocabulary);
    }

    /**
     * Whether the dictionary or the technical vocabulary knows a lower-case word however it is capitalised:
     * then every spelling of it is known.
     */
    private boolean isKnownInLowerCase(String lower) {
        return isKnownInLowerCase(lower, technical::containsKey);
    }

    private boolean isKnownInLowerCase(String lower, Predicate<String> vocabulary) {
        if (dictionary.spelling(lower) != null || vocabulary.test(lower)) {
            return true;
        }
        // plurals of names and terms: "hyperscalers", "PRs"
        return lower.endsWith("s") && vocabulary.test(lower.substring(0, lower.length() - 1));
    }

    /** A plural the dictionary lacks of a word it has ("learnings", "integrators"). */
    private boolean isInflected(String lower) {
        return lower.endsWith("s") && dictionary.spelling(lower.substring(0, lower.length() - 1)) != null;
    }

    private boolean isVocabulary(String lower) {
        return technical.containsKey(lower) || userWords.contains(lower);
    }

    /**
     * A word the deck uses as a section name, or on so many different lines of the deck or its workspace that
     * it must be a name or term; unless the workspace uses a word of the dictionary or the vocabulary one edit
     * away ten times as often: then it is that word's typo. Never asked of a known misspelling: a typo repeated
     * (in a heading, across weekly decks) is still a typo.
     */
    private boolean learnt(String lower, DeckWords deck, List<Suggestions.Candidate> candidates) {
        Set<Integer> lines = deck.lines.get(lower);
        boolean used = (lines != null && lines.size() >= LEARNT_LINES) || workspace.lines(lower) >= LEARNT_LINES
                || deck.sectionNames.contains(lower);
        if (!used) {
            return false;
        }
        int uses = Math.max(workspace.uses(lower), lines == null ? 0 : lines.size());
        return candidates.stream().noneMatch(c -> c.distance() == 1 && workspace.uses(c.word()) >= 20
                && workspace.uses(c.word()) >= 10 * uses);
    }

    /**
     * The candidates for a word from the dictionary and the technical vocabulary, ranked. They are the same
     * in every run, so they are kept for the process (a language server checks the same words again and
     * again); {@link #withLocalWords} adds the user's and the workspace's words one edit away.
     */
    private List<Suggestions.Candidate> sharedCandidates(String lower) {
        List<Suggestions.Candidate> shared = SHARED_CANDIDATES.get(lower);
        if (shared == null) {
            if (SHARED_CANDIDATES.size() > MAX_SHARED_CANDIDATES) {
                SHARED_CANDIDATES.clear();
            }
            shared = Suggestions.of(lower, this::sharedFrequency, true);
            SHARED_CANDIDATES.put(lower, shared);
            sharedCandidatesChanged = true;
        }
        return shared;
    }

    /**
     * Starts this process with the candidates an earlier run computed (they depend only on the dictionary and
     * the technical vocabulary, which the cache's stamp pins), so a command-line run computes them only for words it has not seen.
     */
    public static void readCandidates(VocabularyCache cache) {
        Map<String, List<Suggestions.Candidate>> cached = cache.loadCandidates();
        if (cached.size() <= MAX_SHARED_CANDIDATES) {
            cached.forEach(SHARED_CANDIDATES::putIfAbsent);
        }
    }

    /** Keeps the candidates computed so far for the next run, when there are new ones. */
    public static void writeCandidates(VocabularyCache cache) {
        if (sharedCandidatesChanged) {
            cache.saveCandidates(Map.copyOf(SHARED_CANDIDATES));
            sharedCandidatesChanged = false;
        }
    }

    private List<Suggestions.Candidate> withLocalWords(String lower, List<Suggestions.Candidate> shared) {
        if (userWords.isEmpty() && workspace == WorkspaceWords.NONE) {
            return shared;
        }
        Map<String, Suggestions.Candidate> all = new HashMap<>();
        for (Suggestions.Candidate c : shared) {
            all.put(c.word(), new Suggestions.Candidate(c.word(), c.distance(), frequency(c.word())));
        }
        for (String neighbour : workspace.neighbours(lower)) {
            if (dictionary.corrections(neighbour).isPresent()) {
                continue; // a misspelling the workspace repeats is no word to suggest
            }
            all.putIfAbsent(neighbour, new Suggestions.Candidate(neighbour, 1, frequency(neighbour)));
        }
        if (!userWords.isEmpty()) {
            for (Suggestions.Candidate c : Suggestions.of(lower, this::userFrequency, false)) {
                all.putIfAbsent(c.word(), new Suggestions.Candidate(c.word(), c.distance(), frequency(c.word())));
            }
        }
        return Suggestions.ranked(all.values());
    }

    private List<Suggestions.Candidate> sharedSplits(String lower) {
        if (SHARED_SPLITS.size() > MAX_SHARED_CANDIDATES) {
            SHARED_SPLITS.clear();
        }
        return SHARED_SPLITS.computeIfAbsent(lower, w -> RunTogether.split(w, this::sharedFrequency));
    }

    /** How common a word of the dictionary or the technical vocabulary is, the same in every run. */
    private int sharedFrequency(String lower) {
        String spelling = dictionary.spelling(lower);
        int best = spelling == null ? -1 : dictionary.frequency(spelling);
        return technical.containsKey(lower) ? Math.max(best, TECHNICAL) : best;
    }

    /** A word of the user's (-1 for others), as common as {@link #frequency} says. */
    private int userFrequency(String lower) {
        return userWords.contains(lower) ? frequency(lower) : -1;
    }

    /** How common a word of the dictionary or the vocabulary is (a frequency class), or -1. */
    private int knownFrequency(String lower) {
        String spelling = dictionary.spelling(lower);
        int best = spelling == null ? -1 : dictionary.frequency(spelling);
        return isVocabulary(lower) ? Math.max(best, TECHNICAL) : best;
    }

    /**
     * How common a candidate is (a frequency class), or -1 when it is not a word to suggest. A word the
     * workspace uses on several lines counts as common as its uses make it.
     */
    private int frequency(String lower) {
        int best = knownFrequency(lower);
        if (workspace.lines(lower) >= 2) {
            int uses = workspace.uses(lower);
            best = Math.max(best, 50 + 8 * (31 - Integer.numberOfLeadingZeros(Math.max(1, uses))));
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

    /** Words without a vowel are abbreviations and tool names (mgmt, kubectl's cousins), not misspelt words. */
    private static boolean hasVowel(String word) {
        for (int i = 0; i < word.length(); i++) {
            if ("aeiouyAEIOUY".indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
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
