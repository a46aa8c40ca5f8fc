package io.decklint.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.decklint.deck.Deck;
import io.decklint.lint.Severity;
import io.decklint.render.RenderedDeck;
import io.decklint.theme.Conversion;
import io.decklint.theme.ConversionNote;
import io.decklint.theme.Theme;
import io.decklint.theme.ThemeConverter;
import io.decklint.theme.Themes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The theme conversion as two commands on the open deck: list the themes, and answer the edit that converts
 * the deck to one; and as {@code decklint/previewConversion}, the converted deck rendered beside that edit, so
 * the editor can show it before anything changes. The server never applies the edit: the editor does, so the
 * user can undo it.
 */
final class ThemeCommands {
    static final String LIST = "decklint.server.listThemes";
    static final String CONVERT = "decklint.server.convertToTheme";
    static final String PREVIEW = "decklint/previewConversion";

    /** One entry of the list the editor shows to pick a theme from. */
    record ThemeItem(String id, String label, String description) {}

    private final Documents documents;
    private final ServerLog log;
    private final ThemeConverter converter = ThemeConverter.withBuiltInThemes();
    private volatile LanguageClient client;

    ThemeCommands(Documents documents, ServerLog log) {
        this.documents = documents;
        this.log = log;
    }

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    /** {@code [{"uri"}]}: the built-in themes. They do not depend on the deck, so the uri is not needed. */
    CompletableFuture<Object> list(List<Object> arguments) {
        if (argument(arguments) == null) {
            return invalid(LIST + " takes one argument: [{\"uri\": \"<deck>\"}]");
        }
        return CompletableFuture.completedFuture(Themes.builtIn().all().stream()
                .map(theme -> new ThemeItem(theme.name(), theme.name(), theme.description())).toList());
    }

    /** {@code [{"uri", "theme"}]}: the edit that converts the deck's current text, keyed by its uri. */
    CompletableFuture<Object> convert(List<Object> arguments) {
        JsonObject argument = argument(arguments);
        String uri = argument == null ? null : string(argument, "uri");
        String name = argument == null ? null : string(argument, "theme");
        if (uri == null || name == null) {
            return invalid(CONVERT + " takes one argument: [{\"uri\": \"<deck>\", \"theme\": \"<theme id>\"}]");
        }
        return onOpenDeck(CONVERT, uri, name, (open, theme) -> {
            Conversion conversion = converted(open, theme);
            warn(open.uri, open.deck(), conversion);
            return new WorkspaceEdit(Map.of(open.uri, lspEdits(open.deck(), conversion)));
        });
    }

    /**
     * {@code decklint/previewConversion}: the open deck converted to the theme, as text and as the page the
     * preview shows, with the edit that would do it. The notes come in the answer, for the editor to show
     * beside its question whether to apply.
     */
    CompletableFuture<ConversionPreview> preview(ConversionParams params) {
        if (params == null || params.getUri() == null || params.getTheme() == null) {
            return invalid(PREVIEW + " needs {\"uri\": \"<deck>\", \"theme\": \"<theme id>\"}");
        }
        return onOpenDeck(PREVIEW, params.getUri(), params.getTheme(), (open, theme) -> {
            Deck deck = open.deck();
            Conversion conversion = converted(open, theme);
            String text = conversion.apply(open.text());
            Deck result = Deck.parse(text);
            RenderedDeck rendered = open.rendered(result);
            return new ConversionPreview(open.version(), theme.name(), conversion.summary(),
                    conversion.notes().stream().map(note -> note.describe(deck.source())).toList(),
                    lspEdits(deck, conversion), text, rendered.html(), rendered.slides());
        });
    }

    /** Runs {@code answer} on the open deck and the theme named, or fails with what is wrong with either. */
    private <T> CompletableFuture<T> onOpenDeck(String request, String uri, String name,
            BiFunction<OpenDeck, Theme, T> answer) {
        Theme theme;
        try {
            theme = Themes.builtIn().require(name);
        } catch (IllegalArgumentException e) {
            return invalid(request + ": " + e.getMessage());
        }
        return documents.read(uri, request, open -> answer.apply(open, theme)).thenCompose(result ->
                result != null ? CompletableFuture.completedFuture(result)
                        : invalid(request + ": " + uri + " is not open in the editor, so there is no deck to convert"));
    }

    /** The conversion of the deck's current text; every note goes to the log. */
    private Conversion converted(OpenDeck open, Theme theme) {
        Deck deck = open.deck();
        Conversion conversion = converter.convert(deck, theme);
        String notes = conversion.notes().stream().map(note -> "\n  " + note.describe(deck.source()))
                .collect(Collectors.joining());
        log.info(open.uri + ": " + conversion.summary() + notes);
        return conversion;
    }

    private static List<TextEdit> lspEdits(Deck deck, Conversion conversion) {
        return conversion.edits().stream().map(edit -> Positions.textEdit(deck.source(), edit)).toList();
    }

    /** The warnings (what the theme could not place, facts the deck lacks) are shown: the user has to see them. */
    private void warn(String uri, Deck deck, Conversion conversion) {
        List<ConversionNote> warnings = conversion.notes().stream()
                .filter(note -> note.severity() == Severity.WARNING).toList();
        if (!warnings.isEmpty() && client != null) {
            client.showMessage(new MessageParams(MessageType.Warning, "decklint: converting "
                    + uri.substring(uri.lastIndexOf('/') + 1) + " to " + conversion.theme().name() + ", check " + (warnings.size() == 1 ? "this" : "these") + ":"
                    + warnings.stream().map(note -> "\n" + note.describe(deck.source())).collect(Collectors.joining())));
        }
    }

    /** The one JSON object the commands take, or null. */
    private static JsonObject argument(List<Object> arguments) {
        return arguments != null && arguments.size() == 1 && arguments.get(0) instanceof JsonObject object ? object
                : null;
    }

    private static String string(JsonObject argument, String key) {
        JsonElement value = argument.get(key);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? value.getAsString()
                : null;
    }

    private static <T> CompletableFuture<T> invalid(String message) {
        return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                ResponseErrorCode.InvalidParams, message, null)));
    }
}
