package io.decklint.server;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The thread that checks decks, apart from the one that answers requests, so that a long check never holds up
 * a hover, an outline or a preview. Each deck has at most one check queued or running: a newer one cancels it.
 * A cancelled check that is running is interrupted and stops at the engine's next checkpoint (between rules,
 * and between slides); whatever it returns is dropped.
 */
final class Linting {
    private final ExecutorService thread = WorkerThread.named("decklint-lint");
    private final Map<String, Job<?>> jobs = new ConcurrentHashMap<>();

    /**
     * Queues a check of the deck at {@code uri}, cancelling the one before it. {@code done} gets its result, or
     * {@code failed} what it threw, on the lint thread; a check cancelled at a checkpoint calls neither. The
     * caller drops what a check cancelled later returns: only it knows which check is the newest.
     */
    <T> void start(String uri, Supplier<T> check, Consumer<T> done, Consumer<Throwable> failed) {
        start(uri, check, done, failed, () -> { });
    }

    /** As above, and {@code cancelled} runs as soon as the work is cancelled, even before it stops. */
    <T> void start(String uri, Supplier<T> check, Consumer<T> done, Consumer<Throwable> failed,
            Runnable cancelled) {
        Job<T> job = new Job<>(uri, check, done, failed, cancelled);
        Job<?> before = jobs.put(uri, job);
        if (before != null) {
            before.cancel(true);
        }
        thread.execute(job);
    }

    /** Cancels the deck's check, queued or running: its text changed, or it was closed. */
    void cancel(String uri) {
        Job<?> job = jobs.remove(uri);
        if (job != null) {
            job.cancel(true);
        }
    }

    /** Cancels every check: the configuration changed under them. */
    void cancelAll() {
        jobs.keySet().forEach(this::cancel);
    }

    void stop() {
        thread.shutdownNow();
    }

    private final class Job<T> extends FutureTask<Void> {
        private final String uri;
        private final Runnable cancelled;

        Job(String uri, Supplier<T> check, Consumer<T> done, Consumer<Throwable> failed, Runnable cancelled) {
            super(() -> {
                try {
                    done.accept(check.get());
                } catch (CancellationException e) {
                    // stopped at a checkpoint: the check that replaced it reports instead
                } catch (RuntimeException | Error e) {
                    failed.accept(e);
                }
            }, null);
            this.uri = uri;
            this.cancelled = cancelled;
        }

        @Override
        protected void done() {
            jobs.remove(uri, this);
            if (isCancelled()) {
                cancelled.run();
            }
        }
    }
}
