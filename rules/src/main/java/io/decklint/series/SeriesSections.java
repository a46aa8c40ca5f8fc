package io.decklint.series;

import io.decklint.rules.HeadingText;
import io.decklint.text.EditDistance;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sections a series keeps: the names its decks open slides with, counted over the decks (the template
 * left out when there are others). A name most decks use is a section; spellings that drifted over time
 * ("Team IAM", later "Team IAM & Security") are one section when one starts with the other as whole words, or
 * they differ by a letter or two, and decks use one or the other rather than both.
 *
 * @param sections the sections, in the order decks show them (by their average place)
 * @param decks how many decks they were learnt from
 * @param ordered true when nearly every deck ({@link #REQUIRED}) shows its sections in one order
 * @param inOrder how many decks with two sections or more show them in that order
 * @param withTwoOrMore how many decks have two sections or more
 */
public record SeriesSections(List<LearntSection> sections, int decks, boolean ordered, int inOrder,
        int withTwoOrMore) {
    /** Share of the decks a section must be in to be required: a deck without it is then news. */
    public static final double REQUIRED = 0.9;
    /** Share of the decks (and at least two) a name must be in to be a section at all. */
    public static final double SECTION = 0.2;
    /** Share of the decks with a name that may also use the other spelling, for the two to be one section. */
    private static final double SHARED = 0.2;

    /** What a spelling is seen in: the decks, by their place among the decks, and its most used form. */
    private static final class Seen {
        final String comparable;
        final BitSet decks = new BitSet();
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final Map<Integer, Integer> positions = new HashMap<>();

        Seen(String comparable) {
            this.comparable = comparable;
        }

        String text() {
            return forms.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    /** A section being gathered: its spellings, shortest first, and the decks that have any of them. */
    private static final class Group {
        final List<Seen> members = new ArrayList<>();
        final BitSet decks = new BitSet();

        void add(Seen seen) {
            members.add(seen);
            decks.or(seen.decks);
        }
    }

    public static SeriesSections learn(Series series) {
        List<SeriesDeck> decks = series.dated().isEmpty() ? series.decks() : series.dated();
        return learn(decks);
    }

    /** Learns from the decks given, oldest first. */
    public static SeriesSections learn(List<SeriesDeck> decks) {
        Map<String, Seen> seen = new LinkedHashMap<>();
        for (int d = 0; d < decks.size(); d++) {
            int position = 0;
            for (SectionHeadings.Opening opening : SectionHeadings.distinct(decks.get(d).deck()).values()) {
                Seen s = seen.computeIfAbsent(opening.comparable(), Seen::new);
                s.decks.set(d);
                s.forms.merge(opening.name(), 1, Integer::sum);
                s.positions.put(d, position++);
            }
        }
        List<Group> groups = group(seen.values());
        int least = Math.max(2, (int) Math.ceil(SECTION * decks.size()));
        List<Group> kept = groups.stream().filter(g -> g.decks.cardinality() >= least).toList();
        List<Group> order = globalOrder(kept);
        int[] inOrder = countInOrder(order, decks.size());
        List<LearntSection> sections = new ArrayList<>();
        for (Group group : order) {
            sections.add(section(group, decks));
        }
        boolean ordered = inOrder[1] > 0 && inOrder[0] >= REQUIRED * inOrder[1];
        return new SeriesSections(sections, decks.size(), ordered, inOrder[0], inOrder[1]);
    }

    /** Spellings by length: a longer one joins the section of a shorter one it starts with, or is a slip of. */
    private static List<Group> group(java.util.Collection<Seen> all) {
        List<Seen> byLength = new ArrayList<>(all);
        byLength.sort(Comparator.comparingInt((Seen s) -> s.comparable.length())
                .thenComparing(s -> -s.decks.cardinality()));
        List<Group> groups = new ArrayList<>();
        for (Seen s : byLength) {
            Group home = null;
            for (Group g : groups) {
                if (sameSection(s, g) && (home == null || g.decks.cardinality() > home.decks.cardinality())) {
                    home = g;
                }
            }
            if (home == null) {
                home = new Group();
                groups.add(home);
            }
            home.add(s);
        }
        return groups;
    }

    private static boolean sameSection(Seen s, Group g) {
        Seen root = g.members.get(0);
        boolean related = HeadingText.startsWithWords(s.comparable, root.comparable)
                || closeSpelling(s.comparable, root.comparable);
        if (!related) {
            return false;
        }
        BitSet both = (BitSet) s.decks.clone();
        both.and(g.decks);
        return both.cardinality() <= SHARED * Math.min(s.decks.cardinality(), g.decks.cardinality());
    }

    /**
     * Two spellings a slip apart: one edit in a short name, two in a longer one. Names with other numbers are
     * other names ("Towards R6", "Towards R7").
     */
    static boolean closeSpelling(String a, String b) {
        if (!a.replaceAll("\\D+", " ").strip().equals(b.replaceAll("\\D+", " ").strip())) {
            return false;
        }
        int allowed = Math.min(a.length(), b.length()) >= 12 ? 2 : Math.min(a.length(), b.length()) >= 6 ? 1 : 0;
        return allowed > 0 && EditDistance.between(a, b, allowed) <= allowed;
    }

    /** The sections sorted by where decks show them on average, each deck's places scaled to 0..1. */
    private static List<Group> globalOrder(List<Group> groups) {
        Map<Group, Double> mean = new HashMap<>();
        for (Group g : groups) {
            double sum = 0;
            int n = 0;
            for (Seen s : g.members) {
                for (var place : s.positions.entrySet()) {
                    sum += place.getValue();
                    n++;
                }
            }
            mean.put(g, n == 0 ? 0 : sum / n);
        }
        List<Group> order = new ArrayList<>(groups);
        order.sort(Comparator.comparingDouble(mean::get));
        return order;
    }

    /** How many decks show their sections in the global order, out of those with two sections or more. */
    private static int[] countInOrder(List<Group> order, int deckCount) {
        int inOrder = 0;
        int counted = 0;
        for (int d = 0; d < deckCount; d++) {
            List<int[]> shown = new ArrayList<>(); // {position in deck, place in order}
            for (int o = 0; o < order.size(); o++) {
                int first = Integer.MAX_VALUE;
                for (Seen s : order.get(o).members) {
                    Integer p = s.positions.get(d);
                    if (p != null) {
                        first = Math.min(first, p);
                    }
                }
                if (first != Integer.MAX_VALUE) {
                    shown.add(new int[] {first, o});
                }
            }
            if (shown.size() < 2) {
                continue;
            }
            counted++;
            shown.sort(Comparator.comparingInt(a -> a[0]));
            boolean rising = true;
            for (int i = 1; i < shown.size(); i++) {
                rising &= shown.get(i)[1] > shown.get(i - 1)[1];
            }
            if (rising) {
                inOrder++;
            }
        }
        return new int[] {inOrder, counted};
    }

    private static LearntSection section(Group group, List<SeriesDeck> decks) {
        List<LearntSection.Spelling> spellings = new ArrayList<>();
        for (Seen s : group.members) {
            spellings.add(new LearntSection.Spelling(s.text(), s.comparable, s.decks.cardinality(),
                    decks.get(s.decks.nextSetBit(0)).date(), decks.get(s.decks.previousSetBit(decks.size())).date()));
        }
        spellings.sort(Comparator.comparingInt((LearntSection.Spelling s) -> -s.decks()));
        // The name is the spelling used last, of those used twice or more: a slip in the newest deck is no name.
        List<Seen> used = group.members.stream().filter(s -> s.decks.cardinality() >= 2).toList();
        Seen named = (used.isEmpty() ? group.members : used).stream()
                .max(Comparator.comparingInt((Seen s) -> s.decks.previousSetBit(decks.size()))
                        .thenComparingInt(s -> s.decks.cardinality())).orElseThrow();
        List<String> aliases = new ArrayList<>();
        List<String> covered = new ArrayList<>(List.of(named.comparable));
        // Every spelling a deck used is covered, shortest first so an alias covers the longer ones it starts:
        // the decks learnt from must not be told they lack the section they have.
        for (Seen s : group.members) {
            boolean isCovered = covered.stream().anyMatch(c -> HeadingText.startsWithWords(s.comparable, c));
            if (!isCovered) {
                aliases.add(s.text());
                covered.add(s.comparable);
            }
        }
        int count = group.decks.cardinality();
        return new LearntSection(named.text(), aliases, spellings, count, count >= REQUIRED * decks.size());
    }

    /** The section a heading names, by its name or an alias. */
    public Optional<LearntSection> matching(String comparableHeading) {
        LearntSection best = null;
        int longest = 0;
        for (LearntSection section : sections) {
            for (String spelling : names(section)) {
                if (spelling.length() > longest && HeadingText.startsWithWords(comparableHeading, spelling)) {
                    best = section;
                    longest = spelling.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The section's name and aliases in compared form. */
    static List<String> names(LearntSection section) {
        List<String> names = new ArrayList<>();
        names.add(HeadingText.comparable(section.name()));
        section.aliases().forEach(alias -> names.add(HeadingText.comparable(alias)));
        return names;
    }
}
