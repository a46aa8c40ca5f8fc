package io.decklint.server;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
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
     * {@code failed} what it threw, on the lint thread; a cancelled check calls neither. The result may still
     * be on its way when the text changes: the caller drops it then.
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

    /**
     * One check. Its outcome is handed on from {@link #done}, which runs exactly once, either with the result or
     * on cancellation, never both: a check interrupted just before it finished is cancelled.
     */
    private final class Job<T> extends FutureTask<T> {
        private final String uri;
        private final Consumer<T> done;
        private final Consumer<Throwable> failed;
        private final Runnable cancelled;

        Job(String uri, Supplier<T> check, Consumer<T> done, Consumer<Throwable> failed, Runnable cancelled) {
            super(check::get);
            this.uri = uri;
            this.done = done;
            this.failed = failed;
            this.cancelled = cancelled;
        }

        @Override
        protected void done() {
            jobs.remove(uri, this);
            if (isCancelled()) {
                cancelled.run();
                return;
            }
            try {
                done.accept(get());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof CancellationException)) {
                    failed.accept(e.getCause()); // else stopped at a checkpoint: the check that replaced it reports
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // cannot happen: the task is done
            }
        }
    }
}
