package io.decklint.cli.preview;

import com.google.gson.Gson;
import io.decklint.deck.Deck;
import io.decklint.theme.Conversion;
import io.decklint.theme.Theme;
import io.decklint.theme.ThemeConverter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code decklint preview --theme} shows instead of the deck: the deck converted to the theme, which is never
 * written, with the conversion's report on the page and the command that would apply it.
 */
public final class ThemePreview {
    /** Gson escapes {@code <}, {@code >}, {@code &}, {@code '} and {@code =}, so its JSON is safe in a {@code <script>}. */
    private static final Gson SCRIPT_SAFE_JSON = new Gson();

    /** The converted deck and the report: the conversion's notes, its summary and how to apply it. */
    public record Converted(String text, List<String> report) {}

    private final ThemeConverter converter = ThemeConverter.withBuiltInThemes();
    private final Theme theme;
    private final String deckName;
    private final String applyCommand;

    /**
     * @param theme the theme to show the deck in
     * @param themeArgument the theme as the user named it (a built-in theme or a theme file), for the command
     * @param deck the deck as the user named it, for the report's lines and the command
     */
    public ThemePreview(Theme theme, String themeArgument, Path deck) {
        this.theme = theme;
        this.deckName = deck.toString();
        this.applyCommand = "decklint convert --theme " + quoted(themeArgument) + " --in-place " + quoted(deckName);
    }

    public Converted convert(Deck deck) {
        Conversion conversion = converter.convert(deck, theme);
        List<String> report = new ArrayList<>();
        conversion.notes().forEach(note -> report.add(deckName + ":" + note.describe(deck.source())));
        report.add(deckName + ": " + (conversion.changes() ? "would be " : "") + conversion.summary());
        report.add(conversion.changes() ? "Shown, not written. To apply it: " + applyCommand
                : "The deck has the theme already: the preview shows it as it is.");
        return new Converted(conversion.apply(deck.source().text()), report);
    }

    /**
     * The report as the argument of the page's {@code showConversionReport} (preview/conversion-report.js), which
     * puts it above the slides as text.
     */
    public String reportCall(Converted converted) {
        return "showConversionReport(" + SCRIPT_SAFE_JSON.toJson(Map.of("theme", theme.name(),
                "lines", converted.report())) + ");\n";
    }

    /** Quoted for a POSIX shell when it holds anything but plain characters. */
    private static String quoted(String argument) {
        return argument.matches("[A-Za-z0-9._/:@%+=,-]+") ? argument : "'" + argument.replace("'", "'\\''") + "'";
    }
}
