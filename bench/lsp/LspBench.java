import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.server.DecklintProtocol;
import io.decklint.server.RenderParams;
import io.decklint.server.RenderResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Measures the language server as an editor sees it: the time from sending a one-character didChange to
 * receiving publishDiagnostics for that version, on a 300-slide deck built from real decks; the round trip of
 * {@code decklint/render} (the whole reveal.js page) after such edits; and the server's heap after opening 50
 * decks. Run with bench/lsp/run.sh.
 */
public final class LspBench {
    private static final int SLIDES = 300;
    private static final int WARMUP = 1000;
    private static final int MEASURED = 1000;

    /** The server as the editor sees it: LSP and decklint's own requests. */
    interface DeckServer extends LanguageServer, DecklintProtocol {}

    /** Records when each version's diagnostics arrive. */
    static final class Client implements LanguageClient {
        final ConcurrentHashMap<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();

        CompletableFuture<Long> arrival(String uri, int version) {
            return arrivals.computeIfAbsent(uri + "#" + version, k -> new CompletableFuture<>());
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            long now = System.nanoTime();
            if (params.getVersion() != null) {
                arrival(params.getUri(), params.getVersion()).complete(now);
            }
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams messageParams) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {}
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path decks = Path.of(args[1]);
        String deck = bigDeck(decks);
        System.out.printf("deck: %d slides, %d lines, %d characters, from %s%n", Deck.parse(deck).slides().size(),
                deck.split("\n", -1).length, deck.length(), decks.resolve("corpus"));

        List<String> command = new ArrayList<>(List.of("java"));
        // As ./decklint lsp starts it; DECKLINT_SERVER_JAVA_OPTS="" measures the JVM's defaults (G1) instead.
        String options = System.getenv("DECKLINT_SERVER_JAVA_OPTS");
        if (options == null) {
            options = "-XX:+UseSerialGC";
        }
        if (!options.isBlank()) {
            command.addAll(List.of(options.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        System.out.println("server: " + String.join(" ", command));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Client client = new Client();
        Launcher<DeckServer> launcher = new Launcher.Builder<DeckServer>().setLocalService(client)
                .setRemoteInterface(DeckServer.class).setInput(process.getInputStream())
                .setOutput(process.getOutputStream()).create();
        launcher.startListening();
        DeckServer server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());

        String uri = "untitled:bench-300.md";
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "markdown", 1, deck)));
        client.arrival(uri, 1).get(60, TimeUnit.SECONDS);

        long[] latencies = edit(server, client, uri, deck, process.pid());
        Arrays.sort(latencies);
        System.out.printf("load average now: %s", Files.readString(Path.of("/proc/loadavg")));
        System.out.printf("didChange -> publishDiagnostics over %d one-character edits (after %d warm-up): "
                + "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", MEASURED, WARMUP,
                ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99),
                latencies[latencies.length - 1] / 1e6);

        renders(server, client, uri, deck);

        List<Path> real = realDecks(decks);
        int version = 1;
        for (int i = 0; i < 50; i++) {
            String text = Files.readString(real.get(i % real.size()), StandardCharsets.UTF_8);
            String openUri = "untitled:real-" + i + ".md";
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(openUri, "markdown", version, text)));
            client.arrival(openUri, version).get(60, TimeUnit.SECONDS);
        }
        System.out.printf("heap after opening 50 real decks (and the 300-slide one): %s%n", heap(process.pid()));
        for (int i = 0; i < 50; i++) {
            String openUri = "untitled:big-" + i + ".md";
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(openUri, "markdown", 1, deck.replace("# ", "# " + i + " "))));
            client.arrival(openUri, 1).get(60, TimeUnit.SECONDS);
        }
        System.out.printf("heap after opening 50 more 300-slide decks: %s%n", heap(process.pid()));
        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** One-character edits at random places: type a letter, later delete one, as someone writing would. */
    private static long[] edit(LanguageServer server, Client client, String uri, String deck, long pid)
            throws Exception {
        Random random = new Random(300);
        StringBuilder shadow = new StringBuilder(deck);
        long[] latencies = new long[MEASURED];
        int version = 1;
        long cpuBefore = 0;
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            if (i == WARMUP) {
                cpuBefore = cpuMillis(pid);
            }
            int offset = random.nextInt(shadow.length() - 1);
            while (shadow.charAt(offset) == '\n' || shadow.charAt(offset) == '\r'
                    || Character.isSurrogate(shadow.charAt(offset))) {
                offset = random.nextInt(shadow.length() - 1);
            }
            boolean delete = i % 2 == 1;
            Position at = position(shadow, offset);
            Position end = delete ? new Position(at.getLine(), at.getCharacter() + 1) : at;
            String inserted = delete ? "" : "e";
            if (delete) {
                shadow.deleteCharAt(offset);
            } else {
                shadow.insert(offset, inserted);
            }
            version++;
            CompletableFuture<Long> arrival = client.arrival(uri, version);
            long sent = System.nanoTime();
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version),
                    List.of(new TextDocumentContentChangeEvent(new Range(at, end), inserted))));
            long received = arrival.get(60, TimeUnit.SECONDS);
            if (i >= WARMUP) {
                latencies[i - WARMUP] = received - sent;
            }
        }
        System.out.printf("server CPU time: %.2f ms per edit (all its threads; independent of the machine's load)%n",
                (cpuMillis(pid) - cpuBefore) / (double) MEASURED);
        return latencies;
    }

    /**
     * {@code decklint/render} as a preview asks for it: the first request for the deck (every slide rendered),
     * then after each of a run of one-character edits (only the edited slide rendered again), request to answer.
     */
    private static void renders(DeckServer server, Client client, String uri, String deck) throws Exception {
        int version = 10_000;
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(deck))));
        client.arrival(uri, version).get(60, TimeUnit.SECONDS);
        long start = System.nanoTime();
        RenderResult first = server.render(new RenderParams(uri)).get(60, TimeUnit.SECONDS);
        System.out.printf("decklint/render, first request for the deck: %.1f ms, a page of %d characters%n",
                (System.nanoTime() - start) / 1e6, first.html().length());
        int runs = 200;
        long[] times = new long[runs];
        Random random = new Random(30);
        StringBuilder shadow = new StringBuilder(deck);
        for (int i = 0; i < 2 * runs; i++) {
            int offset = random.nextInt(shadow.length() - 1);
            while (shadow.charAt(offset) == '\n' || Character.isSurrogate(shadow.charAt(offset))) {
                offset = random.nextInt(shadow.length() - 1);
            }
            Position at = position(shadow, offset);
            shadow.insert(offset, 'e');
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, ++version),
                    List.of(new TextDocumentContentChangeEvent(new Range(at, at), "e"))));
            long sent = System.nanoTime();
            server.render(new RenderParams(uri)).get(60, TimeUnit.SECONDS);
            if (i >= runs) {
                times[i - runs] = System.nanoTime() - sent;
            }
        }
        Arrays.sort(times);
        System.out.printf("decklint/render after a one-character edit, %d requests (after %d warm-up): p50 %.2f ms, "
                + "p95 %.2f ms, max %.2f ms%n", runs, runs, ms(times, 0.50), ms(times, 0.95),
                times[times.length - 1] / 1e6);
    }

    /** The server's user and system CPU time so far, from /proc (Linux). */
    private static long cpuMillis(long pid) throws IOException {
        String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll("^.*\\) ", "").split(" ");
        long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]); // utime, stime
        return ticks * 1000 / 100; // USER_HZ is 100 on Linux
    }

    private static Position position(CharSequence text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    /** Used heap after a full collection, from jcmd (the server runs in its own process). */
    private static String heap(long pid) throws IOException, InterruptedException {
        run("jcmd", String.valueOf(pid), "GC.run");
        String info = run("jcmd", String.valueOf(pid), "GC.heap_info");
        Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        long total = 0;
        long usedK = 0;
        while (used.find()) {
            total += Long.parseLong(used.group(1));
            usedK += Long.parseLong(used.group(2));
        }
        return String.format("%.1f MB used (of %.1f MB committed)", usedK / 1024.0, total / 1024.0);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    /**
     * 300 slides taken in order from the corpus's HedgeDoc decks whose licence allows changes (SOURCES.tsv),
     * joined with separators under one front matter. Built at run time; nothing derived is stored.
     */
    private static String bigDeck(Path decks) throws IOException {
        StringBuilder out = new StringBuilder("---\ntitle: Benchmark deck\ntype: slide\n---\n");
        int slides = 0;
        for (Path source : changeable(decks)) {
            for (Slide slide : Deck.parse(Files.readString(source, StandardCharsets.UTF_8)).slides()) {
                if (slides == SLIDES) {
                    return out.toString();
                }
                out.append(slides == 0 ? "\n" : "\n\n---\n\n").append(slide.text().strip()).append('\n');
                slides++;
            }
        }
        throw new IllegalStateException("the corpus has fewer than " + SLIDES + " slides");
    }

    private static List<Path> changeable(Path decks) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String line : Files.readAllLines(decks.resolve("corpus/SOURCES.tsv"), StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t");
            if (columns.length > 6 && !columns[4].equals("license") && !columns[4].contains("ND")
                    && columns[6].startsWith("hedgedoc")) {
                out.add(decks.resolve("corpus").resolve(columns[0]));
            }
        }
        out.sort(null);
        return out;
    }

    /** Every deck of seeds/ and corpus/, opened unchanged. */
    private static List<Path> realDecks(Path decks) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String folder : List.of("seeds", "corpus")) {
            try (var files = Files.list(decks.resolve(folder))) {
                files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
