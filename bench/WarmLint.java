import io.decklint.Decklint;
import io.decklint.config.Configuration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Warm, in-process lint time: reads the decks once, lints them all RUNS times after WARMUP passes (so the
 * JIT has compiled the hot paths), and prints the median pass in milliseconds. Run with the CLI jar on the
 * class path: java -cp cli/target/decklint.jar bench/WarmLint.java FILE...
 */
public class WarmLint {
    private static final int WARMUP = 20;
    private static final int RUNS = 30;

    public static void main(String[] args) throws Exception {
        Decklint decklint = new Decklint();
        List<Path> paths = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String arg : args) {
            paths.add(Path.of(arg));
            texts.add(Files.readString(Path.of(arg), StandardCharsets.UTF_8));
        }
        long[] times = new long[RUNS];
        int findings = 0;
        for (int run = -WARMUP; run < RUNS; run++) {
            long start = System.nanoTime();
            findings = 0;
            for (int i = 0; i < paths.size(); i++) {
                Configuration configuration = decklint.configurations().forDeck(paths.get(i));
                findings += decklint.lint(texts.get(i), paths.get(i), configuration).size();
            }
            if (run >= 0) {
                times[run] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        System.out.printf("%d decks, %d findings, median %.2f ms per pass (min %.2f, max %.2f, %d passes)%n",
                paths.size(), findings, times[RUNS / 2] / 1e6, times[0] / 1e6, times[RUNS - 1] / 1e6, RUNS);
    }
}
