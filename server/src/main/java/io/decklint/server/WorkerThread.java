package io.decklint.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The server's threads: one each for requests, checks and counting words, none keeping the JVM alive. */
final class WorkerThread {
    private WorkerThread() {}

    static ExecutorService named(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
