package io.decklint.cli;

import java.util.concurrent.ThreadFactory;

/** Named daemon threads: work the command line does beside its main thread, which never keeps it from exiting. */
final class DaemonThreads {
    private DaemonThreads() {}

    static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
