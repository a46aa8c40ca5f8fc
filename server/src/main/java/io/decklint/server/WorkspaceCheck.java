package io.decklint.server;

import io.decklint.LintFiles;
import io.decklint.config.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * "Check All Decks in the Workspace" ({@value #COMMAND}): every deck below the workspace folders, found the way
 * {@code decklint lint FOLDER} finds them ({@link LintFiles}: {@code .decklintignore} and {@code ignores:}
 * honoured, hidden, dependency and build folders skipped, Markdown files that are not decks left out), is
 * checked as saved and its findings published, and they stay when the deck is closed. The decks are checked
 * one at a time on the lint thread, so an edit's check waits for one deck at most; the editor shows the
 * progress and can cancel it. A new run replaces one still running.
 */
final class WorkspaceCheck {
    static final String COMMAND = "decklint.server.checkWorkspace";
    /** More Markdown files than this are not a workspace of decks: the rest are left out, and the log says so. */
    static final int MAX_FILES = 10_000;

    /** What the command answers once the run ends. */
    record Summary(int decks, int problems, boolean cancelled) {}

    private final Documents documents;
    private final ServerLog log;
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicReference<Run> current = new AtomicReference<>();
    private volatile LanguageClient client;
    private volatile boolean progress;

    WorkspaceCheck(Documents documents, ServerLog log) {
        this.documents = documents;
        this.log = log;
    }

    /** @param workDoneProgress whether the client shows progress the server starts */
    void connect(LanguageClient languageClient, boolean workDoneProgress) {
        this.client = languageClient;
        this.progress = workDoneProgress;
    }

    CompletableFuture<Object> run(List<Path> folders) {
        Run run = new Run("decklint-workspace-" + runs.incrementAndGet());
        Run before = current.getAndSet(run);
        if (before != null) {
            before.cancelled = true;
        }
        // The progress begins before the run can end, whatever the client answers.
        begin(run).handle((created, failed) -> {
            documents.onLintThread("workspace check", () -> decks(folders), files -> {
                documents.keepOnDisk(files);
                run.remaining.addAll(files);
                run.total = files.size();
                next(run);
            }, failure -> end(run, failure));
            return null;
        });
        return run.answer; // cancelling it ($/cancelRequest) cancels the run
    }

    /** The user cancelled the run's progress ({@code window/workDoneProgress/cancel}). */
    void cancel(String token) {
        Run run = current.get();
        if (run != null && run.token.equals(token)) {
            run.cancelled = true;
        }
    }

    private List<Path> decks(List<Path> folders) {
        LintFiles files = new LintFiles(documents.decklint().configurations(), null, true);
        List<Path> found = new ArrayList<>();
        for (Path folder : folders) {
            try {
                found.addAll(files.inFolder(folder));
            } catch (IOException e) {
                log.warn("could not search " + folder + " for decks: " + e.getMessage());
            }
        }
        if (found.size() > MAX_FILES) {
            log.warn("the workspace holds " + found.size() + " Markdown files; only the first " + MAX_FILES
                    + " are checked");
            return List.copyOf(found.subList(0, MAX_FILES));
        }
        return found;
    }

    private void next(Run run) {
        Path file = run.remaining.poll();
        if (file == null || run.cancelled || run.answer.isCancelled()) {
            end(run, null);
            return;
        }
        report(run, file);
        documents.checkOnDisk(file, found -> {
            if (found >= 0) {
                run.decks++;
                run.problems += found;
            }
            next(run);
        });
    }

    private CompletableFuture<Void> begin(Run run) {
        LanguageClient connected = client;
        if (!progress || connected == null) {
            return CompletableFuture.completedFuture(null);
        }
        return connected.createProgress(new WorkDoneProgressCreateParams(Either.forLeft(run.token))).thenRun(() -> {
            WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
            begin.setTitle("decklint: checking the decks in the workspace");
            begin.setCancellable(true);
            begin.setPercentage(0);
            run.progressShown = true;
            notify(run, begin);
        });
    }

    private void report(Run run, Path file) {
        int done = run.total - run.remaining.size() - 1;
        WorkDoneProgressReport report = new WorkDoneProgressReport();
        report.setMessage((done + 1) + "/" + run.total + ": " + file.getFileName());
        report.setPercentage(run.total == 0 ? 100 : done * 100 / run.total);
        notify(run, report);
    }

    private void end(Run run, Throwable failure) {
        Summary summary = new Summary(run.decks, run.problems, run.cancelled || run.answer.isCancelled());
        String said = (summary.cancelled() ? "cancelled after " : "checked ") + summary.decks() + " deck"
                + (summary.decks() == 1 ? "" : "s") + " in the workspace: " + summary.problems() + " problem"
                + (summary.problems() == 1 ? "" : "s");
        WorkDoneProgressEnd end = new WorkDoneProgressEnd();
        end.setMessage(said);
        notify(run, end);
        current.compareAndSet(run, null);
        if (failure instanceof ConfigException problem) {
            run.answer.completeExceptionally(new org.eclipse.lsp4j.jsonrpc.ResponseErrorException(
                    new org.eclipse.lsp4j.jsonrpc.messages.ResponseError(
                            org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode.RequestFailed,
                            "decklint cannot search the workspace: " + problem.getMessage(), null)));
        } else if (failure != null) {
            run.answer.completeExceptionally(log.failed(COMMAND, failure));
        } else {
            log.info(said);
            run.answer.complete(summary);
        }
    }

    private void notify(Run run, WorkDoneProgressNotification notification) {
        LanguageClient connected = client;
        if (run.progressShown && connected != null) {
            connected.notifyProgress(new ProgressParams(Either.forLeft(run.token), Either.forLeft(notification)));
        }
    }

    /** One run's state, touched by one thread at a time: each step starts the next. */
    private static final class Run {
        final String token;
        final CompletableFuture<Object> answer = new CompletableFuture<>();
        final Deque<Path> remaining = new ArrayDeque<>();
        volatile boolean cancelled;
        /** The client made the progress this run reports to. */
        volatile boolean progressShown;
        int total;
        int decks;
        int problems;

        Run(String token) {
            this.token = token;
        }
    }
}
