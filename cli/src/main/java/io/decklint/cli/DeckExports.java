package io.decklint.cli;

import io.decklint.cli.preview.PreviewPage;
import io.decklint.cli.preview.PreviewServer;
import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.export.BrowserFinder;
import io.decklint.export.DeckExporter;
import io.decklint.export.ExportException;
import io.decklint.export.HeadlessBrowser;
import io.decklint.render.DeckRenderer;
import io.decklint.render.RenderOptions;
import io.decklint.render.RenderedDeck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code render --pdf/--png}: the deck's page served on 127.0.0.1 by the preview's server (so images next to the
 * deck show) and exported by {@link DeckExporter} through the browser {@link BrowserFinder} finds.
 */
final class DeckExports implements AutoCloseable {
    /** One export, browser start included; a hung page or browser ends with an error, not a hang. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Path deck;
    private final Path pdf;
    private final Path png;
    private final AtomicReference<PreviewPage> page = new AtomicReference<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(DaemonThreads.named("decklint-browser"));
    private final PreviewServer server;
    private final DeckExporter exporter;

    /** Finds the browser first, so that a missing one is said before anything is written. */
    DeckExports(Path deck, Path pdf, Path png, PrintWriter err) throws IOException {
        this.deck = deck;
        this.pdf = pdf;
        this.png = png;
        Path browser = BrowserFinder.ofThisMachine().find();
        if (HeadlessBrowser.runsWithoutSandbox()) {
            err.println("decklint: remote pictures are left out: the browser runs as root without its sandbox, so it "
                    + "only loads the deck and the files next to it");
        }
        this.server = new PreviewServer(0, page::get, deck.toAbsolutePath().normalize().getParent());
        this.exporter = new DeckExporter(browser, threads, TIMEOUT);
    }

    /** Exports the deck; returns what it wrote, for the user. */
    List<String> export(Deck parsed, DeckRenderer renderer) throws IOException {
        RenderedDeck rendered = renderer.render(parsed, RenderOptions.standalone()
                .withAssetsAt("_decklint/assets/", "'self'").withTitle(deck.getFileName().toString()));
        page.set(new PreviewPage(rendered.html(), rendered.contentSecurityPolicy(), "export"));
        List<String> written = new ArrayList<>();
        if (pdf != null) {
            exporter.pdf(server.url(), pdf);
            written.add(pdf.toString());
        }
        if (png != null) {
            int images = exporter.png(server.url(), parsed.slides().stream().map(Slide::index).toList(), png).size();
            written.add(images + (images == 1 ? " image" : " images") + " in " + png);
        }
        return written;
    }

    @Override
    public void close() {
        exporter.close();
        server.close();
        threads.shutdownNow();
    }

    /** Refuses output paths that cannot work, before a browser is started. */
    static void check(Path deck, Path pdf, Path png) throws IOException {
        // the same file under another name or through a link would be replaced by the PDF too
        if (pdf != null && Files.exists(pdf) && Files.isSameFile(pdf, deck)) {
            throw new ExportException(pdf + " is the deck itself; choose another file for --pdf");
        }
        if (png != null && Files.exists(png) && !Files.isDirectory(png)) {
            throw new ExportException("--png needs a folder, and " + png + " is a file");
        }
    }
}
