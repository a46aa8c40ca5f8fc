package io.decklint.cli;

import io.decklint.cli.preview.DeckWatcher;
import io.decklint.cli.preview.PreviewPage;
import io.decklint.cli.preview.PreviewServer;
import io.decklint.cli.preview.ThemePreview;
import io.decklint.config.ConfigException;
import io.decklint.deck.Deck;
import io.decklint.deck.DeckParser;
import io.decklint.render.DeckRenderer;
import io.decklint.render.RenderOptions;
import io.decklint.render.RenderedDeck;
import io.decklint.theme.Themes;
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
            "Open the printed address; the page reloads whenever the deck is saved and stays on its slide.",
            "With --theme, the page shows the deck converted to the theme, with the conversion's report, and "
                + "nothing is written ('decklint convert --theme THEME --in-place DECK' applies it)."})
final class PreviewCommand implements Callable<Integer> {
    private static final String LIVE_RELOAD = script("live-reload.js");
    private static final String CONVERSION_REPORT = script("conversion-report.js");

    @Parameters(paramLabel = "DECK", description = "The deck to preview.")
    Path deck;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "The port to listen on (default: any free port).")
    int port;

    @Option(names = "--theme", paramLabel = "THEME",
            description = "Show the deck converted to this theme (a built-in theme, see 'decklint themes', or a "
                    + "theme file, .yml), without changing the deck.")
    String themeName;

    /** The conversion to show, with --theme; null without. */
    private ThemePreview themePreview;

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
        if (themeName != null) {
            try {
                themePreview = new ThemePreview(Themes.builtIn().resolve(themeName), themeName, deck);
            } catch (IllegalArgumentException | ConfigException e) {
                err.println("decklint: " + e.getMessage());
                return Main.EXIT_TROUBLE;
            }
        }
        AtomicReference<PreviewPage> page = new AtomicReference<>(render(DeckFile.require(deck), err));
        Path folder = deck.toAbsolutePath().normalize().getParent();
        PreviewServer server;
        try {
            server = new PreviewServer(port, page::get, folder);
        } catch (BindException e) {
            err.println("decklint: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
        try (server; DeckWatcher watcher = new DeckWatcher(deck)) {
            out.println("decklint: previewing " + deck + (themePreview == null ? ""
                    : " converted to " + themeName + " (nothing is written)") + " at " + server.url());
            out.println("decklint: the page reloads when the deck is saved; press Ctrl+C to stop");
            out.flush();
            while (watcher.awaitChange()) {
                try {
                    page.set(render(DeckFile.read(deck), err));
                    server.pageChanged();
                } catch (DeckFile.Unreadable e) {
                    err.println("decklint: " + deck + ": " + e.getMessage() + " (still showing the last "
                            + "version)");
                }
            }
        }
        return 0;
    }

    /** The deck's page; with --theme, the page of the deck converted to the theme, whose report also goes to {@code err}. */
    private PreviewPage render(String text, PrintWriter err) {
        Deck shown = parser.parse(text);
        String hostScript = LIVE_RELOAD;
        if (themePreview != null) {
            ThemePreview.Converted converted = themePreview.convert(shown);
            converted.report().forEach(err::println);
            err.flush();
            shown = parser.parse(converted.text());
            hostScript = CONVERSION_REPORT + "\n" + themePreview.reportCall(converted) + LIVE_RELOAD;
        }
        RenderedDeck rendered = renderer.render(shown, RenderOptions.standalone()
                .withAssetsAt("_decklint/assets/", "'self'")
                .withHostScript(hostScript, "'self'")
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

    private static String script(String name) {
        try (InputStream in = PreviewCommand.class.getResourceAsStream("preview/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
