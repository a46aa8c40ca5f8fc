package io.decklint.server;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Where the server says what went wrong: standard error (stdout carries the protocol) and, once connected,
 * the editor's log ({@code window/logMessage}).
 */
final class ServerLog {
    private final PrintStream err;
    private volatile LanguageClient client;

    ServerLog(PrintStream err) {
        this.err = err;
    }

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    void info(String message) {
        send(MessageType.Info, message);
    }

    void warn(String message) {
        send(MessageType.Warning, message);
    }

    /**
     * Logs a failure with its stack trace and returns the error to answer the request with; the server
     * carries on.
     */
    ResponseErrorException failed(String what, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        send(MessageType.Error, "decklint failed while handling " + what + ": " + e + "\n" + trace);
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                "decklint failed while handling " + what + ": " + e, null));
    }

    private void send(MessageType type, String message) {
        err.println("decklint-server [" + type.name().toLowerCase(java.util.Locale.ROOT) + "] " + message);
        LanguageClient connected = client;
        if (connected != null) {
            try {
                connected.logMessage(new MessageParams(type, message));
            } catch (RuntimeException e) {
                err.println("decklint-server: could not log to the editor: " + e);
            }
        }
    }
}
