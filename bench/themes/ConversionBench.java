import io.decklint.Decklint;
import io.decklint.config.Configuration;
import io.decklint.deck.Deck;
import io.decklint.text.UnifiedDiff;
import io.decklint.theme.Theme;
import io.decklint.theme.ThemeConverter;
import io.decklint.theme.Themes;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * What converting a deck to a theme costs, beside what an editor already pays for the same deck: parsing it and
 * linting it with its configuration. CPU time of this thread per deck (the machine is shared, so wall time says
 * more about the neighbours), median of RUNS runs of PASSES passes over all decks, after WARMUP rounds so the
 * JIT has compiled the hot paths. Also the largest deck alone, since a conversion looks at the whole deck.
 * Run with the CLI jar on the class path: java -cp cli/target/decklint.jar bench/themes/ConversionBench.java DECK...
 */
public final class ConversionBench {
    private static final int WARMUP = 2;
    private static final int RUNS = 11;
    private static final int PASSES = 3;

    record Input(Path path, String text, Deck deck, Configuration configuration) {}

    public static void main(String[] args) throws Exception {
        Decklint decklint = new Decklint();
        List<Input> all = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            all.add(new Input(path, text, Deck.parse(text), decklint.configurations().forDeck(path)));
        }
        Input largest = all.stream().max(Comparator.comparingInt(i -> i.text().length())).orElseThrow();
        System.out.printf("%d decks, %d characters; largest %s (%d slides, %d characters)%n", all.size(),
                all.stream().mapToInt(i -> i.text().length()).sum(), largest.path().getFileName(),
                largest.deck().slides().size(), largest.text().length());
        report("all decks, per deck", decklint, all);
        report("largest deck", decklint, List.of(largest));
    }

    private static void report(String title, Decklint decklint, List<Input> decks) {
        Theme theme = Themes.builtIn().require("scs-2024");
        ThemeConverter converter = ThemeConverter.withBuiltInThemes();
        List<String> converted = decks.stream().map(i -> converter.convert(i.deck(), theme).apply(i.text())).toList();
        String[] names = {"parse", "lint (its configuration)", "which theme (themes)", "convert to scs-2024",
            "convert + apply + diff"};
        IntConsumer[] work = {
            i -> Deck.parse(decks.get(i).text()),
            i -> decklint.lint(decks.get(i).deck(), decks.get(i).path(), decks.get(i).configuration()),
            i -> converter.likeness(decks.get(i).deck()),
            i -> converter.convert(decks.get(i).deck(), theme),
            i -> UnifiedDiff.of("a", "b", decks.get(i).text(),
                    converter.convert(decks.get(i).deck(), theme).apply(decks.get(i).text())),
        };
        double[] medians = new double[names.length];
        for (int round = 0; round <= WARMUP; round++) {
            for (int k = 0; k < names.length; k++) {
                medians[k] = median(decks.size(), work[k]);
            }
        }
        System.out.printf("%s: CPU time, median of %d runs of %d passes%n", title, RUNS, PASSES);
        for (int k = 0; k < names.length; k++) {
            System.out.printf("  %-26s %9.1f us  %5.2fx lint%n", names[k], medians[k], medians[k] / medians[1]);
        }
        System.out.printf("  (%d of %d decks change)%n", countChanged(decks, converted), decks.size());
    }

    private static long countChanged(List<Input> decks, List<String> converted) {
        long changed = 0;
        for (int i = 0; i < decks.size(); i++) {
            changed += decks.get(i).text().equals(converted.get(i)) ? 0 : 1;
        }
        return changed;
    }

    /** Microseconds of CPU time per deck. */
    private static double median(int decks, IntConsumer work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < PASSES; pass++) {
                for (int i = 0; i < decks; i++) {
                    work.accept(i);
                }
            }
            times[run] = threads.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(times);
        return times[RUNS / 2] / 1000.0 / PASSES / decks;
    }
}
