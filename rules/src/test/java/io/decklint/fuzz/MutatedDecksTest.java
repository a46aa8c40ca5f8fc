package io.decklint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lints and fixes thousands of damaged decks made from the test decks, and checks what must hold for any deck
 * (see {@link DeckInvariants}). The run is the same for the same seed; a longer one locally:
 * {@code mvn -B -pl rules test -Dtest=MutatedDecksTest -Ddecklint.fuzz.count=100000 -Ddecklint.fuzz.seed=7}.
 * A failure prints the seed, the deck's number and the deck shrunk to the lines that still fail.
 */
class MutatedDecksTest {
    private static final long SEED = Long.getLong("decklint.fuzz.seed", 20_261_207L);
    private static final int COUNT = Integer.getInteger("decklint.fuzz.count", 10_000);
    /** Far beyond what any deck takes (a few milliseconds): a deck over this hangs the engine. */
    private static final long HANG_SECONDS = Long.getLong("decklint.fuzz.hangSeconds", 30);
    private static final Path RESOURCES = Path.of("src/test/resources");
    /**
     * Inputs kept small in the build: huge markup lines only cost time (seconds a deck), and would slow the
     * build's 10,000 decks. A longer run takes them all with {@code -Ddecklint.fuzz.heldBack=} (empty: none).
     */
    private static final Set<DeckMutator.KnownCrash> HELD_BACK = heldBack(System.getProperty(
            "decklint.fuzz.heldBack", "HUGE_MARKUP_LINES"));

    private final DeckInvariants invariants = new DeckInvariants(new Decklint());
    private ExecutorService worker = newWorker();

    @Test
    void damagedDecksNeitherCrashNorHangAndFixOnlyWhatTheyReport() throws Exception {
        DeckMutator mutator = new DeckMutator(seedDecks(), HELD_BACK);
        System.out.printf("decklint fuzz: seed %d, %d decks, held back %s (-Ddecklint.fuzz.seed, "
                + "-Ddecklint.fuzz.count, -Ddecklint.fuzz.heldBack)%n", SEED, COUNT, HELD_BACK);
        Map<String, Failure> failures = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (int i = 0; i < COUNT; i++) {
            String deck = mutator.deck(new Random(SEED * 1_000_003L + i));
            long deckStarted = System.nanoTime();
            Optional<DeckInvariants.Violation> violation = checkGuarded(deck);
            long millis = (System.nanoTime() - deckStarted) / 1_000_000;
            if (millis > 2_000) {
                System.out.printf("decklint fuzz: deck %d took %d ms%n", i, millis);
            }
            if ((i + 1) % 1_000 == 0) {
                System.out.printf("decklint fuzz: %d decks in %.0f s, failures so far: %s%n", i + 1,
                        (System.nanoTime() - started) / 1e9, failures.keySet());
            }
            if (violation.isPresent()) {
                failures.putIfAbsent(violation.get().kind(), new Failure(i, deck, violation.get()));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("decklint fuzz: %d decks in %.1f s (%.0f decks/s), %d kinds of failure%n", COUNT, seconds,
                COUNT / seconds, failures.size());
        List<String> reports = new ArrayList<>();
        for (Failure failure : failures.values()) {
            String report = shrunk(failure).report();
            System.out.println("decklint fuzz: seed " + SEED + ", " + report);
            reports.add(report);
        }
        worker.shutdownNow();
        assertThat(reports).as("seed %d", SEED).isEmpty();
    }

    private record Failure(int index, String deck, DeckInvariants.Violation violation) {
        String report() {
            return "deck " + index + ": " + violation.kind() + "\n  " + violation.detail() + "\n  deck ("
                    + deck.length() + " chars): " + escaped(deck);
        }
    }

    private Failure shrunk(Failure failure) throws InterruptedException {
        if (failure.violation().kind().startsWith("hang")) {
            return failure;
        }
        String small = LineShrinker.shrink(failure.deck(), d -> sameKind(d, failure.violation()), 400);
        return new Failure(failure.index(), small, checkGuarded(small).orElse(failure.violation()));
    }

    private boolean sameKind(String deck, DeckInvariants.Violation violation) {
        try {
            return checkGuarded(deck).filter(v -> v.kind().equals(violation.kind())).isPresent();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Checks a deck on a worker thread, so that a deck that hangs the engine is reported, not waited for. */
    private Optional<DeckInvariants.Violation> checkGuarded(String deck) throws InterruptedException {
        Future<Optional<DeckInvariants.Violation>> result = worker.submit(() -> invariants.check(deck));
        try {
            return result.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the hung thread is a daemon, left behind
            return Optional.of(new DeckInvariants.Violation("hang", "no answer within " + HANG_SECONDS + " s"));
        } catch (ExecutionException e) {
            return Optional.of(new DeckInvariants.Violation("error " + e.getCause().getClass().getSimpleName(),
                    String.valueOf(e.getCause())));
        }
    }

    private static Set<DeckMutator.KnownCrash> heldBack(String names) {
        Set<DeckMutator.KnownCrash> held = EnumSet.noneOf(DeckMutator.KnownCrash.class);
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                held.add(DeckMutator.KnownCrash.valueOf(name.strip()));
            }
        }
        return held;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzzed-deck");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static List<String> seedDecks() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<String> decks = files.filter(p -> p.toString().endsWith(".md")).sorted().map(MutatedDecksTest::read)
                    .toList();
            assertThat(decks).hasSizeGreaterThan(50);
            return decks;
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deck as a Java string literal, so line breaks, NULs and lone surrogates can be seen and pasted. */
    static String escaped(String deck) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : deck.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
