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
 * Where the server says what it does and what went wrong: once an editor is connected, the editor's log
 * ({@code window/logMessage}, with the line's level as its type), else standard error (stdout carries the
 * protocol). Each line goes to one of them only: an editor that shows the server's standard error too (VS Code
 * does) would otherwise show every line twice. Stack traces go to standard error only.
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

    /** Something failed that the server itself did not do (the connection, the protocol library). */
    void error(String message) {
        send(MessageType.Error, message);
    }

    /** What only someone chasing a bug wants to see; editors hide it unless asked to show debug lines. */
    void debug(String message) {
        send(MessageType.Debug, message);
    }

    /**
     * Logs a failure and returns the error to answer the request with; the server carries on. The editor's log
     * gets one line; the stack trace, for a bug report, goes to standard error only.
     */
    ResponseErrorException failed(String what, Throwable e) {
        String message = "decklint failed while handling " + what + ": " + e;
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        err.println("decklint-server [error] " + message + "\n" + trace);
        sendToEditor(MessageType.Error, message + " (the details are in the server's standard error)");
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError, message, null));
    }

    private void send(MessageType type, String message) {
        if (!sendToEditor(type, message)) {
            err.println("decklint-server [" + type.name().toLowerCase(java.util.Locale.ROOT) + "] " + message);
        }
    }

    /** Whether the editor got the line. */
    private boolean sendToEditor(MessageType type, String message) {
        LanguageClient connected = client;
        if (connected == null) {
            return false;
        }
        try {
            connected.logMessage(new MessageParams(type, message));
            return true;
        } catch (RuntimeException e) {
            err.println("decklint-server: could not log to the editor: " + e);
            return false;
        }
    }
}
