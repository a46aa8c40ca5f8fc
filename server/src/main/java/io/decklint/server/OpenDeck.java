package io.decklint.server;

import io.decklint.Decklint;
import io.decklint.config.ConfigException;
import io.decklint.config.Configuration;
import io.decklint.deck.Deck;
import io.decklint.deck.DeckParser;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.SlideCache;
import io.decklint.render.DeckRenderer;
import io.decklint.render.RenderOptions;
import io.decklint.render.RenderedDeck;
import io.decklint.text.SourceText;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * A deck open in the editor: its newest text, and what was parsed and found for it. Each keeps its own parser,
 * slide cache and renderer, so an edit re-parses, re-checks and re-renders only the slides it touched. Touched only on the server's
 * worker thread.
 */
final class OpenDeck {
    /** What the rules found for one version, or why they could not run (a broken configuration). */
    record Findings(int version, List<Diagnostic> diagnostics, ConfigException configProblem) {}

    final String uri;
    final Path path;
    private final DeckParser parser = new DeckParser(DeckParser.EDITOR_CACHE_SIZE);
    private final SlideCache cache = new SlideCache();
    private final DeckRenderer renderer = new DeckRenderer();
    private String text;
    private int version;
    private Deck deck;
    private Findings findings;
    boolean lintQueued;

    OpenDeck(String uri, int version, String text) {
        this.uri = uri;
        this.path = pathOf(uri);
        this.version = version;
        this.text = text;
    }

    /** The file behind a {@code file:} URI; null for an unsaved buffer, whose folder is unknown. */
    static Path pathOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equalsIgnoreCase(parsed.getScheme()) ? Path.of(parsed) : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    String text() {
        return text;
    }

    int version() {
        return version;
    }

    void update(int newVersion, String newText) {
        version = newVersion;
        text = newText;
        deck = null;
        findings = null;
    }

    /** Forgets the findings, after the configuration changed. */
    void invalidate() {
        findings = null;
    }

    /** The text with its lines found: the parsed deck's when there is one. */
    SourceText source() {
        return deck != null ? deck.source() : new SourceText(text);
    }

    Deck deck() {
        if (deck == null) {
            deck = parser.parse(text);
        }
        return deck;
    }

    Findings findings(Decklint decklint) {
        if (findings == null) {
            Deck parsed = deck();
            try {
                Configuration configuration = configuration(decklint);
                findings = new Findings(version, decklint.lint(parsed, path, configuration, cache), null);
            } catch (ConfigException e) {
                findings = new Findings(version, List.of(), e);
            }
        }
        return findings;
    }

    /** The deck as the self-contained reveal.js page {@code decklint render} writes for it. */
    RenderedDeck rendered() {
        RenderOptions options = RenderOptions.standalone();
        return renderer.render(deck(), path == null ? options : options.withTitle(path.getFileName().toString()));
    }

    /** The nearest {@code .decklint.yml}'s configuration; the defaults for an unsaved deck. */
    Configuration configuration(Decklint decklint) {
        return path == null ? decklint.configurations().defaults() : decklint.configurations().forDeck(path);
    }
}
