import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One of the dictionaries decklint did not choose: Lucene's pure-Java Hunspell reading dictionary-en. Prints
 * its load time and the time of two suggestions (see run-alternatives.sh).
 */
public class LuceneHunspell {
    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Dictionary dictionary;
        try (InputStream aff = Files.newInputStream(Path.of(args[0], "index.aff"));
                InputStream dic = Files.newInputStream(Path.of(args[0], "index.dic"))) {
            dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic);
        }
        Hunspell hunspell = new Hunspell(dictionary);
        System.out.printf("lucene-hunspell load: %.1f ms wall, %.1f ms CPU%n", (System.nanoTime() - t0) / 1e6,
                (cpu.getCurrentThreadCpuTime() - c0) / 1e6);
        for (String word : new String[] {"Clouad", "improvments"}) {
            long c = cpu.getCurrentThreadCpuTime();
            var suggestions = hunspell.suggest(word);
            System.out.printf("lucene-hunspell suggest %s -> %s: %.1f ms CPU%n", word, suggestions,
                    (cpu.getCurrentThreadCpuTime() - c) / 1e6);
        }
    }
}
