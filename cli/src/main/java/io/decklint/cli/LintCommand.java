package io.decklint.cli;

import io.decklint.LintFiles;
import io.decklint.cli.report.Reporter;
import io.decklint.config.ConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code decklint lint}: report (and with {@code --fix}, repair) the problems in decks. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Lints decks and prints one finding a line.",
            "Exit status: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage, "
                + "configuration or I/O problem."})
final class LintCommand implements Callable<Integer> {
    /** How the report names a deck read from standard input without --stdin-filename. */
    static final String STDIN = "<stdin>";

    @Parameters(paramLabel = "PATH", description = "Decks, folders or quoted globs ('talks/*.md', '**/*.md') to "
            + "lint (default: every deck below the current folder). Folders and globs yield the .md files whose "
            + "front matter has 'type: slide' or 'slideOptions', except what .decklintignore or 'ignores:' leave out.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--no-ignore", description = "Lint what .decklintignore and the configuration's 'ignores:' "
            + "leave out.")
    boolean noIgnore;

    @Option(names = "--stdin", description = "Lint the deck on standard input. With --fix, print the fixed deck "
            + "to standard output and the report to standard error.")
    boolean stdin;

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "The file the deck on standard input "
            + "stands for: it picks the configuration and names the deck in the report.")
    Path stdinFilename;

    @Option(names = "--allow-config-outside", description = "Let configurations read pack files outside their "
            + "repository (by default a .decklint.yml reads only inside the nearest folder with .git above it, "
            + "else its own folder).")
    boolean allowConfigOutside;

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
        if (stdinFilename != null && !stdin) {
            throw new ParameterException(spec.commandLine(), "--stdin-filename needs --stdin");
        }
        if (stdin && !paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--stdin reads one deck: name no PATH beside it");
        }
        PrintWriter report = stdin && fix ? err : spec.commandLine().getOut();
        try {
            LintRun run = new LintRun(
                    new LintRun.Options(config, allowConfigOutside, fix, checkRemote, allowPrivateAddresses), null,
                    report, err);
            LintFiles files = run.files(!noIgnore);
            boolean color = !noColor && format == Reporter.Format.text && System.console() != null
                    && System.getenv("NO_COLOR") == null;
            if (stdin) {
                return lintStdin(run, files, color);
            }
            return run.run(Targets.of(paths, files, decksOnly, "lints", err, spec.commandLine()), format, color,
                    maxWarnings);
        } catch (ConfigException e) {
            err.println("decklint: " + e.getMessage());
            return Main.EXIT_TROUBLE;
        } catch (DeckFile.Unreadable e) {
            err.println("decklint: " + (stdinFilename != null ? stdinFilename : STDIN) + " (standard input): "
                    + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
    }

    /**
     * Lints the deck on standard input under the name given (nothing when that name is ignored); with --fix,
     * prints the deck, fixed, to standard output while the report went to standard error.
     */
    private int lintStdin(LintRun run, LintFiles files, boolean color) throws DeckFile.Unreadable {
        String text = DeckFile.decode(DeckFile.readAtMost(System.in));
        Path name = stdinFilename != null ? stdinFilename : Path.of(STDIN);
        boolean ignored = stdinFilename != null && files.ignoring(stdinFilename).isPresent();
        int exit = run.run(ignored ? List.of() : List.of(new Target(name, true, false, text)), format, color,
                maxWarnings);
        if (fix) {
            spec.commandLine().getOut().print(run.fixedText().orElse(text));
            spec.commandLine().getOut().flush();
        }
        return exit;
    }
}
