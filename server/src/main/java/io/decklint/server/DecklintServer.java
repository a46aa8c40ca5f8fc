package io.decklint.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.decklint.Decklint;
import io.decklint.config.ConfigException;
import io.decklint.lint.LinkChecker;
import io.decklint.rules.BuiltInRules;
import io.decklint.spelling.VocabularyCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkDoneProgressCancelParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * decklint's language server: a thin layer that hands LSP messages to the engine ({@code rules/}) and maps its
 * answers to LSP types. It speaks UTF-16 positions, LSP's default, which is how the engine counts too.
 */
public final class DecklintServer implements LanguageServer, LanguageClientAware, DecklintProtocol {
    private static final String SETTINGS_SECTION = "decklint";

    private final ServerLog log;
    private final RuleDocs docs = RuleDocs.beside(DecklintServer.class);
    private final Documents documents;
    private final DeckTextService textService = new DeckTextService(this);
    private final DeckWorkspaceService workspaceService = new DeckWorkspaceService(this);
    private final ThemeCommands themeCommands;
    private final WorkspaceCheck workspaceCheck;
    private final AtomicBoolean shutdownRequested = new AtomicBoolean();
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final List<Path> workspaceFolders = new ArrayList<>();
    private LanguageClient client;
    /** The editor's settings in use; the same again (VS Code answers the pull with what it sent) changes nothing. */
    private JsonElement settingsInUse;
    private ClientCapabilities capabilities = new ClientCapabilities();
    private CodeActions codeActions;
    private Completion completion;
    private Hover hover;

    /**
     * @param decklint the engine; it must count workspace words on a thread of its own, never on the lint thread,
     *     whose interrupts would cut a count short
     */
    DecklintServer(ServerLog log, Decklint decklint) {
        this(log, decklint, Documents.TYPING_PAUSE_MS);
    }

    /** @param typingPauseMs how long a word being typed waits for its spelling findings (tests shorten it) */
    DecklintServer(ServerLog log, Decklint decklint, long typingPauseMs) {
        this.log = log;
        this.documents = new Documents(decklint, new DiagnosticMapper(docs), log, typingPauseMs);
        this.themeCommands = new ThemeCommands(documents, log);
        this.workspaceCheck = new WorkspaceCheck(documents, log);
    }

    public DecklintServer() {
        this(new ServerLog(System.err), new Decklint(BuiltInRules.all(), LinkChecker.NONE, false,
                VocabularyCache.NONE, WorkerThread.named("decklint-count")));
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
        log.connect(languageClient);
        ProtocolLog.install(log);
        documents.connect(languageClient);
        themeCommands.connect(languageClient);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (params.getCapabilities() != null) {
            capabilities = params.getCapabilities();
        }
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
                addFolder(folder.getUri());
            }
        } else if (params.getRootUri() != null) {
            addFolder(params.getRootUri());
        }
        codeActions = new CodeActions(new DiagnosticMapper(docs), supports(() ->
                capabilities.getWorkspace().getWorkspaceEdit().getDocumentChanges()), userWordsCommand(capabilities));
        completion = new Completion(supports(() ->
                capabilities.getTextDocument().getCompletion().getCompletionItem().getSnippetSupport()));
        hover = new Hover(docs);
        workspaceCheck.connect(client, supports(() -> capabilities.getWindow().getWorkDoneProgress()));
        if (params.getInitializationOptions() instanceof JsonObject options && options.has(SETTINGS_SECTION)) {
            useSettings(options.get(SETTINGS_SECTION));
        }
        return CompletableFuture.completedFuture(new InitializeResult(capabilities(), new ServerInfo("decklint",
                version())));
    }

    private static ServerCapabilities capabilities() {
        ServerCapabilities server = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        server.setTextDocumentSync(sync);
        server.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL)));
        server.setDocumentSymbolProvider(true);
        server.setFoldingRangeProvider(true);
        server.setCompletionProvider(new CompletionOptions(false, List.of(":", " ", "#")));
        server.setHoverProvider(true);
        server.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CodeActions.ADD_WORD_COMMAND,
                ThemeCommands.LIST, ThemeCommands.CONVERT, WorkspaceCheck.COMMAND)));
        return server;
    }

    @Override
    public void initialized(InitializedParams params) {
        if (supports(() -> capabilities.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration())) {
            List<FileSystemWatcher> watchers = List.of(
                    new FileSystemWatcher(Either.forLeft("**/.decklint.{yml,yaml}")),
                    new FileSystemWatcher(Either.forLeft("**/.decklint-words.txt")),
                    new FileSystemWatcher(Either.forLeft("**/*.{yml,yaml}")));
            client.registerCapability(new RegistrationParams(List.of(new Registration("decklint-config-files",
                    "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)))));
        }
        if (supports(() -> capabilities.getWorkspace().getConfiguration())) {
            pullSettings();
        }
    }

    /** Settings pushed by the client; a client that only says "changed" is asked for them. */
    void settingsChanged(Object settings) {
        if (settings instanceof JsonObject object && object.has(SETTINGS_SECTION)) {
            useSettings(object.get(SETTINGS_SECTION));
        } else if (supports(() -> capabilities.getWorkspace().getConfiguration())) {
            pullSettings();
        }
    }

    private void pullSettings() {
        ConfigurationItem item = new ConfigurationItem();
        item.setSection(SETTINGS_SECTION);
        client.configuration(new ConfigurationParams(List.of(item))).thenAccept(values -> {
            if (!values.isEmpty() && values.get(0) instanceof JsonElement element) {
                useSettings(element);
            }
        }).exceptionally(e -> {
            log.warn("could not read the editor's decklint settings: " + e.getMessage());
            return null;
        });
    }

    private synchronized void useSettings(JsonElement section) {
        if (section != null && section.equals(settingsInUse)) {
            return; // checking every open deck again would only delay its findings
        }
        settingsInUse = section;
        Path root = workspaceFolders.isEmpty() ? null : workspaceFolders.get(0);
        documents.reconfigure(() -> {
            try {
                documents.decklint().configurations().useEditorSettings(
                        section == null || section.isJsonNull() ? null : section.toString(), root);
            } catch (ConfigException e) {
                forgetSettings(); // the same settings again may name a file that exists by then
                String message = "decklint: the editor's decklint settings cannot be used, so they are ignored: "
                        + e.getMessage();
                log.warn(message);
                if (client != null) {
                    client.showMessage(new MessageParams(MessageType.Error, message));
                }
            }
        });
    }

    private synchronized void forgetSettings() {
        settingsInUse = null;
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested.set(true);
        return documents.shutdown();
    }

    /** The spec: exit with 0 after a shutdown request, with 1 without one. */
    @Override
    public void exit() {
        documents.exit();
        exitCode.complete(shutdownRequested.get() ? 0 : 1);
    }

    /** Completes with the exit code once the client sent {@code exit}. */
    public CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    @Override
    public CompletableFuture<RenderResult> render(RenderParams params) {
        if (params == null || params.getUri() == null) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams, "decklint/render needs the uri of an open deck", null)));
        }
        return documents.read(params.getUri(), "decklint/render", open -> RenderResult.of(open, params.getFrame()));
    }

    @Override
    public CompletableFuture<ConversionPreview> previewConversion(ConversionParams params) {
        return themeCommands.preview(params);
    }

    @Override
    public CompletableFuture<Boolean> isDeck(RenderParams params) {
        if (params == null || params.getUri() == null) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams, "decklint/isDeck needs the uri of an open document", null)));
        }
        return documents.read(params.getUri(), "decklint/isDeck", open -> open.deck().isSlideDeck());
    }

    @Override
    public void cancelProgress(WorkDoneProgressCancelParams params) {
        if (params != null && params.getToken() != null && params.getToken().isLeft()) {
            workspaceCheck.cancel(params.getToken().getLeft());
        }
    }

    /** "Check All Decks in the Workspace": the decks below every workspace folder. */
    CompletableFuture<Object> checkWorkspace() {
        if (workspaceFolders.isEmpty()) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidRequest, "no folder is open, so there is no workspace to check", null)));
        }
        return workspaceCheck.run(List.copyOf(workspaceFolders));
    }

    @Override
    public void didMoveCursor(TextDocumentPositionParams params) {
        if (params != null && params.getTextDocument() != null && params.getTextDocument().getUri() != null
                && params.getPosition() != null) {
            documents.cursorMoved(params.getTextDocument().getUri(), params.getPosition());
        }
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textService;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    Documents documents() {
        return documents;
    }

    ServerLog log() {
        return log;
    }

    ThemeCommands themeCommands() {
        return themeCommands;
    }

    CodeActions codeActions() {
        return codeActions;
    }

    Completion completion() {
        return completion;
    }

    Hover hover() {
        return hover;
    }

    boolean hierarchicalSymbols() {
        return supports(() -> capabilities.getTextDocument().getDocumentSymbol().getHierarchicalDocumentSymbolSupport());
    }

    private void addFolder(String uri) {
        Path path = OpenDeck.pathOf(uri);
        if (path != null) {
            workspaceFolders.add(path.toAbsolutePath().normalize());
        }
    }

    /**
     * The client's own command that adds a word to the user's words, which it announces as the experimental
     * capability {@code {"decklint": {"userWordsCommand": "…"}}}; null when it has none.
     */
    private static String userWordsCommand(ClientCapabilities capabilities) {
        if (capabilities.getExperimental() instanceof JsonObject experimental
                && experimental.get(SETTINGS_SECTION) instanceof JsonObject decklint
                && decklint.get("userWordsCommand") instanceof JsonPrimitive command && command.isString()) {
            return command.getAsString();
        }
        return null;
    }

    /** The workspace folder that holds {@code file}, the innermost if they nest; null when none does. */
    Path workspaceFolderOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return workspaceFolders.stream().filter(absolute::startsWith)
                .max(java.util.Comparator.comparingInt(Path::getNameCount)).orElse(null);
    }

    /** Reads a capability that may be missing at any level of the client's answer. */
    private static boolean supports(java.util.function.Supplier<Boolean> capability) {
        try {
            return Boolean.TRUE.equals(capability.get());
        } catch (NullPointerException e) {
            return false;
        }
    }

    private static String version() {
        String version = DecklintServer.class.getPackage().getImplementationVersion();
        return version != null ? version : "development build";
    }
}
