package io.decklint.cli;

import io.decklint.config.ConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * What went wrong in a command, as the one line a user reads, with the documented exit status: a problem with
 * the user's files or settings says what to look at; anything else is our bug, and says so. The stack trace
 * is for a bug report, shown only when {@value #DEBUG} is set.
 */
final class Failures {
    static final String DEBUG = "DECKLINT_DEBUG";
    private static final String ISSUES = "https://github.com/decklint/decklint/issues";

    private Failures() {}

    /** Prints the failure and returns {@link Main#EXIT_TROUBLE}. */
    static int report(Throwable failure, PrintWriter err) {
        err.println("decklint: " + describe(failure));
        if (debugging()) {
            failure.printStackTrace(err);
        }
        err.flush();
        return Main.EXIT_TROUBLE;
    }

    static String describe(Throwable failure) {
        if (failure instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        if (failure instanceof DeckFile.Unreadable || failure instanceof ConfigException) {
            return failure.getMessage();
        }
        if (failure instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or folder";
        }
        if (failure instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (failure instanceof FileSystemException problem && problem.getReason() == null) {
            return problem.getMessage() + ": " + problem.getClass().getSimpleName();
        }
        if (failure instanceof IOException) {
            return failure.getMessage();
        }
        String what = failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return "internal error (" + what + "); please report it at " + ISSUES
                + (debugging() ? "" : " with the stack trace that " + DEBUG + "=1 shows");
    }

    private static boolean debugging() {
        String value = System.getenv(DEBUG);
        return value != null && !value.isEmpty() && !value.equals("0");
    }
}
