package io.decklint.cli;

import io.decklint.config.ConfigException;
import io.decklint.deck.Deck;
import io.decklint.theme.Theme;
import io.decklint.files.AtomicFile;
import io.decklint.theme.ThemeConverter;
import io.decklint.theme.ThemeLearner;
import io.decklint.theme.ThemeLikeness;
import io.decklint.theme.Themes;
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

/** {@code decklint themes}: the themes decks can be converted to, and which one a deck has. */
@Command(name = "themes", mixinStandardHelpOptions = true,
        description = {"Lists the built-in themes (and theme files given with --theme, which are checked).",
            "With decks, says which theme each deck has.",
            "With --from DECK, writes the theme of that deck (its slideOptions, its <style> declarations, its title "
                + "slide with placeholders for the date, title and subtitle) as a theme file you can edit.",
            "Exit status: 0 fine, 2 a theme file or deck cannot be read."})
final class ThemesCommand implements Callable<Integer> {
    @Option(names = "--theme", paramLabel = "FILE", description = "Also a theme file of your own (.yml).")
    List<Path> themeFiles = new ArrayList<>();

    @Parameters(paramLabel = "DECK", arity = "0..*", description = "Decks to tell the theme of.")
    List<Path> decks = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DECK", description = "Learn a theme from this deck.")
    Path from;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "With --from: write the theme file "
            + "here (default: print it).")
    Path output;

    @Option(names = "--name", paramLabel = "NAME", description = "With --from: the theme's name (default: the "
            + "output file's name, else the deck's).")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws DeckFile.Unreadable {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (from != null) {
            return learn(out, err);
        }
        if (output != null || name != null) {
            throw new ParameterException(spec.commandLine(), "-o and --name go with --from DECK");
        }
        List<Theme> themes = new ArrayList<>(Themes.builtIn().all());
        for (Path file : themeFiles) {
            try {
                themes.add(Themes.builtIn().resolve(file.toString()));
            } catch (IllegalArgumentException | ConfigException e) {
                err.println("decklint: " + e.getMessage());
                return Main.EXIT_TROUBLE;
            }
        }
        if (decks.isEmpty()) {
            int width = themes.stream().mapToInt(t -> t.name().length()).max().orElse(5);
            out.printf("%-" + width + "s  %s%n", "THEME", "DESCRIPTION");
            themes.forEach(theme -> out.printf("%-" + width + "s  %s%n", theme.name(), theme.description()));
            out.flush();
            return 0;
        }
        ThemeConverter converter = new ThemeConverter(themes);
        int status = 0;
        for (Path deck : decks) {
            try {
                Deck parsed = Deck.parse(DeckFile.read(deck));
                List<ThemeLikeness> likeness = converter.likeness(parsed);
                String theme = converter.current(parsed).map(ThemeLikeness::describe)
                        .orElse(likeness.isEmpty() ? "no theme" : "no theme (" + likeness.get(0).describe() + ")");
                out.println(deck + ": " + theme);
            } catch (DeckFile.Unreadable e) {
                err.println("decklint: " + deck + ": " + e.getMessage());
                status = Main.EXIT_TROUBLE;
            }
        }
        out.flush();
        return status;
    }

    /** {@code --from}: the deck's look as a theme file, checked by reading it back. */
    private int learn(PrintWriter out, PrintWriter err) throws DeckFile.Unreadable {
        if (!decks.isEmpty() || !themeFiles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--from DECK learns from one deck: name no other deck "
                    + "or --theme beside it");
        }
        String themeName = name != null ? name
                : ThemeLearner.nameFrom((output != null ? output : from).getFileName().toString());
        ThemeLearner.Learnt learnt;
        try {
            learnt = ThemeLearner.learn(Deck.parse(DeckFile.require(from)), from.getFileName().toString(), themeName);
        } catch (IllegalArgumentException | ConfigException e) {
            err.println("decklint: " + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
        learnt.notes().forEach(note -> err.println(from + ": " + note));
        if (output == null) {
            out.print(learnt.file());
            out.flush();
            return 0;
        }
        try {
            AtomicFile.write(output, learnt.file());
        } catch (IOException e) {
            err.println("decklint: cannot write " + output + ": " + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
        err.println(output + ": theme " + learnt.theme().name() + ", learnt from " + from);
        return 0;
    }
}
