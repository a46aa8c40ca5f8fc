package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.decklint.deck.Deck;
import io.decklint.theme.Theme;
import io.decklint.theme.ThemeConverter;
import io.decklint.theme.Themes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/**
 * The theme conversion on an open deck, through the server jar, with the commands and arguments the VS Code
 * client sends.
 */
class ThemeCommandsIT {
    private static final Gson GSON = new MessageJsonHandler(Map.of()).getGson();
    private static final Path OLD_SEED = Path.of("../examples/community-call-2023-11-23.md");

    @Test
    void theOpenDeckIsConvertedByAnEditTheEditorApplies() throws Exception {
        String text = Files.readString(OLD_SEED, StandardCharsets.UTF_8);
        String uri = OLD_SEED.toAbsolutePath().normalize().toUri().toString();
        try (ServerProcess lsp = new ServerProcess().initialize(OLD_SEED.getParent())) {
            assertThat(lsp.initialized.getCapabilities().getExecuteCommandProvider().getCommands())
                    .contains("decklint.server.listThemes", "decklint.server.convertToTheme");
            lsp.open(uri, text);

            JsonArray themes = command(lsp, "decklint.server.listThemes", Map.of("uri", uri)).getAsJsonArray();
            List<String> ids = new ArrayList<>();
            for (JsonElement item : themes) {
                JsonObject theme = item.getAsJsonObject();
                assertThat(theme.keySet()).containsExactlyInAnyOrder("id", "label", "description");
                assertThat(theme.get("description").getAsString()).isNotBlank().doesNotContain("\n");
                ids.add(theme.get("id").getAsString());
            }
            assertThat(ids).containsExactlyElementsOf(Themes.builtIn().all().stream().map(Theme::name).toList())
                    .contains("scs-2023", "scs-2024");

            WorkspaceEdit edit = workspaceEdit(command(lsp, "decklint.server.convertToTheme",
                    Map.of("uri", uri, "theme", "scs-2024")));
            assertThat(edit.getChanges()).containsOnlyKeys(uri);
            assertThat(edit.getDocumentChanges()).isNull();
            List<TextEdit> edits = edit.getChanges().get(uri);
            assertThat(edits).as("small edits, not the whole deck").hasSizeGreaterThan(1);
            String converted = LanguageServerIT.applyLsp(text, edits);
            assertThat(converted).isEqualTo(convertedByTheCommandLine(text, "scs-2024"));
            assertThat(lsp.client.editsAsked).as("the editor applies the edit, the server does not").isEmpty();

            // The server's text is unchanged until the editor sends the change: asking again gives the same edit.
            assertThat(workspaceEdit(command(lsp, "decklint.server.convertToTheme",
                    Map.of("uri", uri, "theme", "scs-2024"))).getChanges().get(uri)).isEqualTo(edits);
            // What the theme cannot place: the old title slides' background pictures, in the log.
            assertThat(lsp.client.logged).anyMatch(m -> m.getMessage().contains("converted to scs-2024")
                    && m.getMessage().contains("Removed the title slide's background picture"));

            lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(converted))));
            WorkspaceEdit again = workspaceEdit(command(lsp, "decklint.server.convertToTheme",
                    Map.of("uri", uri, "theme", "scs-2024")));
            assertThat(again.getChanges().get(uri)).as("the converted deck has the theme").isEmpty();
            assertThat(lsp.shutdownAndExit()).isZero();
        }
    }

    @Test
    void whatTheThemeCannotPlaceIsShownAsAWarning() throws Exception {
        // A title line scs-2024's title has no place for, and no date on the title slide.
        String text = "---\ntype: slide\n---\n\n# Quarterly review\n## Platform team\n### Budget and hiring\n\n---\n\n"
                + "## Agenda\n";
        String uri = "untitled:review.md";
        try (ServerProcess lsp = new ServerProcess().initialize(null)) {
            lsp.open(uri, text);
            WorkspaceEdit edit = workspaceEdit(command(lsp, "decklint.server.convertToTheme",
                    Map.of("uri", uri, "theme", "scs-2024")));
            String converted = LanguageServerIT.applyLsp(text, edit.getChanges().get(uri));
            assertThat(converted).isEqualTo(convertedByTheCommandLine(text, "scs-2024"))
                    .contains("Budget and hiring").endsWith("## Agenda\n");
            assertThat(lsp.client.shown).anySatisfy(message -> {
                assertThat(message.getType()).isEqualTo(MessageType.Warning);
                assertThat(message.getMessage()).contains("scs-2024").contains("Budget and hiring")
                        .contains("YYYY-MM-DD");
            });
        }
    }

    @Test
    void anUnknownThemeOrDeckOrBadArgumentsGetAClearError() throws Exception {
        String uri = "untitled:deck.md";
        try (ServerProcess lsp = new ServerProcess().initialize(null)) {
            lsp.open(uri, "# Hello\n");
            assertThatThrownBy(() -> command(lsp, "decklint.server.convertToTheme",
                    Map.of("uri", uri, "theme", "scs-2025")))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ResponseErrorException.class)
                    .hasMessageContaining("no built-in theme 'scs-2025'").hasMessageContaining("scs-2024");
            assertThatThrownBy(() -> command(lsp, "decklint.server.convertToTheme",
                    Map.of("uri", "untitled:closed.md", "theme", "scs-2024")))
                    .cause().hasMessageContaining("untitled:closed.md is not open");
            assertThatThrownBy(() -> command(lsp, "decklint.server.convertToTheme", Map.of("uri", uri)))
                    .cause().hasMessageContaining("takes one argument: [{\"uri\"");
            assertThatThrownBy(() -> lsp.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    "decklint.server.listThemes", List.of())).get(10, TimeUnit.SECONDS))
                    .cause().satisfies(e -> assertThat(((ResponseErrorException) e).getResponseError().getCode())
                            .isEqualTo(ResponseErrorCode.InvalidParams.getValue()));
            assertThat(lsp.client.editsAsked).isEmpty();
            // The server carries on.
            assertThat(command(lsp, "decklint.server.listThemes", Map.of("uri", uri)).getAsJsonArray())
                    .hasSize(Themes.builtIn().all().size());
            assertThat(lsp.shutdownAndExit()).isZero();
        }
    }

    /** What {@code decklint convert --theme NAME} writes: the same engine call on the same text. */
    private static String convertedByTheCommandLine(String text, String theme) {
        return ThemeConverter.withBuiltInThemes().convert(Deck.parse(text), Themes.builtIn().resolve(theme))
                .apply(text);
    }

    /** The answer as JSON, as the VS Code client receives it (lsp4j hands it over as plain maps and lists). */
    private static JsonElement command(ServerProcess lsp, String command, Map<String, String> argument)
            throws Exception {
        JsonObject json = new JsonObject();
        argument.forEach(json::addProperty);
        return GSON.toJsonTree(lsp.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(command,
                List.of(json))).get(30, TimeUnit.SECONDS));
    }

    /** Read with lsp4j's own rules for its types. */
    private static WorkspaceEdit workspaceEdit(JsonElement answer) {
        return GSON.fromJson(answer, WorkspaceEdit.class);
    }
}
