import io.decklint.deck.Deck;
import io.decklint.lint.DeckFiles;
import io.decklint.lint.LinkChecker;
import io.decklint.lint.LintEnvironment;
import io.decklint.lint.LintSettings;
import io.decklint.lint.Linter;
import io.decklint.lint.WorkspaceWords;
import io.decklint.rules.SpellingRule;
import io.decklint.spelling.EnglishDictionary;
import io.decklint.spelling.WorkspaceVocabulary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How fast the spelling rule is. {@code load}: the time to load the English dictionary, the first thing this
 * JVM does (run it in several fresh processes). {@code check DECK...}: builds a 300-slide deck from the
 * slides of the given real decks (in memory; nothing is written), then times checking it the first time
 * and again (warm: the JIT has compiled the code, and slides and words seen before are remembered, as in an
 * editor that checks a deck after each change), with and without the vocabulary of the decks' folder, and
 * building that vocabulary. Times are medians of 31 runs, as CPU time of the checking thread (on a shared
 * machine wall time also counts waiting for a core) and as wall time.
 * Run with the CLI jar on the class path: java -cp cli/target/decklint.jar bench/spelling/SpellingSpeed.java
 */
public class SpellingSpeed {
    private static final int SLIDES = 300;
    /** CPU time of this thread: on a shared machine, wall time also counts the time spent waiting for a core. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("load")) {
            long cpu = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            EnglishDictionary.get();
            System.out.printf("%.1f/%.1f%n", (System.nanoTime() - start) / 1e6,
                    (CPU.getCurrentThreadCpuTime() - cpu) / 1e6);
            return;
        }
        List<Path> decks = Arrays.stream(args).skip(1).map(Path::of).toList();
        String text = bigDeck(decks);
        Deck deck = Deck.parse(text);
        System.out.printf("deck: %d slides, %d characters, built from %d decks%n", deck.slides().size(),
                text.length(), decks.size());

        long cpuStart = CPU.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        WorkspaceVocabulary vocabulary = WorkspaceVocabulary.of(decks.get(0).toAbsolutePath().getParent());
        double indexMs = (System.nanoTime() - start) / 1e6;
        System.out.printf("workspace vocabulary of %s: %.0f ms wall, %.0f ms CPU (cold JVM)%n",
                decks.get(0).toAbsolutePath().getParent().getFileName(), indexMs,
                (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6);

        Linter linter = new Linter(List.of(new SpellingRule()));
        time("check, no workspace", linter, deck, WorkspaceWords.NONE);
        time("check, with workspace", linter, deck, vocabulary);
        double[] parse = new double[21];
        for (int i = 0; i < parse.length; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            Deck.parse(text);
            parse[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
        }
        System.out.printf("parse the deck (for scale): median %.2f ms CPU%n", median(parse));
    }

    private static void time(String what, Linter linter, Deck deck, WorkspaceWords words) {
        LintEnvironment environment = new LintEnvironment(DeckFiles.NONE, LinkChecker.NONE, false, words);
        long firstCpu = CPU.getCurrentThreadCpuTime();
        int findings = linter.lint(deck, LintSettings.DEFAULTS, environment).size();
        System.out.printf("%s, first time in this JVM: %.1f ms CPU%n", what,
                (CPU.getCurrentThreadCpuTime() - firstCpu) / 1e6);
        for (int i = 0; i < 30; i++) {
            findings = linter.lint(deck, LintSettings.DEFAULTS, environment).size();
        }
        double[] ms = new double[31];
        double[] cpu = new double[31];
        for (int i = 0; i < ms.length; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            linter.lint(deck, LintSettings.DEFAULTS, environment);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%s: median %.2f ms wall (fastest %.2f), median %.2f ms CPU (%d findings)%n", what,
                median(ms), ms[0], median(cpu), findings);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The slides of the decks, one after another, until there are 300. */
    private static String bigDeck(List<Path> decks) throws Exception {
        List<String> slides = new ArrayList<>();
        while (slides.size() < SLIDES) {
            for (Path path : decks) {
                Deck deck = Deck.parse(Files.readString(path, StandardCharsets.UTF_8));
                for (var slide : deck.slides()) {
                    if (slides.size() < SLIDES && !slide.text().isBlank()) {
                        slides.add(slide.text().strip());
                    }
                }
            }
        }
        return "---\ntitle: Speed test\ntype: slide\n---\n\n" + String.join("\n\n---\n\n", slides) + "\n";
    }
}
