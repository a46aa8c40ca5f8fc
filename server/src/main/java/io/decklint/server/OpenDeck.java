package io.decklint.server;

import io.decklint.Decklint;
import io.decklint.config.ConfigException;
import io.decklint.config.Configuration;
import io.decklint.deck.Deck;
import io.decklint.deck.DeckParser;
import io.decklint.lint.Diagnostic;
import io.decklint.render.DeckRenderer;
import io.decklint.render.RenderOptions;
import io.decklint.render.RenderedDeck;
import io.decklint.text.SourceText;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * A deck open in the editor: its newest text, what was parsed for it and what the rules found in it. Each keeps
 * its own parser and renderer, so an edit re-parses and re-renders only the slides it touched. Touched only on
 * the server's worker thread, except {@link #checker}, which only the lint thread uses.
 */
final class OpenDeck {
    /** What the rules found for one version, or why they could not run (a broken configuration). */
    record Findings(int version, List<Diagnostic> diagnostics, ConfigException configProblem) {}

    final String uri;
    final Path path;
    final DeckChecker checker;
    private final DeckParser parser = new DeckParser(DeckParser.EDITOR_CACHE_SIZE);
    private final DeckRenderer renderer = new DeckRenderer();
    private String text;
    private int version;
    private Deck deck;
    /** What the rules found in this text, once its check is done; null until then. */
    private Findings findings;
    /** The newest check started: only its findings are taken. */
    private Object check;
    /** Where the user is typing a word (see {@link io.decklint.editor.WordBeingTyped}); -1 when not. */
    private int caret = -1;
    /** Stands for the keystroke that set {@link #caret}, so that a pause timed from an older one ends nothing. */
    private Object keystroke;

    OpenDeck(String uri, int version, String text) {
        this.uri = uri;
        this.path = pathOf(uri);
        this.checker = new DeckChecker(path);
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
        check = null;
    }

    /** The user typed, leaving the caret at {@code offset} (-1: the change was not typing); returns its mark. */
    Object typed(int offset) {
        caret = offset;
        keystroke = new Object();
        return keystroke;
    }

    /** The caret of the word being typed, or -1. */
    int caret() {
        return caret;
    }

    Object keystroke() {
        return keystroke;
    }

    /** Typing paused since {@code mark}, or the caret left the word: nothing is held any more. */
    boolean stopTyping(Object mark) {
        if (mark != keystroke || caret < 0) {
            return false;
        }
        caret = -1;
        return true;
    }

    /** Starts a check of the text as it is now: what any earlier check finds is no longer wanted. */
    Object newCheck() {
        findings = null;
        check = new Object();
        return check;
    }

    /** Takes the findings of {@code finished}; false when a newer check has started since, so they are stale. */
    boolean found(Object finished, Findings found) {
        if (finished != check) {
            return false;
        }
        findings = found;
        return true;
    }

    /**
     * What the rules found in the text as it is now; none while it is being checked (the answer comes with
     * its diagnostics, and editors ask again then).
     */
    List<Diagnostic> diagnostics() {
        return findings == null ? List.of() : findings.diagnostics();
    }

    /** What the check of the text as it is now found; null while it runs. */
    Findings findings() {
        return findings;
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

    /** The deck as the self-contained reveal.js page {@code decklint render} writes for it. */
    RenderedDeck rendered() {
        return rendered(deck());
    }

    /**
     * Another version of this deck (a conversion of it), rendered as this deck is. The slides both share are
     * rendered once: the renderer keeps the slides it rendered last.
     */
    RenderedDeck rendered(Deck version) {
        RenderOptions options = RenderOptions.standalone();
        return renderer.render(version, path == null ? options : options.withTitle(path.getFileName().toString()));
    }

    Configuration configuration(Decklint decklint) {
        return configuration(decklint, path);
    }

    /** The nearest {@code .decklint.yml}'s configuration; the defaults for an unsaved deck. */
    static Configuration configuration(Decklint decklint, Path path) {
        return path == null ? decklint.configurations().defaults() : decklint.configurations().forDeck(path);
    }
}
