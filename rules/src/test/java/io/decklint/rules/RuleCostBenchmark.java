package io.decklint.rules;

import io.decklint.config.Configurations;
import io.decklint.deck.Deck;
import io.decklint.lint.LintEnvironment;
import io.decklint.lint.LintSettings;
import io.decklint.lint.Linter;
import io.decklint.lint.Rule;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What each rule costs per deck once the decks are parsed, as an editor re-linting on every change pays it:
 * the median of 15 timed runs over every deck in a folder, after warm-up, in CPU time of this thread (the
 * machine is shared, so wall time says more about the neighbours). Not a test; see BENCHMARKS.md for the
 * command.
 */
public final class RuleCostBenchmark {
    private static final int RUNS = 15;
    private static final int PASSES_PER_RUN = 20;

    private RuleCostBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Deck> decks = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("ATTRIBUTION.md")).sorted()
                    .toList()) {
                decks.add(Deck.parse(Files.readString(file)));
            }
        }
        Configurations configurations = new Configurations(BuiltInRules.all());
        List<LintSettings> settings = decks.stream().map(d -> configurations.defaults().settingsFor(null, d)).toList();
        System.out.printf("%d decks; CPU time per deck, median of %d runs%n", decks.size(), RUNS);
        List<List<Rule>> ruleSets = new ArrayList<>();
        ruleSets.add(BuiltInRules.all());
        BuiltInRules.all().forEach(rule -> ruleSets.add(List.of(rule)));
        for (int round = 0; round < 3; round++) {
            boolean report = round == 2;
            for (List<Rule> rules : ruleSets) {
                double micros = median(new Linter(rules), decks, settings);
                if (report) {
                    String name = rules.size() == 1 ? rules.get(0).meta().id() : "all " + rules.size() + " rules";
                    System.out.printf("  %-20s %8.1f us%n", name, micros);
                }
            }
        }
    }

    private static double median(Linter linter, List<Deck> decks, List<LintSettings> settings) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < PASSES_PER_RUN; pass++) {
                for (int i = 0; i < decks.size(); i++) {
                    linter.lint(decks.get(i), settings.get(i), LintEnvironment.NONE);
                }
            }
            times[run] = threads.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(times);
        return times[RUNS / 2] / 1000.0 / PASSES_PER_RUN / decks.size();
    }
}
