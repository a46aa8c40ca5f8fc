package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git pre-commit hook, installed by the packaged jar into a throwaway repository and run by real commits. */
class HookIT {
    private static final String BROKEN = "---\ntype: slide\n---\n\n# Team IaaS\n\n* news\n----\n\n# Team Ops\n";
    private static final String GOOD = "---\ntype: slide\n---\n\n# Team IaaS\n\n* news\n\n----\n\n# Team Ops\n";

    @TempDir
    Path repo;

    private record Result(int exit, String output) {}

    private Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private Result git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Deck Author",
                "-c", "user.email=author@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        return run(command.toArray(String[]::new));
    }

    @BeforeEach
    void installHook() throws Exception {
        assertThat(git("init", "-q").exit()).isZero();
        Result install = run("java", "-jar", System.getProperty("decklint.jar"), "hook", "install");
        assertThat(install.exit()).as(install.output()).isZero();
        assertThat(install.output()).contains("each commit now lints its staged decks");
        assertThat(Files.readString(repo.resolve(".git/hooks/pre-commit")))
                .as("started by java -jar, the hook runs decklint with the launchers' own options")
                .contains(" " + Launcher.runOptions() + " ").contains("-Xmx");
    }

    @Test
    void aStagedDeckWithErrorsStopsTheCommitAndAFixedOnePasses() throws Exception {
        Files.writeString(repo.resolve("call.md"), BROKEN);
        git("add", "call.md");
        Result blocked = git("commit", "-q", "-m", "call");
        assertThat(blocked.exit()).isNotZero();
        assertThat(blocked.output()).contains("call.md:8:1  error    This ---- does not start a new slide");
        assertThat(git("log").exit()).as("nothing was committed").isNotZero();

        Files.writeString(repo.resolve("call.md"), GOOD);
        git("add", "call.md");
        Result passed = git("commit", "-q", "-m", "call");
        assertThat(passed.exit()).as(passed.output()).isZero();
    }

    @Test
    void aWarningStopsTheCommitAndSaysWhyButAnInfoDoesNot() throws Exception {
        // a sure typo is a warning, which a passing hook would hide
        Files.writeString(repo.resolve("call.md"), "---\ntype: slide\n---\n\n# Team IaaS\n\nThe improvments\n\n---\n\n# Team Ops\n\nMore\n");
        git("add", "call.md");
        Result blocked = git("commit", "-q", "-m", "call");
        assertThat(blocked.exit()).isNotZero();
        assertThat(blocked.output()).contains("call.md:7:5  warning").contains("0 errors, 1 warning")
                .contains("decklint: warnings fail this run, as errors do: 1 warning found");

        Files.writeString(repo.resolve("call.md"), "---\ntype: slide\n---\n\n# Team IaaS\n\nNews\n\n---\n\n# Team Ops\n");
        git("add", "call.md");
        Result passed = git("commit", "-q", "-m", "call");
        assertThat(passed.exit()).as(passed.output()).isZero();
    }

    @Test
    void theHookReadsWhatIsStagedNotTheWorkingTree() throws Exception {
        Files.writeString(repo.resolve("call.md"), BROKEN);
        git("add", "call.md");
        Files.writeString(repo.resolve("call.md"), GOOD);
        assertThat(git("commit", "-q", "-m", "call").exit()).isNotZero();
    }

    @Test
    void markdownThatIsNotADeckIsLeftAlone() throws Exception {
        Files.writeString(repo.resolve("README.md"), "# Notes\n\ntext\n----\nmore\n");
        git("add", "README.md");
        Result passed = git("commit", "-q", "-m", "readme");
        assertThat(passed.exit()).as(passed.output()).isZero();
    }

    @Test
    void anUnrelatedHookIsNotOverwritten() throws Exception {
        Path hook = repo.resolve(".git/hooks/pre-commit");
        Files.writeString(hook, "#!/bin/sh\necho mine\n");
        Result refused = run("java", "-jar", System.getProperty("decklint.jar"), "hook", "install");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.output()).contains("was not written by decklint").contains("--force");
        assertThat(Files.readString(hook)).contains("echo mine");
    }
}
