package io.decklint.cli;

import io.decklint.config.ConfigException;
import io.decklint.deck.Deck;
import io.decklint.theme.Theme;
import io.decklint.theme.ThemeConverter;
import io.decklint.theme.ThemeLikeness;
import io.decklint.theme.Themes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code decklint themes}: the themes decks can be converted to, and which one a deck has. */
@Command(name = "themes", mixinStandardHelpOptions = true,
        description = {"Lists the built-in themes (and theme files given with --theme, which are checked).",
            "With decks, says which theme each deck has.",
            "Exit status: 0 fine, 2 a theme file or deck cannot be read."})
final class ThemesCommand implements Callable<Integer> {
    @Option(names = "--theme", paramLabel = "FILE", description = "Also a theme file of your own (.yml).")
    List<Path> themeFiles = new ArrayList<>();

    @Parameters(paramLabel = "DECK", arity = "0..*", description = "Decks to tell the theme of.")
    List<Path> decks = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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
}
