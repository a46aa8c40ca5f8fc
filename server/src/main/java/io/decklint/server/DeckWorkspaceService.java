package io.decklint.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
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

/** Settings, watched configuration files, the commands code actions run, the theme commands and the workspace check. */
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
        String command = params.getCommand() == null ? "" : params.getCommand();
        return switch (command) {
            case CodeActions.ADD_WORD_COMMAND -> addWord(params.getArguments());
            case ThemeCommands.LIST -> server.themeCommands().list(params.getArguments());
            case ThemeCommands.CONVERT -> server.themeCommands().convert(params.getArguments());
            case WorkspaceCheck.COMMAND -> server.checkWorkspace();
            default -> CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams, "unknown command " + params.getCommand(), null)));
        };
    }

    private CompletableFuture<Object> addWord(List<Object> arguments) {
        if (arguments == null || arguments.size() != 2) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams, CodeActions.ADD_WORD_COMMAND + " takes a deck's URI and a word",
                    null)));
        }
        String uri = text(arguments.get(0));
        String word = text(arguments.get(1));
        CompletableFuture<Object> added = server.documents().read(uri, CodeActions.ADD_WORD_COMMAND, deck -> {
            if (deck.path == null) {
                throw invalid("the deck is not saved in a folder, so there is no workspace to add words to");
            }
            try {
                Path file = server.documents().decklint().addWorkspaceWord(deck.path,
                        server.workspaceFolderOf(deck.path), word);
                server.log().info("added '" + word + "' to " + file);
                return file.toUri().toString();
            } catch (IllegalArgumentException e) {
                throw invalid("cannot add '" + word + "' to the workspace words: " + e.getMessage());
            } catch (IOException e) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
                        "cannot add '" + word + "' to the workspace words: " + e.getMessage(), null));
            }
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

    private static ResponseErrorException invalid(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
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
