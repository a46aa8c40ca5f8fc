package io.decklint.cli;

import io.decklint.LintFiles;
import io.decklint.cli.report.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code decklint hook}: a git pre-commit hook for people who do not use the pre-commit framework. */
@Command(name = "hook", mixinStandardHelpOptions = true, description = "Installs or runs the git pre-commit hook.",
        subcommands = {HookCommand.Install.class, HookCommand.Run.class})
final class HookCommand {
    static final String MARKER = "# decklint pre-commit hook";

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Writes .git/hooks/pre-commit, which lints the staged decks before each commit.")
    static final class Install implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--force", description = "Replace a pre-commit hook that decklint did not write.")
        boolean force;

        @Override
        public Integer call() throws IOException {
            Path repository = Git.topLevel();
            Path hooks = Git.hooksFolder(repository);
            Path hook = hooks.resolve("pre-commit");
            if (Files.exists(hook) && !force && !Files.readString(hook, StandardCharsets.UTF_8).contains(MARKER)) {
                spec.commandLine().getErr().println("decklint: " + hook + " exists and was not written by decklint; "
                        + "run 'decklint hook install --force' to replace it");
                return Main.EXIT_TROUBLE;
            }
            Files.createDirectories(hooks);
            String script = "#!/bin/sh\n" + MARKER + " (written by 'decklint hook install')\n"
                    + "exec " + Launcher.command() + " hook run\n";
            Files.writeString(hook, script, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
            spec.commandLine().getOut().println("Installed " + hook + ": each commit now lints its staged decks.");
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Lints the staged decks as they will be committed (what the hook runs).",
                "Exit status: 0 no errors or warnings (infos are allowed), 1 errors or warnings found, 2 usage, "
                    + "configuration or I/O problem."})
    static final class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path repository = Git.topLevel();
            CommandLine cmd = spec.commandLine();
            LintRun run = new LintRun(LintRun.Options.HOOK, repository, cmd.getOut(), cmd.getErr());
            LintFiles files = run.files(true);
            List<Target> targets = Git.stagedFiles(repository).stream()
                    .filter(path -> LintFiles.isMarkdown(path) && files.ignoring(path).isEmpty())
                    .map(path -> new Target(path, false, true)).toList();
            // pre-commit and git show nothing of a hook that passes, so a warning that let the commit through
            // would never be read: warnings stop a commit as errors do; infos are hints and never do.
            return run.run(targets, Reporter.Format.text, false, 0);
        }
    }
}
