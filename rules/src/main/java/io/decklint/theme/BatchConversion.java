package io.decklint.theme;

import io.decklint.deck.Deck;
import io.decklint.lint.Severity;
import java.util.Optional;

/**
 * Converts many files to one theme, deciding for each what a run over folders reports: converted, already in
 * the theme (left byte for byte), not a deck (Markdown without {@code type: slide} or {@code slideOptions}:
 * a README is never given a front matter), or not converted, with the reason.
 */
public final class BatchConversion {
    private final ThemeConverter converter;
    private final Theme theme;

    public BatchConversion(ThemeConverter converter, Theme theme) {
        this.converter = converter;
        this.theme = theme;
    }

    /** What became of one file. */
    public enum Result {
        CONVERTED("converted"),
        UNCHANGED("already in theme"),
        NOT_A_DECK("not a deck"),
        FAILED("error");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        /** @param applied false for a run that changes nothing, where a deck to convert is not converted yet */
        public String label(boolean applied) {
            return this == CONVERTED && !applied ? "to convert" : label;
        }
    }

    /**
     * @param conversion the conversion, for its notes; empty for a file that is not a deck
     * @param converted the converted text, when it differs from the file's
     * @param reason what the report line says after the result
     */
    public record Outcome(Result result, String reason, Optional<Conversion> conversion, Optional<String> converted) {
        /** The file's report line: "PATH: converted (to scs-2024 from scs-2023, 100% alike; 9 edits)". */
        public String line(String path, boolean applied) {
            return path + ": " + result.label(applied) + (reason.isEmpty() ? "" : " (" + reason + ")");
        }
    }

    /** An outcome for a file that could not be read or written. */
    public static Outcome failed(String reason) {
        return new Outcome(Result.FAILED, reason, Optional.empty(), Optional.empty());
    }

    public Outcome convert(String text) {
        Deck deck = Deck.parse(text);
        if (!deck.isSlideDeck()) {
            return new Outcome(Result.NOT_A_DECK, "no 'type: slide' or 'slideOptions' in its front matter",
                    Optional.empty(), Optional.empty());
        }
        Conversion conversion = converter.convert(deck, theme);
        if (conversion.changes()) {
            String before = conversion.before().filter(ThemeLikeness::recognised)
                    .map(likeness -> " from " + likeness.describe()).orElse("");
            return new Outcome(Result.CONVERTED, "to " + theme.name() + before + "; " + conversion.edits().size()
                    + " edits", Optional.of(conversion), Optional.of(conversion.apply(text)));
        }
        // nothing changed in a deck unlike the theme, and a warning says why: it could not be converted
        boolean inTheme = conversion.before().filter(ThemeLikeness::recognised)
                .filter(likeness -> likeness.theme().name().equals(theme.name())).isPresent();
        Optional<String> blocked = conversion.notes().stream().filter(n -> !inTheme && n.severity() == Severity.WARNING)
                .map(ConversionNote::message).findFirst();
        return blocked.map(reason -> new Outcome(Result.FAILED, reason, Optional.of(conversion), Optional.empty()))
                .orElseGet(() -> new Outcome(Result.UNCHANGED, theme.name(), Optional.of(conversion), Optional.empty()));
    }
}
