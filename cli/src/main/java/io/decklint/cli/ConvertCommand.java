package io.decklint.cli;

import io.decklint.LintFiles;
import io.decklint.config.ConfigException;
import io.decklint.config.Configurations;
import io.decklint.deck.Deck;
import io.decklint.files.AtomicFile;
import io.decklint.text.SourceText;
import io.decklint.rules.BuiltInRules;
import io.decklint.text.UnifiedDiff;
import io.decklint.theme.BatchConversion;
import io.decklint.theme.Conversion;
import io.decklint.theme.Theme;
import io.decklint.theme.ThemeConverter;
import io.decklint.theme.Themes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code decklint convert}: give a deck another theme's look, keeping everything the theme does not own. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts a deck to a theme: rewrites the theme's slideOptions, its declarations in the "
                + "deck's <style> block and the title slide (with the deck's own date and titles), and leaves every "
                + "other byte as it was. What the theme cannot place is reported on standard error.",
            "Without -o, --in-place or --diff the converted deck is printed.",
            "Several decks, folders or quoted globs (with --in-place, --diff or --check) convert every deck in them "
                + "that lacks the theme, one report line a file; decks in the theme are left as they are.",
            "Exit status: 0 converted (or in the theme already), 1 a deck could not be converted (with --check: "
                + "would be converted), 2 usage, theme or I/O problem."})
final class ConvertCommand implements Callable<Integer> {
    @Option(names = "--theme", required = true, paramLabel = "THEME",
            description = "A built-in theme (see 'decklint themes') or a theme file (.yml).")
    String themeName;

    @Parameters(paramLabel = "DECK", arity = "1..*", description = "The deck to convert; with --in-place, --diff "
            + "or --check also several, and folders or quoted globs: their .md files whose front matter has "
            + "'type: slide' or 'slideOptions', except what .decklintignore or 'ignores:' leave out.")
    List<String> decks = new ArrayList<>();

    @Option(names = "--no-ignore", description = "Convert what .decklintignore and the configuration's 'ignores:' "
            + "leave out.")
    boolean noIgnore;

    @ArgGroup(exclusive = true)
    Output output;

    static final class Output {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the converted deck here.")
        Path file;

        @Option(names = "--in-place", description = "Replace the deck with the converted deck.")
        boolean inPlace;

        @Option(names = "--diff", description = "Print the changes as a unified diff and change nothing.")
        boolean diff;

        @Option(names = "--check", description = "Change nothing; say which decks would be converted, and exit 1 "
                + "when any would (for CI).")
        boolean check;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws DeckFile.Unreadable, IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Theme theme;
        try {
            theme = Themes.builtIn().resolve(themeName);
        } catch (IllegalArgumentException | ConfigException e) {
            err.println("decklint: " + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
        if (decks.size() > 1 || Targets.many(decks.get(0))) {
            if (output == null || output.file != null) {
                throw new ParameterException(spec.commandLine(), "converting several decks or a folder needs "
                        + "--in-place, --diff or --check (-o takes one deck)");
            }
            return convertMany(theme, out, err);
        }
        if (output != null && output.check) {
            throw new ParameterException(spec.commandLine(), "--check is for several decks or a folder; use --diff "
                    + "to see what converting one deck changes");
        }
        Path deck = Path.of(decks.get(0));
        String text = DeckFile.require(deck);
        Deck parsed = Deck.parse(text);
        // The converter weighs the target beside the built-in themes, so a theme file needs no list of its own.
        Conversion conversion = ThemeConverter.withBuiltInThemes().convert(parsed, theme);
        String converted = conversion.apply(text);
        report(deck, conversion, parsed.source(), err);
        err.println(deck + ": " + conversion.summary());
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

    private static void report(Path deck, Conversion conversion, SourceText source, PrintWriter err) {
        conversion.notes().forEach(note -> err.println(deck + ":" + note.describe(source)));
    }

    /**
     * Converts every deck the arguments name or hold, one report line each (on standard error with --diff,
     * whose diffs are the output); what each conversion has to tell goes to standard error.
     */
    private int convertMany(Theme theme, PrintWriter out, PrintWriter err) throws IOException {
        List<Target> targets;
        try {
            LintFiles files = new LintFiles(new Configurations(BuiltInRules.all()), null, !noIgnore);
            targets = Targets.of(decks, files, false, "converts", err, spec.commandLine());
        } catch (ConfigException e) {
            err.println("decklint: " + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
        BatchConversion batch = new BatchConversion(ThemeConverter.withBuiltInThemes(), theme);
        PrintWriter report = output.diff ? err : out;
        Map<BatchConversion.Result, Integer> counts = new EnumMap<>(BatchConversion.Result.class);
        boolean trouble = false;
        for (Target target : targets) {
            Path path = target.path();
            BatchConversion.Outcome outcome;
            try {
                outcome = convertOne(batch, path, out, err);
            } catch (DeckFile.Unreadable | IOException e) {
                outcome = BatchConversion.failed(e.getMessage());
                trouble = true;
            } catch (RuntimeException | StackOverflowError e) {
                // a bug of decklint's on one deck must not stop the others
                outcome = BatchConversion.failed("decklint failed on this file (" + e.getClass().getSimpleName()
                        + "); please report this");
                trouble = true;
            }
            counts.merge(outcome.result(), 1, Integer::sum);
            report.println(outcome.line(path.toString(), output.inPlace));
        }
        report.println(summary(counts, targets.size()));
        out.flush();
        err.flush();
        if (trouble) {
            return Main.EXIT_TROUBLE;
        }
        boolean failed = counts.containsKey(BatchConversion.Result.FAILED);
        return failed || (output.check && counts.containsKey(BatchConversion.Result.CONVERTED)) ? 1 : 0;
    }

    /** Converts one file of many: writes it (--in-place) or prints its diff (--diff); --check only tells. */
    private BatchConversion.Outcome convertOne(BatchConversion batch, Path path, PrintWriter out, PrintWriter err)
            throws DeckFile.Unreadable, IOException {
        String text = DeckFile.read(path);
        BatchConversion.Outcome outcome = batch.convert(text);
        outcome.conversion().ifPresent(c -> report(path, c, new SourceText(text), err));
        if (outcome.converted().isPresent() && output.diff) {
            out.print(UnifiedDiff.of("a/" + path, "b/" + path, text, outcome.converted().get()));
        } else if (outcome.converted().isPresent() && output.inPlace) {
            try {
                AtomicFile.write(path, outcome.converted().get());
            } catch (IOException e) {
                throw new IOException("cannot write: " + e.getMessage(), e);
            }
        }
        return outcome;
    }

    private String summary(Map<BatchConversion.Result, Integer> counts, int files) {
        List<String> parts = new ArrayList<>();
        counts.forEach((result, count) -> parts.add(count + " " + result.label(output.inPlace)));
        return files + (files == 1 ? " file" : " files") + (parts.isEmpty() ? "." : ": " + String.join(", ", parts)
                + ".");
    }
}
