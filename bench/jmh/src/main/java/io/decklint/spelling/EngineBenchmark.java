package io.decklint.spelling;

import io.decklint.Decklint;
import io.decklint.config.Configuration;
import io.decklint.deck.Deck;
import io.decklint.lint.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's hot paths, warm (what the language server pays on each change, and the CLI once the JIT has
 * caught up): parsing a deck, linting a parsed deck with every rule and its folder's vocabulary, checking the
 * spelling of prose words, and computing suggestions for a word the dictionary lacks. In this package to reach
 * {@link Suggestions}. The decks are the ones bench/run.sh generates (bench/jmh/run.sh passes their paths).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {
    static final int WORDS = 1000;

    /** A deck file; its folder is its workspace. */
    @Param({"bench/work/repo/decks/03/deck-0342.md", "bench/work/repo/big/deck-300-slides.md"})
    public String deck;

    private Decklint decklint;
    private Path path;
    private String text;
    private Deck parsed;
    private Configuration configuration;
    private List<ProseWords.Word> words;
    private SpellingChecker checker;
    private List<String> unknown;
    private EnglishDictionary dictionary;
    private int next;

    @Setup
    public void setUp() throws IOException {
        path = Path.of(deck).toAbsolutePath();
        text = Files.readString(path, StandardCharsets.UTF_8);
        decklint = new Decklint();
        parsed = Deck.parse(text);
        configuration = decklint.configurations().forDeck(path);
        decklint.lint(parsed, path, configuration); // builds the folder's vocabulary once
        List<ProseWords.Word> prose = ProseWords.of(parsed);
        words = new ArrayList<>(WORDS);
        for (int i = 0; words.size() < WORDS; i++) {
            words.add(prose.get(i % prose.size()));
        }
        checker = new SpellingChecker(List.of(), decklint.workspaces().forDeck(path, configuration));
        dictionary = EnglishDictionary.get();
        unknown = new ArrayList<>();
        for (ProseWords.Word word : prose) {
            String lower = word.text().toLowerCase(Locale.ROOT);
            if (!dictionary.containsIgnoringCase(lower) && !unknown.contains(lower)) {
                unknown.add(lower);
            }
        }
        if (unknown.isEmpty()) {
            throw new IllegalStateException(deck + " has no word the dictionary lacks");
        }
    }

    @Benchmark
    public Deck parse() {
        return Deck.parse(text);
    }

    @Benchmark
    public List<Diagnostic> lintParsedDeck() {
        return decklint.lint(parsed, path, configuration);
    }

    /** Per word of prose, with the checker's caches warm (as on a deck seen before). */
    @Benchmark
    @OperationsPerInvocation(WORDS)
    public List<SpellingChecker.Finding> spellingPerWord() {
        return checker.check(words);
    }

    /** Per word the dictionary lacks (the deck's, in turn): every edit looked up, no cache. */
    @Benchmark
    public List<Suggestions.Candidate> suggestionsPerUnknownWord() {
        next = (next + 1) % unknown.size();
        return Suggestions.of(unknown.get(next), this::frequency, true);
    }

    private int frequency(String lower) {
        String spelling = dictionary.spelling(lower);
        return spelling == null ? -1 : dictionary.frequency(spelling);
    }
}
