package io.decklint.theme;

/** How much of a theme a deck has: the theme's parts the deck shows as the theme sets them, out of all. */
public record ThemeLikeness(Theme theme, int same, int total) implements Comparable<ThemeLikeness> {
    /** A deck has a theme when it shows at least this share of it (real decks tweak a size or two). */
    static final double RECOGNISED = 0.8;

    public double share() {
        return total == 0 ? 0 : (double) same / total;
    }

    public boolean recognised() {
        return share() >= RECOGNISED;
    }

    public int percent() {
        return (int) Math.round(share() * 100);
    }

    /** For people: "scs-2023, 100% alike", or "closest to scs-2023, 62% alike" when not {@link #recognised()}. */
    public String describe() {
        return (recognised() ? "" : "closest to ") + theme.name() + ", " + percent() + "% alike";
    }

    @Override
    public int compareTo(ThemeLikeness other) {
        return Double.compare(share(), other.share());
    }
}
