package io.decklint.server;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What lsp4j logs (through {@code java.util.logging}, which would print it on standard error, two lines a
 * message, where VS Code shows it as an error) goes to the server's log at its own level instead. "Unmatched
 * cancel notification" is no problem at all: the editor cancelled a request the server had already answered,
 * which happens all the time while typing, so it is a debug line.
 */
final class ProtocolLog extends Handler {
    private static final Logger LSP4J = Logger.getLogger("org.eclipse.lsp4j");
    private static final String HARMLESS = "Unmatched cancel notification";
    private static final SimpleFormatter FORMAT = new SimpleFormatter();

    private final ServerLog log;

    private ProtocolLog(ServerLog log) {
        this.log = log;
    }

    /** Sends lsp4j's log to {@code log} from now on, in place of where it went before. */
    static void install(ServerLog log) {
        for (Handler handler : LSP4J.getHandlers()) {
            LSP4J.removeHandler(handler);
        }
        LSP4J.setUseParentHandlers(false);
        LSP4J.addHandler(new ProtocolLog(log));
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        String message = FORMAT.formatMessage(record) + (record.getThrown() != null ? ": " + record.getThrown() : "");
        int level = record.getLevel().intValue();
        if (message.startsWith(HARMLESS) || level < Level.INFO.intValue()) {
            log.debug("lsp4j: " + message);
        } else if (level >= Level.SEVERE.intValue()) {
            log.error("lsp4j: " + message);
        } else if (level >= Level.WARNING.intValue()) {
            log.warn("lsp4j: " + message);
        } else {
            log.info("lsp4j: " + message);
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
