package io.decklint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code decklint}: lint, fix and convert HedgeDoc slide decks. */
@Command(name = "decklint", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Lints and fixes Markdown slide decks written for HedgeDoc/HackMD slide mode.",
        subcommands = {LintCommand.class, RulesCommand.class, HookCommand.class, RenderCommand.class,
            PreviewCommand.class, ThemesCommand.class, ConvertCommand.class, LspCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {
    /** Usage, configuration or I/O problems. */
    static final int EXIT_TROUBLE = 2;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs one command line, writing reports to {@code out} and problems to {@code err}, as UTF-8. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("decklint: " + e.getMessage());
                    return EXIT_TROUBLE;
                });
        commandLine.setParameterExceptionHandler((e, params) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("decklint: " + e.getMessage());
            cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_TROUBLE;
        });
        return commandLine.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"decklint " + (version != null ? version : "(development build)")};
        }
    }
}
