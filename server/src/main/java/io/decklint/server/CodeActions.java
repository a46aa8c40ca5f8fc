package io.decklint.server;

import io.decklint.Decklint;
import io.decklint.deck.Deck;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Fix;
import io.decklint.lint.FixAction;
import io.decklint.lint.Fixer;
import io.decklint.lint.Suppressions;
import io.decklint.text.SourceText;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The code actions for a range of a deck: each fix of each finding there as a quick fix, "disable this rule
 * for this line/slide", actions outside the deck (add a word), and {@code source.fixAll.decklint} for the
 * whole deck.
 */
final class CodeActions {
    static final String FIX_ALL = CodeActionKind.SourceFixAll + ".decklint";
    static final String ADD_WORD_COMMAND = "decklint.addToWorkspaceWords";

    private final DiagnosticMapper mapper;
    private final boolean documentChanges;
    private final String userWordsCommand;

    /**
     * @param userWordsCommand the command of the client's that adds a word to the user's own words (the client
     *     keeps them, in its settings), or null when the client has none: then that fix is not offered
     */
    CodeActions(DiagnosticMapper mapper, boolean documentChanges, String userWordsCommand) {
        this.mapper = mapper;
        this.documentChanges = documentChanges;
        this.userWordsCommand = userWordsCommand;
    }

    /** The text "fix all" starts from, taken on the worker thread for the lint thread to fix. */
    record FixAllInput(String uri, Path path, int version, String text) {}

    /** The quick fixes for the findings in the range; "fix all" is {@link #fixAll}, as it re-checks the deck. */
    List<Either<Command, CodeAction>> actions(OpenDeck open, TextRange range, CodeActionContext context) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        if (wants(context, CodeActionKind.QuickFix)) {
            Deck deck = open.deck();
            SourceText source = deck.source();
            for (Diagnostic finding : open.diagnostics()) {
                if (touches(finding.range(), range)) {
                    quickFixes(open, source, deck, finding).forEach(a -> actions.add(Either.forRight(a)));
                }
            }
        }
        return actions;
    }

    /** What "fix all" needs, when it is asked for and a finding has a fix; else empty. */
    Optional<FixAllInput> fixAllInput(OpenDeck open, CodeActionContext context) {
        if (!wants(context, FIX_ALL) || open.diagnostics().stream().noneMatch(Diagnostic::fixable)) {
            return Optional.empty();
        }
        return Optional.of(new FixAllInput(open.uri, open.path, open.version(), open.text()));
    }

    private List<CodeAction> quickFixes(OpenDeck open, SourceText source, Deck deck, Diagnostic finding) {
        org.eclipse.lsp4j.Diagnostic shown = mapper.toLsp(source, finding);
        List<CodeAction> actions = new ArrayList<>();
        Fix preferred = finding.safeFix().orElse(null); // the fix --fix applies, and the rule lists first
        for (Fix fix : finding.fixes()) {
            CodeAction action = new CodeAction(fix.title());
            action.setKind(CodeActionKind.QuickFix);
            action.setDiagnostics(List.of(shown));
            if (fix.action() != null) {
                Optional<Command> command = command(open, fix);
                if (command.isEmpty()) {
                    continue;
                }
                action.setCommand(command.get());
            } else {
                action.setEdit(edit(open.uri, open.version(), source, fix.edits()));
                action.setIsPreferred(fix.equals(preferred));
            }
            actions.add(action);
        }
        Suppressions.forLine(deck, finding).ifPresent(fix -> actions.add(suppression(open, source, shown, fix)));
        Suppressions.forSlide(deck, finding).ifPresent(fix -> actions.add(suppression(open, source, shown, fix)));
        return actions;
    }

    private CodeAction suppression(OpenDeck open, SourceText source, org.eclipse.lsp4j.Diagnostic shown, Fix fix) {
        CodeAction action = new CodeAction(fix.title());
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(shown));
        action.setEdit(edit(open.uri, open.version(), source, fix.edits()));
        return action;
    }

    /**
     * A fix that acts outside the deck becomes a command, carried out when the user picks it: by the server for
     * the workspace words, by the client for the user's words, which live in its settings.
     */
    private Optional<Command> command(OpenDeck open, Fix fix) {
        FixAction action = fix.action();
        String command = switch (action.kind()) {
            case FixAction.ADD_WORD -> ADD_WORD_COMMAND;
            case FixAction.ADD_USER_WORD -> userWordsCommand;
            default -> null;
        };
        if (command == null || action.arguments().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Command(fix.title(), command, List.of(open.uri, action.arguments().get(0))));
    }

    /**
     * Every safe fix, to a fixpoint, as one edit around the part of the deck that changed. It checks the deck
     * again after each pass, so it runs where checks run, and reads nothing but its input.
     */
    Optional<CodeAction> fixAll(FixAllInput input, Decklint decklint) {
        String text = input.text();
        Fixer.Result result = decklint.fix(text, input.path(), OpenDeck.configuration(decklint, input.path()));
        if (!result.changed(text)) {
            return Optional.empty();
        }
        CodeAction action = new CodeAction("Fix all decklint findings that have a safe fix (" + result.applied()
                + ")");
        action.setKind(FIX_ALL);
        action.setEdit(edit(input.uri(), input.version(), new SourceText(text),
                List.of(difference(text, result.text()))));
        return Optional.of(action);
    }

    /** One edit that turns {@code before} into {@code after}, covering only what differs. */
    static TextEdit difference(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        if (prefix > 0 && Character.isHighSurrogate(before.charAt(prefix - 1))) {
            prefix--; // never split a surrogate pair
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(before.charAt(before.length() - suffix))) {
            suffix--;
        }
        return new TextEdit(prefix, before.length() - suffix - prefix,
                after.substring(prefix, after.length() - suffix));
    }

    /** Edits for this version of the deck: a client that has moved on rejects them instead of garbling text. */
    private WorkspaceEdit edit(String uri, int version, SourceText source, List<TextEdit> edits) {
        List<org.eclipse.lsp4j.TextEdit> lspEdits = edits.stream().map(e -> Positions.textEdit(source, e)).toList();
        if (!documentChanges) {
            return new WorkspaceEdit(Map.of(uri, lspEdits));
        }
        TextDocumentEdit change = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version), lspEdits.stream().map(e -> Either.<org.eclipse.lsp4j.TextEdit,
                        org.eclipse.lsp4j.SnippetTextEdit>forLeft(e)).toList());
        return new WorkspaceEdit(List.of(Either.forLeft(change)));
    }

    private static boolean wants(CodeActionContext context, String kind) {
        List<String> only = context == null ? null : context.getOnly();
        return only == null || only.isEmpty() || only.stream().anyMatch(o -> kind.equals(o) || kind.startsWith(o + "."));
    }

    private static boolean touches(TextRange finding, TextRange range) {
        return finding.start() <= range.end() && range.start() <= finding.end();
    }
}
