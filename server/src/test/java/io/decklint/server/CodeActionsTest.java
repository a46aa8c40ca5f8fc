package io.decklint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.Decklint;
import io.decklint.deck.Slide;
import io.decklint.lint.Fix;
import io.decklint.lint.FixAction;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.Severity;
import io.decklint.lint.SlideRule;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** How fixes become code actions, with a rule that offers both kinds, as the speller will. */
class CodeActionsTest {
    private static final String FRONT_MATTER = "---\ntype: slide\n---\n";

    /** Flags "Kubernetes" with a guessed correction and the offer to add the word to the workspace's list. */
    private static final class WordRule implements SlideRule {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("test-word", Severity.WARNING, false, "flags a word");
        }

        @Override
        public void checkSlide(Slide slide, RuleContext context) {
            int at = slide.text().indexOf("Kubernetes");
            if (at >= 0) {
                TextRange range = new TextRange(slide.deckOffset(at), slide.deckOffset(at) + 10);
                context.report(range, "Unknown word 'Kubernetes'.",
                        Fix.suggestion("Change to 'Kubernetes!'", TextEdit.replace(range, "Kubernetes!")),
                        Fix.action("Add 'Kubernetes' to the workspace words", FixAction.addWord("Kubernetes")));
            }
        }
    }

    @Test
    void anActionOutsideTheDeckBecomesACommandAndTextFixesBecomeEdits() {
        Decklint decklint = new Decklint(List.of(new WordRule()));
        OpenDeck deck = checked(decklint, new OpenDeck("untitled:deck.md", 3, FRONT_MATTER + "# Running Kubernetes\n"));
        CodeActions codeActions = new CodeActions(new DiagnosticMapper(RuleDocs.beside(CodeActions.class)), true, null);

        List<CodeAction> actions = codeActions.actions(deck, new TextRange(FRONT_MATTER.length() + 12, FRONT_MATTER.length() + 12),
                new CodeActionContext(List.of())).stream().map(Either::getRight).toList();

        assertThat(actions).extracting(CodeAction::getTitle).containsExactly("Change to 'Kubernetes!'",
                "Add 'Kubernetes' to the workspace words", "Disable test-word for this line",
                "Disable test-word for this slide");
        CodeAction add = actions.get(1);
        assertThat(add.getEdit()).isNull();
        assertThat(add.getCommand().getCommand()).isEqualTo(CodeActions.ADD_WORD_COMMAND);
        assertThat(add.getCommand().getArguments()).containsExactly("untitled:deck.md", "Kubernetes");
        assertThat(actions.get(0).getIsPreferred()).as("a guess is never preferred").isFalse();
        assertThat(actions.get(0).getEdit().getDocumentChanges().get(0).getLeft().getTextDocument().getVersion())
                .isEqualTo(3);
    }

    @Test
    void onlyAsksForFixAll() {
        Decklint decklint = new Decklint();
        String text = FRONT_MATTER + "# A\n\n- item\n---\nmore\n";
        OpenDeck deck = checked(decklint, new OpenDeck("untitled:deck.md", 1, text));
        CodeActions codeActions = new CodeActions(new DiagnosticMapper(RuleDocs.beside(CodeActions.class)), false, null);
        CodeActionContext fixAllOnly = new CodeActionContext(List.of());
        fixAllOnly.setOnly(List.of("source.fixAll"));

        assertThat(codeActions.actions(deck, new TextRange(0, 0), fixAllOnly)).isEmpty();
        List<CodeAction> actions = codeActions.fixAllInput(deck, fixAllOnly).flatMap(input -> codeActions
                .fixAll(input, decklint)).stream().toList();

        assertThat(actions).extracting(CodeAction::getKind).containsExactly(CodeActions.FIX_ALL);
        List<org.eclipse.lsp4j.TextEdit> edits = actions.get(0).getEdit().getChanges().get("untitled:deck.md");
        assertThat(edits).hasSize(1);
        assertThat(applied(text, edits.get(0))).isEqualTo(FRONT_MATTER + "# A\n\n- item\n\n---\n\nmore\n");
    }

    @Test
    void theLightBulbPrefersTheFixThatFixAllApplies() {
        Decklint decklint = new Decklint();
        String text = FRONT_MATTER + "# Team IaaS\n\n* Cloud in a Box\n----\n\n---\n\n# Team IAM\n";
        OpenDeck deck = checked(decklint, new OpenDeck("untitled:deck.md", 1, text));
        CodeActions codeActions = new CodeActions(new DiagnosticMapper(RuleDocs.beside(CodeActions.class)), false, null);
        int stray = text.indexOf("----");

        List<CodeAction> actions = codeActions.actions(deck, new TextRange(stray, stray),
                new CodeActionContext(List.of())).stream().map(Either::getRight).toList();

        assertThat(actions.get(0).getTitle()).startsWith("Delete this ----");
        assertThat(actions).filteredOn(a -> Boolean.TRUE.equals(a.getIsPreferred())).containsExactly(actions.get(0));
        String fixed = applied(text, actions.get(0).getEdit().getChanges().get("untitled:deck.md").get(0));
        OpenDeck after = checked(decklint, new OpenDeck("untitled:deck.md", 2, fixed));
        assertThat(after.diagnostics()).as("the preferred fix leaves no finding the deck did not have")
                .extracting(io.decklint.lint.Diagnostic::rule)
                .isSubsetOf(deck.diagnostics().stream().map(io.decklint.lint.Diagnostic::rule).toList())
                .doesNotContain("separator-spacing");
        assertThat(fixed).isEqualTo(decklint.fix(text, null, decklint.configurations().defaults()).text());
    }

    @Test
    void noActionsForFindingsWhileTheDeckIsBeingChecked() {
        Decklint decklint = new Decklint(List.of(new WordRule()));
        OpenDeck deck = new OpenDeck("untitled:deck.md", 1, FRONT_MATTER + "# Running Kubernetes\n");
        CodeActions codeActions = new CodeActions(new DiagnosticMapper(RuleDocs.beside(CodeActions.class)), true, null);

        assertThat(codeActions.actions(deck, new TextRange(FRONT_MATTER.length() + 12, FRONT_MATTER.length() + 12), new CodeActionContext(List.of())))
                .as("no findings yet, rather than the request waiting for them").isEmpty();
        assertThat(codeActions.fixAllInput(deck, new CodeActionContext(List.of()))).isEmpty();
    }

    /** The text as an editor has it after applying an action's edit. */
    private static String applied(String text, org.eclipse.lsp4j.TextEdit edit) {
        io.decklint.text.SourceText source = new io.decklint.text.SourceText(text);
        return io.decklint.text.TextEdits.apply(text, List.of(TextEdit.replace(
                Positions.textRange(source, edit.getRange()), edit.getNewText())));
    }

    /** The deck with its findings, as the server has it once the lint thread has checked it. */
    private static OpenDeck checked(Decklint decklint, OpenDeck deck) {
        deck.found(deck.newCheck(), deck.checker.check(decklint, deck.version(), deck.text()));
        return deck;
    }

    @Test
    void theFixAllEditCoversOnlyWhatDiffers() {
        assertThat(CodeActions.difference("abcXdef", "abcYYdef")).isEqualTo(new TextEdit(3, 1, "YY"));
        assertThat(CodeActions.difference("a😀b", "a😃b")).as("whole surrogate pairs")
                .isEqualTo(new TextEdit(1, 2, "😃"));
        assertThat(CodeActions.difference("same", "same")).isEqualTo(new TextEdit(4, 0, ""));
    }
}
