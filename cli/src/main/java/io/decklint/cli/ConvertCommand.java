package io.decklint.cli;

import io.decklint.config.ConfigException;
import io.decklint.deck.Deck;
import io.decklint.files.AtomicFile;
import io.decklint.text.SourceText;
import io.decklint.text.UnifiedDiff;
import io.decklint.theme.Conversion;
import io.decklint.theme.Theme;
import io.decklint.theme.ThemeConverter;
import io.decklint.theme.Themes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code decklint convert}: give a deck another theme's look, keeping everything the theme does not own. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts a deck to a theme: rewrites the theme's slideOptions, its declarations in the "
                + "deck's <style> block and the title slide (with the deck's own date and titles), and leaves every "
                + "other byte as it was. What the theme cannot place is reported on standard error.",
            "Without -o, --in-place or --diff the converted deck is printed.",
            "Exit status: 0 converted, 2 usage, theme or I/O problem."})
final class ConvertCommand implements Callable<Integer> {
    @Option(names = "--theme", required = true, paramLabel = "THEME",
            description = "A built-in theme (see 'decklint themes') or a theme file (.yml).")
    String themeName;

    @Parameters(paramLabel = "DECK", description = "The deck to convert.")
    Path deck;

    @ArgGroup(exclusive = true)
    Output output;

    static final class Output {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the converted deck here.")
        Path file;

        @Option(names = "--in-place", description = "Replace the deck with the converted deck.")
        boolean inPlace;

        @Option(names = "--diff", description = "Print the changes as a unified diff and change nothing.")
        boolean diff;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws DeckFile.Unreadable {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Theme theme;
        try {
            theme = Themes.builtIn().resolve(themeName);
        } catch (IllegalArgumentException | ConfigException e) {
            err.println("decklint: " + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
        String text = DeckFile.require(deck);
        Deck parsed = Deck.parse(text);
        // The converter weighs the target beside the built-in themes, so a theme file needs no list of its own.
        Conversion conversion = ThemeConverter.withBuiltInThemes().convert(parsed, theme);
        String converted = conversion.apply(text);
        report(conversion, parsed.source(), err);
        try {
            if (output == null) {
                out.print(converted);
            } else if (output.diff) {
                out.print(UnifiedDiff.of("a/" + deck, "b/" + deck, text, converted));
            } else if (output.inPlace) {
                if (conversion.changes()) {
                    AtomicFile.write(deck, converted);
                }
            } else {
                AtomicFile.write(output.file, converted);
            }
        } catch (IOException e) {
            err.println("decklint: cannot write " + (output.inPlace ? deck : output.file) + ": " + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
        out.flush();
        err.flush();
        return 0;
    }

    private void report(Conversion conversion, SourceText source, PrintWriter err) {
        conversion.notes().forEach(note -> err.println(deck + ":" + note.describe(source)));
        err.println(deck + ": " + conversion.summary());
    }
}
