import io.decklint.deck.Deck;
import io.decklint.deck.DeckParser;
import io.decklint.deck.Slide;
import io.decklint.render.DeckRenderer;
import io.decklint.render.RenderOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Warm, in-process render times, run by bench/render/run with decklint's jar on the class path:
 *
 * <pre>java -cp cli/target/decklint.jar bench/render/RenderBench.java make-deck CORPUS OUT.md
 * java -cp cli/target/decklint.jar bench/render/RenderBench.java warm DECK...</pre>
 *
 * {@code make-deck} builds a 300-slide deck from the corpus decks whose licences allow changes (their slides,
 * in order). {@code warm} prints, per deck, the median of parse + render after the JIT has warmed up: "full"
 * with a fresh parser and renderer each time (every slide parsed and rendered), "edit" with one caching parser
 * and renderer while one slide changes between renders, as in the preview while someone types.
 */
public class RenderBench {
    private static final int SLIDES = 300;
    private static final List<String> LICENCES = List.of("CC-BY-4.0", "CC-BY-SA-4.0", "MIT", "CC0-1.0", "Unlicense");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("make-deck")) {
            makeDeck(Path.of(args[1]), Path.of(args[2]));
        } else {
            for (int i = 1; i < args.length; i++) {
                warm(Path.of(args[i]));
            }
        }
    }

    static void makeDeck(Path corpus, Path out) throws Exception {
        List<String> slides = new ArrayList<>();
        for (String row : Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8)) {
            String[] columns = row.split("\t");
            if (columns.length < 7 || !columns[6].startsWith("hedgedoc")
                    || LICENCES.stream().noneMatch(columns[4]::startsWith)) {
                continue;
            }
            Deck deck = Deck.parse(Files.readString(corpus.resolve(columns[0]), StandardCharsets.UTF_8));
            for (Slide slide : deck.slides()) {
                if (slides.size() < SLIDES && !slide.text().isBlank()) {
                    slides.add(slide.text().strip());
                }
            }
        }
        if (slides.size() < SLIDES) {
            throw new IllegalStateException("only " + slides.size() + " slides in decks that allow changes");
        }
        String deck = "---\ntitle: 300 slides from the corpus\ntype: slide\nslideOptions:\n  theme: white\n---\n\n"
                + String.join("\n\n---\n\n", slides) + "\n";
        Files.writeString(out, deck, StandardCharsets.UTF_8);
        System.out.println(out + ": " + Deck.parse(deck).slides().size() + " slides");
    }

    static void warm(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // an edit on the last slide: the text before it, and so every other slide, stays the same
        String[] versions = {text, text + "\nOne more line.\n"};
        RenderOptions options = RenderOptions.standalone();
        long until = System.nanoTime() + 8_000_000_000L;
        while (System.nanoTime() < until) {
            new DeckRenderer().render(Deck.parse(text), options);
        }
        double[] full = time(40, i -> new DeckRenderer().render(Deck.parse(text), options));
        DeckParser parser = new DeckParser(4096);
        DeckRenderer renderer = new DeckRenderer();
        double[] edit = time(200, i -> renderer.render(parser.parse(versions[i % 2]), options));
        System.out.printf(Locale.ROOT, "%s\t%d\t%.2f\t%.2f%n", file.getFileName(), Deck.parse(text).slides().size(),
                median(full), median(edit));
    }

    interface Run {
        void run(int iteration) throws Exception;
    }

    static double[] time(int times, Run run) throws Exception {
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            run.run(i);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
