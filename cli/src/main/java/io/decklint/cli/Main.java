package io.decklint.cli;

import io.decklint.WarmUp;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code decklint}: lint, fix and convert HedgeDoc slide decks. */
@Command(name = "decklint", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Lints and fixes Markdown slide decks written for HedgeDoc/HackMD slide mode.")
public final class Main {
    /** Usage, configuration or I/O problems. */
    static final int EXIT_TROUBLE = 2;
    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(LintCommand.class, InitCommand.class, RulesCommand.class,
            HookCommand.class, RenderCommand.class, PreviewCommand.class, ThemesCommand.class, ConvertCommand.class,
            LspCommand.class, CommandLine.HelpCommand.class);

    public static void main(String[] args) {
        // Commands that lint load the parser and the dictionary on the second core while picocli reads the arguments.
        if (args.length > 0 && (args[0].equals("lint") || args[0].equals("hook"))) {
            DaemonThreads.named("decklint-warm-up").newThread(WarmUp::run).start();
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> Failures.report(e, err));
        System.exit(run(out, err, args));
    }

    /** Runs one command line, writing reports to {@code out} and problems to {@code err}, as UTF-8. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        for (Class<?> subcommand : subcommandsFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        // The last of a repeated option wins, so a pre-commit config's args can override the hook's own.
        commandLine.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true)
                .setOverwrittenOptionsAllowed(true);
        return execute(commandLine, args);
    }

    /**
     * Runs a command so that whatever fails ends as one line on standard error and a documented exit status,
     * never a stack trace: picocli hands its handler what a command throws, but lets an {@link Error} (out of
     * memory, a stack overflow) through.
     */
    static int execute(CommandLine commandLine, String... args) {
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> Failures.report(e, cmd.getErr()));
        commandLine.setParameterExceptionHandler((e, params) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("decklint: " + e.getMessage());
            cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_TROUBLE;
        });
        try {
            return commandLine.execute(args);
        } catch (Error e) {
            return Failures.report(e, commandLine.getErr());
        }
    }

    /**
     * The subcommand the arguments name, alone: picocli builds each subcommand's model by reflection, and a
     * pre-commit hook's start-up should not pay for the eight it does not run. Help, a version request or an
     * unknown command get them all.
     */
    private static List<Class<?>> subcommandsFor(String[] args) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (args.length > 0 && subcommand != CommandLine.HelpCommand.class
                    && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                return List.of(subcommand);
            }
        }
        return SUBCOMMANDS;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"decklint " + BuildVersion.get()};
        }
    }
}
