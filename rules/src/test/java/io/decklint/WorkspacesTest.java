package io.decklint;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.config.Configuration;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.WorkspaceWords;
import io.decklint.spelling.VocabularyCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class WorkspacesTest {
    @TempDir
    Path folder;

    private final Decklint decklint = new Decklint();

    @Test
    void aDeckLearnsFromItsFolderWhetherItsWordsAreCountedInTheBackgroundOrWhenAskedFor() throws IOException {
        Path deck = Files.writeString(folder.resolve("deck.md"), "* Kamaji is up\n");
        Files.writeString(folder.resolve("other.md"), "* Kamaji got SSDs\n");
        Configuration configuration = decklint.configurations().forDeck(deck);
        List<Runnable> countings = new CopyOnWriteArrayList<>();
        Workspaces early = new Workspaces(VocabularyCache.NONE, task -> {
            countings.add(task);
            new Thread(task).start();
        });
        early.prepare(Workspaces.root(deck, configuration));
        assertThat(countings).as("started by prepare").hasSize(1);
        Workspaces late = new Workspaces();
        assertThat(early.forDeck(deck, configuration).uses("kamaji")).isEqualTo(2);
        assertThat(countings).as("and not again").hasSize(1);
        assertThat(late.forDeck(deck, configuration).uses("KAMAJI")).isEqualTo(2);
        assertThat(late.forDeck(deck, configuration).lines("kamaji")).isEqualTo(2);
    }

    @Test
    void aFileWhoseWordsCannotBeCountedIsLeftOutAndSaidOnce() throws IOException {
        // a link address in <> this long still overflows the stack in flexmark's pattern for it
        Path broken = Files.writeString(folder.resolve("broken.md"), "[x](<" + "a".repeat(300_000) + ">)\n");
        Files.writeString(folder.resolve("other.md"), "* Kamaji is up\n* Kamaji got SSDs\n");
        Path deck = Files.writeString(folder.resolve("deck.md"), "---\ntype: slide\n---\n* Kamaji improvments\n");
        Path second = Files.writeString(folder.resolve("second.md"), "---\ntype: slide\n---\n* seesion\n");
        Configuration configuration = decklint.configurations().forDeck(deck);
        assertThat(decklint.lint(Files.readString(deck), deck, configuration))
                .as("the spelling rule still runs, with what the other files teach")
                .extracting(Diagnostic::rule, Diagnostic::message).singleElement().asString()
                .contains("spelling", "improvments");
        assertThat(decklint.workspaces().forDeck(deck, configuration).uses("kamaji")).isEqualTo(3);
        assertThat(decklint.lint(Files.readString(second), second, configuration))
                .extracting(Diagnostic::rule).containsExactly("spelling");
        assertThat(decklint.workspaces().takeNotices()).singleElement().asString()
                .contains(broken.getFileName().toString(), "could not be counted");
        assertThat(decklint.workspaces().takeNotices()).isEmpty();
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
    void aDeckIsRewrittenOnlyOnceItsWorkspaceIsCounted() throws IOException {
        Path deck = Files.writeString(folder.resolve("deck.md"), "* Kamaji is up\n");
        Configuration configuration = decklint.configurations().forDeck(deck);
        Workspaces slow = new Workspaces(VocabularyCache.NONE, task -> new Thread(() -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(300)); // long after awaitCounted is called
            task.run();
        }).start());
        Path root = Workspaces.root(deck, configuration);
        slow.prepare(root);
        slow.awaitCounted(root);
        Files.writeString(deck, "* Kamaji is up\n* Kamaji got SSDs\n");
        assertThat(slow.forDeck(deck, configuration).uses("kamaji")).as("counted before the rewrite").isEqualTo(1);
    }

    @Test
    void anUnsavedDeckHasNoWorkspace() {
        assertThat(new Workspaces().forDeck(null, decklint.configurations().defaults())).isSameAs(WorkspaceWords.NONE);
    }
}
