package io.decklint.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import io.decklint.config.Configuration;
import io.decklint.config.WorkspaceWords;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Settings, watched configuration files, and the commands code actions run. */
final class DeckWorkspaceService implements WorkspaceService {
    private final DecklintServer server;

    DeckWorkspaceService(DecklintServer server) {
        this.server = server;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        server.settingsChanged(params.getSettings());
    }

    /** A {@code .decklint.yml}, words file or pack changed on disk: read the configuration again. */
    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        server.documents().reconfigure(() -> server.log().info("configuration files changed; checking open decks again"));
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        if (!CodeActions.ADD_WORD_COMMAND.equals(params.getCommand())) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams, "unknown command " + params.getCommand(), null)));
        }
        List<Object> arguments = params.getArguments();
        if (arguments == null || arguments.size() != 2) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams, CodeActions.ADD_WORD_COMMAND + " takes a deck's URI and a word",
                    null)));
        }
        String uri = text(arguments.get(0));
        String word = text(arguments.get(1));
        CompletableFuture<Object> added = server.documents().read(uri, CodeActions.ADD_WORD_COMMAND, deck -> {
            Configuration configuration = deck.configuration(server.documents().decklint());
            Path fallback = server.workspaceFolderOf(deck.path);
            if (configuration.folder().isEmpty() && fallback == null) {
                throw new IllegalStateException("the deck is not saved in a folder, so there is no workspace to add "
                        + "words to");
            }
            Path file = WorkspaceWords.fileFor(configuration, fallback);
            try {
                boolean changed = WorkspaceWords.add(file, word);
                server.log().info((changed ? "added '" : "'") + word + (changed ? "' to " : "' was already in ") + file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            return file.toUri().toString();
        });
        return added.thenApply(file -> {
            if (file == null) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                        uri + " is not open, so there is no configuration to add the word to", null));
            }
            server.documents().reconfigure(() -> { });
            return file;
        });
    }

    /** lsp4j hands command arguments over as JSON values. */
    private static String text(Object argument) {
        if (argument instanceof JsonPrimitive primitive && primitive.isString()) {
            return primitive.getAsString();
        }
        if (argument instanceof JsonElement element) {
            return element.toString();
        }
        return String.valueOf(argument);
    }
}
