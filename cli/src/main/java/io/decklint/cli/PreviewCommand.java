package io.decklint.cli;

import io.decklint.cli.preview.DeckWatcher;
import io.decklint.cli.preview.PreviewPage;
import io.decklint.cli.preview.PreviewServer;
import io.decklint.deck.DeckParser;
import io.decklint.render.DeckRenderer;
import io.decklint.render.RenderOptions;
import io.decklint.render.RenderedDeck;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code decklint preview}: the deck in a browser, as HedgeDoc shows it, reloaded on every save. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Serves a deck on 127.0.0.1 as HedgeDoc's slide mode shows it.",
            "Open the printed address; the page reloads whenever the deck is saved and stays on its slide."})
final class PreviewCommand implements Callable<Integer> {
    private static final String LIVE_RELOAD = loadLiveReload();

    @Parameters(paramLabel = "DECK", description = "The deck to preview.")
    Path deck;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "The port to listen on (default: any free port).")
    int port;

    /** Both remember the slides they saw last: a save re-reads and re-renders only the slides that changed. */
    private final DeckParser parser = new DeckParser(4096);
    private final DeckRenderer renderer = new DeckRenderer();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException, DeckFile.Unreadable {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("decklint: --port must be between 0 and 65535");
            return Main.EXIT_TROUBLE;
        }
        AtomicReference<PreviewPage> page = new AtomicReference<>(render(DeckFile.require(deck)));
        Path folder = deck.toAbsolutePath().normalize().getParent();
        PreviewServer server;
        try {
            server = new PreviewServer(port, page::get, folder);
        } catch (BindException e) {
            err.println("decklint: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
        try (server; DeckWatcher watcher = new DeckWatcher(deck)) {
            out.println("decklint: previewing " + deck + " at " + server.url());
            out.println("decklint: the page reloads when the deck is saved; press Ctrl+C to stop");
            out.flush();
            while (watcher.awaitChange()) {
                try {
                    page.set(render(DeckFile.read(deck)));
                    server.pageChanged();
                } catch (DeckFile.Unreadable e) {
                    err.println("decklint: " + deck + ": " + e.getMessage() + " (still showing the last "
                            + "version)");
                }
            }
        }
        return 0;
    }

    private PreviewPage render(String text) {
        RenderedDeck rendered = renderer.render(parser.parse(text), RenderOptions.standalone()
                .withAssetsAt("_decklint/assets/", "'self'")
                .withHostScript(LIVE_RELOAD, "'self'")
                .withTitle(deck.getFileName().toString()));
        return new PreviewPage(rendered.html(), rendered.contentSecurityPolicy(), version(rendered.html()));
    }

    private static String version(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String loadLiveReload() {
        try (InputStream in = PreviewCommand.class.getResourceAsStream("preview/live-reload.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
