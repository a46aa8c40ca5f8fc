package io.decklint.cli;

import com.google.gson.GsonBuilder;
import io.decklint.cli.preview.DeckWatcher;
import io.decklint.deck.Deck;
import io.decklint.deck.DeckParser;
import io.decklint.files.AtomicFile;
import io.decklint.render.DeckRenderer;
import io.decklint.render.RenderOptions;
import io.decklint.render.RenderedDeck;
import io.decklint.render.RevealAssets;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code decklint render}: a deck as one reveal.js HTML page, the way HedgeDoc's slide mode shows it. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders a deck to a reveal.js HTML page as HedgeDoc's slide mode shows it.",
            "The page works offline: reveal.js is inside it (or beside it with --assets).",
            "--pdf and --png export the slides through a headless Chromium, Chrome or Edge."})
final class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DECK", description = "The deck to render.")
    Path deck;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the page ('-' for standard output; default: the deck's name with .html, "
                    + "and no page when --pdf or --png is given).")
    Path output;

    @Option(names = "--assets", paramLabel = "DIR",
            description = "Copy reveal.js into DIR and link it from the page instead of inlining it.")
    Path assets;

    @Option(names = "--slide-map", paramLabel = "FILE",
            description = "Also write each slide's reveal.js index and source lines as JSON "
                    + "([{\"h\":0,\"v\":0,\"startLine\":0,\"endLine\":12}, ...], lines zero-based).")
    Path slideMap;

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "Export a PDF, one page per slide (vertical slides included), as HedgeDoc's ?print-pdf "
                    + "prints it.")
    Path pdf;

    @Option(names = "--png", paramLabel = "DIR",
            description = "Export one PNG per slide into DIR, named by slide number so they sort in order "
                    + "(slide-01.png, slide-02.1.png, ...).")
    Path png;

    @Option(names = {"-w", "--watch"},
            description = "Render (and export) again whenever the deck is saved, until Ctrl+C.")
    boolean watch;

    /** Both remember the slides they saw last: a save re-reads and re-renders only the slides that changed. */
    private final DeckParser parser = new DeckParser(4096);
    private final DeckRenderer renderer = new DeckRenderer();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, DeckFile.Unreadable {
        PrintWriter err = spec.commandLine().getErr();
        String text = DeckFile.require(deck);
        boolean exporting = pdf != null || png != null;
        boolean toStdout = output != null && output.toString().equals("-");
        Path page = output != null ? output : exporting ? null : defaultOutput(deck);
        if (page != null && !toStdout && Files.exists(page) && Files.isSameFile(page, deck)) {
            err.println("decklint: " + page + " is the deck itself; choose another file with -o");
            return Main.EXIT_TROUBLE;
        }
        if (assets != null && (page == null || toStdout)) {
            err.println("decklint: --assets needs a page file to link from; use -o FILE");
            return Main.EXIT_TROUBLE;
        }
        if (watch && toStdout) {
            err.println("decklint: --watch writes files; use -o FILE instead of -o -");
            return Main.EXIT_TROUBLE;
        }
        DeckExports.check(deck, pdf, png);
        // the watcher first: the exports' page server keeps the process alive until it is closed
        DeckWatcher watcher = watch ? new DeckWatcher(deck) : null;
        DeckExports exports;
        try {
            exports = exporting ? new DeckExports(deck, pdf, png, err) : null;
        } catch (IOException | RuntimeException e) {
            closeQuietly(watcher);
            throw e;
        }
        // Ctrl+C: the browser of an export under way is stopped and its profile removed; watching ends
        Thread stop = new Thread(() -> {
            closeQuietly(watcher);
            if (exports != null) {
                exports.close();
            }
        }, "decklint-render-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            List<String> written = render(text, page, toStdout, exports);
            if (watch) {
                report(err, written);
                err.println("decklint: watching " + deck + "; it is rendered again when saved. Press Ctrl+C to stop");
                err.flush();
                watchForSaves(watcher, page, exports, err);
            }
        } finally {
            stop.run();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // Ctrl+C: the JVM is ending and runs the hook itself
            }
        }
        return 0;
    }

    private void watchForSaves(DeckWatcher watcher, Path page, DeckExports exports, PrintWriter err) {
        try {
            while (watcher.awaitChange()) {
                try {
                    report(err, render(DeckFile.read(deck), page, false, exports));
                } catch (DeckFile.Unreadable e) {
                    err.println("decklint: " + deck + ": " + e.getMessage() + " (kept the last output)");
                } catch (IOException e) {
                    err.println("decklint: " + Failures.describe(e) + " (kept the last output)");
                }
                err.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void report(PrintWriter err, List<String> written) {
        err.println("decklint: " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " wrote "
                + String.join(", ", written));
    }

    /** Renders the page and the exports asked for; returns what was written. */
    private List<String> render(String text, Path page, boolean toStdout, DeckExports exports) throws IOException {
        Deck parsed = parser.parse(text);
        List<String> written = new ArrayList<>();
        if (page != null) {
            RenderOptions options = RenderOptions.standalone().withTitle(deck.getFileName().toString());
            if (assets != null) {
                options = options.withAssetsAt(relativeUrl(page.toAbsolutePath().normalize().getParent(), assets),
                        null);
            }
            RenderedDeck rendered = renderer.render(parsed, options);
            if (assets != null) {
                copyAssets(rendered);
            }
            if (toStdout) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(rendered.html());
                out.flush();
            } else {
                AtomicFile.write(page, rendered.html());
                written.add(page.toString());
            }
            if (slideMap != null) {
                AtomicFile.write(slideMap, new GsonBuilder().create().toJson(rendered.slides()) + "\n");
                written.add(slideMap.toString());
            }
        }
        if (exports != null) {
            written.addAll(exports.export(parsed, renderer));
        }
        return written;
    }

    private static void closeQuietly(DeckWatcher watcher) {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // closing only ends the wait
            }
        }
    }

    private static Path defaultOutput(Path deck) {
        String name = deck.getFileName().toString();
        boolean markdown = name.toLowerCase(Locale.ROOT).endsWith(".md");
        String base = markdown ? name.substring(0, name.length() - 3) : name;
        return deck.resolveSibling(base + ".html");
    }

    private void copyAssets(RenderedDeck rendered) throws IOException {
        List<String> files = new ArrayList<>(rendered.assets());
        files.add(RevealAssets.LICENSE);
        for (String file : files) {
            Path target = assets.resolve(file);
            Files.createDirectories(target.getParent());
            AtomicFile.write(target, RevealAssets.text(file));
        }
    }

    /** The assets folder as a URL relative to the page's folder, with '/' and each segment escaped. */
    static String relativeUrl(Path pageFolder, Path assetFolder) {
        Path relative = pageFolder.toAbsolutePath().normalize().relativize(assetFolder.toAbsolutePath().normalize());
        StringBuilder url = new StringBuilder("./");
        for (Path segment : relative) {
            if (!segment.toString().isEmpty()) {
                url.append(URLEncoder.encode(segment.toString(), StandardCharsets.UTF_8).replace("+", "%20"))
                        .append('/');
            }
        }
        return url.toString();
    }
}
