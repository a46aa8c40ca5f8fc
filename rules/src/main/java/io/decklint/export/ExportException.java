package io.decklint.export;

import java.io.IOException;

/** An export that could not be done, with a message for the user, as is. */
public final class ExportException extends IOException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
