package io.decklint.server;

import io.decklint.Decklint;
import io.decklint.config.ConfigException;
import io.decklint.deck.Deck;
import io.decklint.files.BoundedFile;
import io.decklint.editor.WordBeingTyped;
import io.decklint.text.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The open decks and the one worker thread that owns them. Every change and every request runs on that
 * thread in the order it arrived, so a request always sees the newest text. After a change the deck is checked
 * on the lint thread ({@link Linting}) once the changes that were waiting behind it are applied, so requests
 * never wait for a check; a change cancels the check of the text before it, and findings for a text that a
 * newer change has overtaken are dropped, never published.
 */
final class Documents {
    /**
     * How long typing must pause before the word under the caret is checked for spelling: long enough not to
     * flag a word between two keystrokes (people pause well under a second inside a word), short enough to see
     * the squiggle while still looking at the word. cSpell waits about as long.
     */
    static final long TYPING_PAUSE_MS = 1500;

    private final Decklint decklint;
    private final DiagnosticMapper mapper;
    private final ServerLog log;
    private final long typingPauseMs;
    private final ExecutorService worker = WorkerThread.named("decklint-worker");
    private final Linting linting = new Linting();
    private final Map<String, OpenDeck> open = new LinkedHashMap<>();
    /** Changes received per deck but not yet applied: while there are some, linting would be wasted work. */
    private final Map<String, AtomicInteger> pending = new ConcurrentHashMap<>();
    /** Decks not open whose findings on disk are published ("Check All Decks"), to keep when they close. */
    private final Set<Path> checkedOnDisk = new HashSet<>();
    /** Configuration files with a problem published on them, to clear once they are fixed. */
    private final Set<String> brokenConfigs = new HashSet<>();
    private LanguageClient client;
    /** Set by {@code shutdown}: the specification has requests after it answered with InvalidRequest. */
    private volatile boolean shutDown;

    Documents(Decklint decklint, DiagnosticMapper mapper, ServerLog log, long typingPauseMs) {
        this.decklint = decklint;
        this.mapper = mapper;
        this.log = log;
        this.typingPauseMs = typingPauseMs;
    }

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    Decklint decklint() {
        return decklint;
    }

    void open(String uri, int version, String text) {
        run("didOpen", () -> {
            OpenDeck deck = new OpenDeck(uri, version, text);
            open.put(uri, deck);
            scheduleLint(deck);
        });
    }

    /** Counted on arrival, so that a lint already queued knows newer text is on its way. */
    void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        AtomicInteger waiting = pending.computeIfAbsent(uri, u -> new AtomicInteger());
        waiting.incrementAndGet();
        linting.cancel(uri); // it checks a text that is about to change
        run("didChange", () -> {
            waiting.decrementAndGet();
            OpenDeck deck = open.get(uri);
            if (deck == null) {
                log.warn("a change arrived for " + uri + ", which is not open; ignored");
                return;
            }
            if (!TextChanges.wellFormed(changes)) {
                log.warn("a change to " + uri + " (version " + version + ") lacks its text or half its range; "
                        + "ignored, so the editor's text and decklint's may differ until the deck is reopened");
                scheduleLint(deck); // its arrival cancelled the check of the text it leaves as it was
                return;
            }
            SourceText before = deck.source();
            deck.update(version, TextChanges.apply(before, changes));
            deck.typed(TextChanges.caretAfterTyping(before, changes));
            scheduleLint(deck);
        });
    }

    void close(String uri) {
        linting.cancel(uri);
        run("didClose", () -> {
            pending.remove(uri);
            OpenDeck closed = open.remove(uri);
            if (closed == null || client == null) {
                return;
            }
            if (closed.path != null && checkedOnDisk.contains(closed.path)) {
                checkOnDisk(closed.path, found -> { }); // the workspace's problems stay, as the file is saved
            } else {
                client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
            }
        });
    }

    /**
     * Checks the deck saved at {@code file} as it is on disk, on the lint thread, and publishes its findings
     * unless it is open (then its own check's findings stand); {@code done} gets the number of findings, or
     * -1 when the file is not a deck or cannot be read, or was not checked (an edit's check cancelled it).
     */
    void checkOnDisk(Path file, java.util.function.IntConsumer done) {
        String uri = file.toUri().toString();
        linting.start("on disk: " + uri, () -> findingsOnDisk(file), found -> run("publishing the findings for "
                + uri, () -> {
                    boolean isOpen = open.values().stream().anyMatch(deck -> file.equals(deck.path));
                    if (found != null && !isOpen && client != null) {
                        checkedOnDisk.add(file);
                        client.publishDiagnostics(new PublishDiagnosticsParams(uri, found));
                    } else if (found == null && checkedOnDisk.remove(file) && !isOpen && client != null) {
                        // deleted, or no longer a deck: what was shown for it is gone
                        client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
                    }
                    done.accept(found == null ? -1 : found.size());
                }), failure -> {
                    log.failed("checking " + uri, failure);
                    done.accept(-1);
                }, () -> done.accept(-1));
    }

    /** A new workspace check found these files: clear what was shown for decks it no longer finds. */
    void keepOnDisk(java.util.Collection<Path> found) {
        Set<Path> still = new HashSet<>(found);
        run("forgetting decks no longer in the workspace", () -> checkedOnDisk.removeIf(file -> {
            if (still.contains(file) || open.values().stream().anyMatch(deck -> file.equals(deck.path))) {
                return false;
            }
            if (client != null) {
                client.publishDiagnostics(new PublishDiagnosticsParams(file.toUri().toString(), List.of()));
            }
            return true;
        }));
    }

    /** The findings of a saved deck as LSP diagnostics; null when the file is no deck or cannot be read. */
    private List<org.eclipse.lsp4j.Diagnostic> findingsOnDisk(Path file) {
        String text;
        try {
            text = BoundedFile.readUtf8(file, Deck.MAX_FILE_BYTES);
        } catch (java.io.IOException e) {
            log.warn("not checked: " + file + ": " + e.getMessage());
            return null;
        }
        Deck deck = Deck.parse(text);
        if (!deck.isSlideDeck()) {
            return null;
        }
        try {
            return decklint.lint(deck, file, decklint.configurations().forDeck(file)).stream()
                    .map(finding -> mapper.toLsp(deck.source(), finding)).toList();
        } catch (ConfigException e) {
            return List.of(configProblemOnDeck(e));
        }
    }

    /**
     * The editor's cursor moved ({@code decklint/didMoveCursor}): once it has left the word being typed, that
     * word's spelling findings need not wait for typing to pause.
     */
    void cursorMoved(String uri, Position position) {
        run("decklint/didMoveCursor", () -> {
            OpenDeck deck = open.get(uri);
            if (deck == null || deck.caret() < 0 || deck.findings() == null || newerTextWaiting(deck)) {
                return;
            }
            int caret = deck.caret();
            int cursor = Positions.offset(deck.source(), position);
            boolean left = deck.diagnostics().stream().filter(f -> WordBeingTyped.holds(f, caret))
                    .noneMatch(f -> WordBeingTyped.holds(f, cursor));
            if (left && deck.stopTyping(deck.keystroke())) {
                publish(deck, deck.findings());
            }
        });
    }

    /**
     * After a configuration or words file changed, or the editor's settings did: check every open deck again,
     * and the closed ones the workspace check published.
     */
    void reconfigure(Runnable change) {
        run("configuration change", () -> {
            linting.cancelAll();
            change.run();
            decklint.configurations().clear();
            open.values().forEach(this::scheduleLint);
            checkedOnDisk.stream().filter(file -> open.values().stream().noneMatch(deck -> file.equals(deck.path)))
                    .forEach(file -> checkOnDisk(file, found -> { }));
        });
    }

    /** Answers a request about an open deck on the worker thread; null when the deck is not open. */
    <T> CompletableFuture<T> read(String uri, String request, Function<OpenDeck, T> answer) {
        if (shutDown) {
            return refused(request);
        }
        return CompletableFuture.supplyAsync(() -> {
            OpenDeck deck = open.get(uri);
            if (deck == null) {
                return null;
            }
            try {
                return answer.apply(deck);
            } catch (org.eclipse.lsp4j.jsonrpc.ResponseErrorException e) {
                throw e; // the request's own answer: the editor is told what was wrong with it
            } catch (RuntimeException | StackOverflowError e) {
                throw log.failed(request, e);
            }
        }, worker);
    }

    /**
     * Runs work that checks the deck again (as "fix all" does) on the lint thread, where it holds up no other
     * request; an edit to the deck cancels it, and the answer with it.
     */
    <T> CompletableFuture<T> check(String uri, String request, java.util.function.Supplier<T> work) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        linting.start(uri, work, answer::complete, failure -> answer.completeExceptionally(log.failed(request,
                failure)), () -> answer.cancel(false));
        return answer;
    }

    /** Runs work between the decks' checks, on the lint thread, where it holds up no request. */
    <T> void onLintThread(String what, java.util.function.Supplier<T> work, java.util.function.Consumer<T> done,
            java.util.function.Consumer<Throwable> failed) {
        linting.start(what, work, done, failed);
    }

    /** Runs work that is not about one deck on the worker thread. */
    <T> CompletableFuture<T> call(String request, java.util.function.Supplier<T> work) {
        if (shutDown) {
            return refused(request);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (RuntimeException | StackOverflowError e) {
                throw log.failed(request, e);
            }
        }, worker);
    }

    /** Answers {@code shutdown} once the work before it is done; later requests are refused. */
    CompletableFuture<Object> shutdown() {
        CompletableFuture<Object> done = call("shutdown", () -> null);
        shutDown = true;
        return done;
    }

    void exit() {
        linting.stop();
        worker.shutdownNow();
    }

    private static <T> CompletableFuture<T> refused(String request) {
        return CompletableFuture.failedFuture(new org.eclipse.lsp4j.jsonrpc.ResponseErrorException(
                new org.eclipse.lsp4j.jsonrpc.messages.ResponseError(
                        org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode.InvalidRequest,
                        request + " after shutdown: the server only waits for exit now", null)));
    }

    /** Checks the deck's text as it is now, unless newer text is queued: its own check follows. */
    private void scheduleLint(OpenDeck deck) {
        if (newerTextWaiting(deck)) {
            return;
        }
        Object check = deck.newCheck();
        int version = deck.version();
        String text = deck.text();
        linting.start(deck.uri, () -> deck.checker.check(decklint, version, text),
                findings -> run("publishing the findings for " + deck.uri, () -> {
                    if (open.get(deck.uri) == deck && deck.found(check, findings)) {
                        publish(deck, findings);
                    }
                }),
                failure -> run("checking " + deck.uri, () -> {
                    if (open.get(deck.uri) == deck && deck.found(check, null)) {
                        checkFailed(deck, failure);
                    }
                }));
    }

    private void publish(OpenDeck deck, OpenDeck.Findings findings) {
        // A file left out of a workspace's word count is said once, in the editor's log.
        decklint.workspaces().takeNotices().forEach(log::warn);
        if (client == null || newerTextWaiting(deck)) {
            return;
        }
        List<org.eclipse.lsp4j.Diagnostic> diagnostics = new ArrayList<>();
        if (findings.configProblem() != null) {
            diagnostics.add(configProblemOnDeck(findings.configProblem()));
            publishOnConfigFile(findings.configProblem());
        } else {
            clearConfigProblems();
            SourceText source = deck.source();
            for (io.decklint.lint.Diagnostic finding : shownWhileTyping(deck, findings.diagnostics())) {
                diagnostics.add(mapper.toLsp(source, finding));
            }
        }
        PublishDiagnosticsParams params = new PublishDiagnosticsParams(deck.uri, diagnostics);
        params.setVersion(findings.version());
        client.publishDiagnostics(params);
    }

    /**
     * The findings less those on the word being typed; when some are held, they are shown once typing has
     * paused (for {@link #TYPING_PAUSE_MS} but in tests) (unless the cursor leaves the word first, see {@link #cursorMoved}).
     */
    private List<io.decklint.lint.Diagnostic> shownWhileTyping(OpenDeck deck,
            List<io.decklint.lint.Diagnostic> findings) {
        int caret = deck.caret();
        if (caret < 0) {
            return findings;
        }
        List<io.decklint.lint.Diagnostic> shown = WordBeingTyped.shown(findings, caret);
        if (shown.size() == findings.size()) {
            deck.stopTyping(deck.keystroke()); // nothing to hold: a later check must not hold what this one showed
        } else {
            Object keystroke = deck.keystroke();
            CompletableFuture.delayedExecutor(typingPauseMs, TimeUnit.MILLISECONDS).execute(() -> {
                try {
                    run("showing the findings held while typing in " + deck.uri, () -> {
                        if (open.get(deck.uri) == deck && deck.findings() != null && !newerTextWaiting(deck)
                                && deck.stopTyping(keystroke)) {
                            publish(deck, deck.findings());
                        }
                    });
                } catch (RejectedExecutionException e) {
                    // the server has exited meanwhile
                }
            });
        }
        return shown;
    }

    private static org.eclipse.lsp4j.Diagnostic configProblemOnDeck(ConfigException problem) {
        return onTop("configuration", "decklint cannot check this deck: its configuration has a problem: "
                + problem.getMessage());
    }

    /**
     * A check that failed replaces the deck's findings with one error that says so, rather than leaving the
     * findings of an older text on show. Running out of memory is the deck's size, not a bug: no stack trace.
     */
    private void checkFailed(OpenDeck deck, Throwable failure) {
        String message;
        if (failure instanceof OutOfMemoryError) {
            message = "decklint could not finish checking this deck: it ran out of memory (the server may use "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB). The next edit checks it again.";
            log.warn(deck.uri + ": " + message);
        } else {
            message = "decklint could not finish checking this deck: " + failure + ". The next edit checks it again.";
            log.failed("checking " + deck.uri, failure);
        }
        if (client != null && !newerTextWaiting(deck)) {
            PublishDiagnosticsParams params = new PublishDiagnosticsParams(deck.uri, List.of(onTop("check-failed",
                    message)));
            params.setVersion(deck.version());
            client.publishDiagnostics(params);
        }
    }

    private static org.eclipse.lsp4j.Diagnostic onTop(String code, String message) {
        org.eclipse.lsp4j.Diagnostic diagnostic = new org.eclipse.lsp4j.Diagnostic(
                new Range(new Position(0, 0), new Position(0, 0)), message, DiagnosticSeverity.Error,
                DiagnosticMapper.SOURCE);
        diagnostic.setCode(Either.forLeft(code));
        return diagnostic;
    }

    /** The problem also shows in the configuration file itself, at its line, when it is a file. */
    private void publishOnConfigFile(ConfigException problem) {
        Path file;
        try {
            file = Path.of(problem.file());
        } catch (java.nio.file.InvalidPathException e) {
            return;
        }
        if (!file.isAbsolute() || !Files.isRegularFile(file)) {
            return;
        }
        int line = Math.max(0, problem.line() - 1);
        org.eclipse.lsp4j.Diagnostic diagnostic = new org.eclipse.lsp4j.Diagnostic(
                new Range(new Position(line, 0), new Position(line + 1, 0)), problem.problem(),
                DiagnosticSeverity.Error, DiagnosticMapper.SOURCE);
        String uri = file.toUri().toString();
        brokenConfigs.add(uri);
        client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of(diagnostic)));
    }

    private void clearConfigProblems() {
        for (String uri : brokenConfigs) {
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
        brokenConfigs.clear();
    }

    private void run(String what, Runnable work) {
        worker.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException | StackOverflowError e) {
                log.failed(what, e);
            }
        });
    }

    private boolean newerTextWaiting(OpenDeck deck) {
        AtomicInteger waiting = pending.get(deck.uri);
        return waiting != null && waiting.get() > 0;
    }
}
