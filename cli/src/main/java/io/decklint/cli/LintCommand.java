package io.decklint.cli;

import io.decklint.cli.report.Reporter;
import io.decklint.config.ConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code decklint lint}: report (and with {@code --fix}, repair) the problems in decks. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Lints decks and prints one finding a line.",
            "Exit status: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage, "
                + "configuration or I/O problem."})
final class LintCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "Decks or folders to lint (default: every deck below the "
            + "current folder). A folder is searched for .md files whose front matter has 'type: slide' or "
            + "'slideOptions'.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--fix", description = "Apply every safe fix, then report what is left.")
    boolean fix;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, sarif or github (default: ${DEFAULT-VALUE}).")
    Reporter.Format format;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Fail (exit 1) when there are more than N warnings.")
    int maxWarnings;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Use this configuration file instead of the nearest .decklint.yml.")
    Path config;

    @Option(names = "--decks-only", description = "Skip named files that are not decks (for hooks that pass "
            + "every staged Markdown file).")
    boolean decksOnly;

    @Option(names = "--no-color", description = "Plain text output, even on a terminal.")
    boolean noColor;

    @Option(names = "--check-remote", description = "Also look up remote (http/https) images: HEAD requests, "
            + "short timeouts, each link once per run.")
    boolean checkRemote;

    @Option(names = "--allow-private-addresses", description = "Let remote image lookups reach this machine and "
            + "its networks (localhost, 10.x, 192.168.x, link-local, …); by default only public addresses are asked.")
    boolean allowPrivateAddresses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LintRun run;
        try {
            run = new LintRun(config, fix, null, checkRemote, allowPrivateAddresses, spec.commandLine().getOut(),
                    err);
        } catch (ConfigException e) {
            err.println("decklint: " + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
        boolean color = !noColor && format == Reporter.Format.text && System.console() != null
                && System.getenv("NO_COLOR") == null;
        return run.run(targets(), format, color, maxWarnings);
    }

    private List<Target> targets() throws IOException {
        List<Path> roots = paths.isEmpty() ? List.of(Path.of("")) : paths;
        List<Target> targets = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root) && !DeckFinder.isMarkdown(root)) {
                DeckFinder.markdownFiles(root).forEach(p -> targets.add(new Target(p, false, false)));
            } else {
                targets.add(new Target(root, !decksOnly, false));
            }
        }
        return targets;
    }
}
