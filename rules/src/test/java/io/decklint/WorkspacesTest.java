package io.decklint;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.config.Configuration;
import io.decklint.lint.WorkspaceWords;
import io.decklint.spelling.VocabularyCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacesTest {
    @TempDir
    Path folder;

    private final Decklint decklint = new Decklint();

    @Test
    void aDeckLearnsFromItsFolderWhetherItsWordsAreCountedInTheBackgroundOrWhenAskedFor() throws IOException {
        Path deck = Files.writeString(folder.resolve("deck.md"), "* Kamaji is up\n");
        Files.writeString(folder.resolve("other.md"), "* Kamaji got SSDs\n");
        Configuration configuration = decklint.configurations().forDeck(deck);
        Workspaces early = new Workspaces(VocabularyCache.NONE, task -> new Thread(task).start());
        early.prepare(Workspaces.root(deck, configuration));
        Workspaces late = new Workspaces();
        assertThat(early.forDeck(deck, configuration).uses("kamaji")).isEqualTo(2);
        assertThat(late.forDeck(deck, configuration).uses("KAMAJI")).isEqualTo(2);
        assertThat(late.forDeck(deck, configuration).lines("kamaji")).isEqualTo(2);
    }

    @Test
    void aWorkspaceIsCountedOnceUntilItIsForgotten() throws IOException {
        Path deck = Files.writeString(folder.resolve("deck.md"), "* Kamaji is up\n");
        Configuration configuration = decklint.configurations().forDeck(deck);
        Workspaces workspaces = new Workspaces();
        WorkspaceWords first = workspaces.forDeck(deck, configuration);
        assertThat(first.uses("kamaji")).isEqualTo(1);
        Files.writeString(folder.resolve("other.md"), "* Kamaji got SSDs\n");
        assertThat(workspaces.forDeck(deck, configuration)).as("what the spelling rule learnt of it is kept")
                .isSameAs(first);
        assertThat(first.uses("kamaji")).isEqualTo(1);
        workspaces.forget(Workspaces.root(deck, configuration));
        assertThat(workspaces.forDeck(deck, configuration).uses("kamaji")).as("counted anew").isEqualTo(2);
    }

    @Test
    void anUnsavedDeckHasNoWorkspace() {
        assertThat(new Workspaces().forDeck(null, decklint.configurations().defaults())).isSameAs(WorkspaceWords.NONE);
    }
}
