package io.decklint.spelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Expands a Hunspell dictionary ({@code .aff} and {@code .dic}) into every word form it accepts, for the
 * build to compile into a word table. It reads the subset of the affix format the SCOWL English
 * dictionaries use: single-character flags, {@code PFX}/{@code SFX} rules with conditions and cross
 * products, {@code NOSUGGEST} and {@code ONLYINCOMPOUND} (compound-only stems, such as the ordinal
 * endings, are left out: decklint never checks words with digits).
 */
final class HunspellWords {
    private record Affix(boolean prefix, boolean crossProduct, String strip, String add, Pattern condition) {
        /** The form this affix makes of {@code stem}, or null when the stem does not meet its condition. */
        String apply(String stem) {
            if (prefix) {
                return stem.startsWith(strip) && condition.matcher(stem).lookingAt()
                        ? add + stem.substring(strip.length()) : null;
            }
            if (!stem.endsWith(strip) || !condition.matcher(stem).find()) {
                return null;
            }
            return stem.substring(0, stem.length() - strip.length()) + add;
        }
    }

    private final Map<Character, List<Affix>> affixes = new HashMap<>();
    private char noSuggest;
    private char onlyInCompound;

    HunspellWords(String aff) {
        String[] lines = aff.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String[] f = lines[i].trim().split("\\s+");
            switch (f[0]) {
                case "NOSUGGEST" -> noSuggest = f[1].charAt(0);
                case "ONLYINCOMPOUND" -> onlyInCompound = f[1].charAt(0);
                case "PFX", "SFX" -> {
                    if (f.length == 4) {
                        boolean prefix = f[0].equals("PFX");
                        boolean cross = f[2].equals("Y");
                        List<Affix> rules = affixes.computeIfAbsent(f[1].charAt(0), k -> new ArrayList<>());
                        int count = Integer.parseInt(f[3]);
                        for (int r = 1; r <= count; r++) {
                            String[] rule = lines[i + r].trim().split("\\s+");
                            rules.add(affix(prefix, cross, rule));
                        }
                        i += count;
                    }
                }
                default -> {
                    // other directives (TRY, REP, ICONV, compounding) do not change the set of words
                }
            }
        }
    }

    private static Affix affix(boolean prefix, boolean cross, String[] rule) {
        String strip = rule[2].equals("0") ? "" : rule[2];
        String add = rule[3].equals("0") ? "" : rule[3];
        String condition = rule.length > 4 ? rule[4] : ".";
        Pattern pattern = Pattern.compile(prefix ? "^" + condition : condition + "$");
        return new Affix(prefix, cross, strip, add, pattern);
    }

    /** Calls {@code sink} with every word form of the {@code .dic} text and whether it may be suggested. */
    void expand(String dic, BiConsumer<String, Boolean> sink) {
        String[] lines = dic.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            String entry = lines[i].trim();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            String stem = slash < 0 ? entry : entry.substring(0, slash);
            String flags = slash < 0 ? "" : entry.substring(slash + 1).split("\\s")[0];
            if (flags.indexOf(onlyInCompound) >= 0 && onlyInCompound != 0) {
                continue;
            }
            boolean suggest = noSuggest == 0 || flags.indexOf(noSuggest) < 0;
            for (String form : forms(stem, flags)) {
                sink.accept(form, suggest);
            }
        }
    }

    private Set<String> forms(String stem, String flags) {
        Set<String> forms = new TreeSet<>();
        forms.add(stem);
        List<String> crossSuffixed = new ArrayList<>();
        for (char flag : flags.toCharArray()) {
            for (Affix affix : affixes.getOrDefault(flag, List.of())) {
                if (!affix.prefix()) {
                    String form = affix.apply(stem);
                    if (form != null) {
                        forms.add(form);
                        if (affix.crossProduct()) {
                            crossSuffixed.add(form);
                        }
                    }
                }
            }
        }
        for (char flag : flags.toCharArray()) {
            for (Affix affix : affixes.getOrDefault(flag, List.of())) {
                if (affix.prefix()) {
                    addIfMade(forms, affix.apply(stem));
                    if (affix.crossProduct()) {
                        crossSuffixed.forEach(form -> addIfMade(forms, affix.apply(form)));
                    }
                }
            }
        }
        return forms;
    }

    private static void addIfMade(Set<String> forms, String form) {
        if (form != null) {
            forms.add(form);
        }
    }
}
