package io.decklint.export;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Chrome DevTools protocol over the browser's WebSocket on 127.0.0.1 (java.net.http, no other library):
 * commands with their answers, in flattened sessions for pages. Events are not needed: readiness is awaited by
 * evaluating a promise in the page.
 */
final class DevTools implements AutoCloseable {
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonObject>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Instant deadline;

    private DevTools(WebSocket.Builder builder, URI address, Instant deadline) throws ExportException {
        this.deadline = deadline;
        this.socket = await(builder.buildAsync(address, new Listener()), "connecting to the browser");
    }

    /**
     * @param address the browser's {@code ws://127.0.0.1:…/devtools/browser/…}
     * @param executor runs the socket's I/O and its callbacks
     * @param deadline when every command must have been answered
     */
    static DevTools connect(URI address, Executor executor, Instant deadline) throws ExportException {
        HttpClient client = HttpClient.newBuilder().executor(executor).build();
        return new DevTools(client.newWebSocketBuilder().connectTimeout(remaining(deadline)), address, deadline);
    }

    /** Sends a command (to the browser when {@code session} is null) and returns its result. */
    JsonObject call(String session, String method, JsonObject params) throws ExportException {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params);
        if (session != null) {
            message.addProperty("sessionId", session);
        }
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        try {
            synchronized (socket) {
                await(socket.sendText(message.toString(), true), method);
            }
            JsonObject reply = await(answer, method);
            if (reply.has("error")) {
                throw new ExportException("the browser refused " + method + ": "
                        + reply.getAsJsonObject("error").get("message").getAsString());
            }
            return reply.getAsJsonObject("result");
        } finally {
            waiting.remove(id);
        }
    }

    private <T> T await(CompletionStage<T> future, String what) throws ExportException {
        try {
            return future.toCompletableFuture().get(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ExportException("the browser did not finish in time (" + what + ")");
        } catch (ExecutionException e) {
            throw new ExportException("lost the connection to the browser (" + what + "): " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("stopped while waiting for the browser (" + what + ")");
        }
    }

    private static Duration remaining(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
    }

    @Override
    public void close() {
        socket.abort();
        waiting.values().forEach(answer -> answer.completeExceptionally(new IllegalStateException("closed")));
    }

    /** Collects each message's parts (large results, such as a PDF, arrive in many) and hands answers out. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonObject message = JsonParser.parseString(text.toString()).getAsJsonObject();
                text.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonObject> answer = waiting.get(message.get("id").getAsInt());
                    if (answer != null) {
                        answer.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            fail(new IllegalStateException("the browser closed the connection"));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            fail(error);
        }

        private void fail(Throwable error) {
            waiting.values().forEach(answer -> answer.completeExceptionally(error));
        }
    }
}
