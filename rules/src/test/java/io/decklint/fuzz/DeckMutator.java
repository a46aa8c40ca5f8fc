package io.decklint.fuzz;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes damaged decks out of real ones, the way decks get damaged: lines lost, doubled and swapped, separators
 * glued to text, odd attribute comments, broken front matter, things opened and never closed, mixed line
 * endings, byte-order marks, NUL bytes, lone surrogate halves, right-to-left, combining and emoji text, huge
 * lines and deep nesting. The same seed deck and the same random source give the same deck.
 */
final class DeckMutator {
    /**
     * Inputs that crashed or stalled the engine once; while one is held back its inputs are kept small enough
     * not to trigger it.
     */
    enum KnownCrash {
        /** Runs of thousands of {@code -}, {@code >} or {@code *}: StackOverflowError in regexes, once. */
        LONG_MARKER_RUNS,
        /**
         * Words of hundreds of letters, or thousands of unknown words on a line: the speller's suggestions take
         * seconds to minutes.
         */
        LONG_UNKNOWN_WORDS,
        /** {@code ![} thousands of times: the image bracket parsing takes seconds per deck. */
        NESTED_IMAGE_BRACKETS,
        /** {@code \r} in the front matter: the front-matter rule reports columns between {@code \r} and {@code \n}. */
        FRONT_MATTER_CRLF_POSITIONS,
        /**
         * Lines of tens of thousands of characters full of {@code `} or {@code <}: flexmark's inline parser
         * copies the rest of the line at each one, seconds per deck.
         */
        HUGE_MARKUP_LINES,
    }

    private static final String[] ODD_TEXT = {
        "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD", "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
        "\u202Eevil\u202C", "\u200F\u200E", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83D\uDE80",
        "\uD83C\uDDE9\uD83C\uDDEA", "e\u0301\u0301\u0301\u0301", "a\u0308\u0323", "\u200B", "\u00A0", "\u2028",
        "\u2029", "\uFFFD", "\uFFFE", "\u0000", "\uFEFF", "\uD800", "\uDC00", "\uDBFF\uDBFF", "\u0085",
        "\uFF21\uFF22\uFF23", "\u1E9E", "\u0130stanbul", ":cloud:", "&nbsp;", "&#x1F680;", "\\", "`", "<", "]",
        "\u00E2\u20AC\u201C", "\u00C3\u00A4",
    };

    private static final String[] ODD_COMMENTS = {
        "<!-- .slide: data-background=\"#fff\" -->", "<!-- .slide: data-background='#fff' -->",
        "<!-- .slide: class=\"a\" class=\"b\" -->", "<!-- .slide: style=\"color: red\" data-x -->",
        "<!-- .element: class=\"fragment\" -->", "<!-- .element class=fragment -->", "<!-- .slide:",
        "<!-- .element: style=\"a=b\" -->", "<!-- .slide: data-transition=\"zoom\"\n  data-x=\"1\" -->",
        "<!-- .SLIDE: ID=\"X\" -->", "<!-- .slide: data-background-image=\"x y.png\" -->",
        "<!-- .element: data-\"=\"\" -->", "<!-- .slide: -->", "<!---->", "<!-- decklint-disable -->",
        "<!-- decklint-enable spelling -->", "<!-- .element: class=\"\u05E9\" -->",
    };

    private static final String[] YAML_DAMAGE = {
        "slideOptions:\n  theme: [\n", "slideOptions:\n", "  transition: 'zoom\n", "type: slide\ntype: slide\n",
        "title: \"unclosed\n", "\tindent: tab\n", "a: &x [*x]\n", "? complex\n: key\n", "slideOptions: {theme: }\n",
        "!!python/object:os.system [ls]\n", "- a list\n", ": :\n", "lang: 12\n", "breaks: no\n", "dir: RTL\n",
        "slideoptions:\n  Theme: Black\n", "  width: \"1024px\"\n", "  controls: yes\n", "---\n", "...\n",
    };

    private static final String[] SEPARATORS = {"---", "----", " ---", "---  ", "----\t", "***", "___", "- - -",
        "-----", "--", "\t---"};

    private static final String[] IMAGES = {"![alt](img.png =100x)", "![a] (x.png)", "![a](x y.png)",
        "![a](x.png=50%x)", "![a](javascript:alert(1))", "![a](<x.png>)", "![](x.png", "![a][ref]",
        "<img src=\"\">", "![a](http://[::1]/x.png)", "![a](x.png \"t\" =10x20)", "![a](%zz.png)"};

    private final List<String> seeds;
    private final Set<KnownCrash> heldBack;

    DeckMutator(List<String> seeds, Set<KnownCrash> heldBack) {
        this.seeds = List.copyOf(seeds);
        this.heldBack = heldBack.isEmpty() ? EnumSet.noneOf(KnownCrash.class) : EnumSet.copyOf(heldBack);
    }

    /** A deck made from a seed deck (often a window of it, to keep decks small) with one to six changes. */
    String deck(Random random) {
        List<String> lines = LineShrinker.lines(seeds.get(random.nextInt(seeds.size())));
        if (lines.size() > 60 && random.nextInt(10) != 0) {
            int length = 5 + random.nextInt(40);
            int from = random.nextInt(lines.size() - length);
            List<String> window = new ArrayList<>(lines.subList(0, Math.min(from, frontMatterEnd(lines))));
            window.addAll(lines.subList(from, from + length));
            lines = window;
        }
        int changes = 1 + random.nextInt(6);
        for (int i = 0; i < changes; i++) {
            mutate(lines, random);
        }
        for (int i = 0; i < Math.min(lines.size(), firstBodyLine(lines)); i++) {
            lines.set(i, lines.get(i).replace("\r\n", "\n").replace('\r', '\n'));
        }
        String deck = String.join("", lines);
        return random.nextInt(20) == 0 ? deck.substring(0, random.nextInt(deck.length() + 1)) : deck;
    }

    private void mutate(List<String> lines, Random random) {
        if (lines.isEmpty()) {
            lines.add("\n");
        }
        int at = random.nextInt(lines.size());
        String newline = random.nextInt(4) == 0 && at >= firstBodyLine(lines) ? "\r\n" : "\n";
        switch (random.nextInt(20)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
            case 2 -> swap(lines, at, random.nextInt(lines.size()));
            case 3 -> glueSeparator(lines, random);
            case 4 -> lines.add(at, pick(random, ODD_COMMENTS) + newline);
            case 5 -> lines.add(Math.min(lines.size(), random.nextInt(4)), pick(random, YAML_DAMAGE));
            case 6 -> lines.add(at, pick(random, "```", "~~~", "```js", "<!--", "<style>", "<style>\n.reveal {",
                    "</style>", "-->", "<div>", "<details>", "$$", ":::info", "<script>") + newline);
            case 7 -> lineEndings(lines, random, firstBodyLine(lines));
            case 8 -> lines.set(0, "\uFEFF" + lines.get(0));
            case 9 -> lines.set(at, insertAt(lines.get(at), pick(random, ODD_TEXT), random));
            case 10 -> lines.add(at, hugeLine(random) + newline);
            case 11 -> lines.add(at, deepNesting(random) + newline);
            case 12 -> lines.add(at, pick(random, SEPARATORS) + newline);
            case 13 -> lines.add(at, "\n");
            case 14 -> splice(lines, at, random);
            case 15 -> lines.set(at, insertAt(lines.get(at), pick(random, IMAGES), random));
            case 16 -> lines.set(at, dropChar(lines.get(at), random));
            case 17 -> {
                if (at >= firstBodyLine(lines)) {
                    lines.set(at, lines.get(at).replace("\n", "\r"));
                }
            }
            case 18 -> lines.add(at, pick(random, "note:", "Note:", "note: a", "# ", "#", "- ", "1. ", "> ", "|a|b|",
                    "|-|-|", "[^1]: x", "*[HTML]: x", "<!-- decklint-disable-next-line -->") + newline);
            default -> lines.add(at, "<style>" + newline + pick(random, ".reveal { color: \"red\" }",
                    "h1 { colour: red; }", "a { color: red;; }", "}", "/* open", "b { content: \"open }",
                    "@import url(x.css);", "c { width: calc(1px + ; }", "<b>", "d { color: red") + newline
                    + (random.nextBoolean() ? "</style>" + newline : ""));
        }
    }

    /** The lines of the front matter at the top, kept when a window of the deck is taken. */
    private static int frontMatterEnd(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static void swap(List<String> lines, int a, int b) {
        String line = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, line);
    }

    /** Removes the blank line above or below a separator, or the separator's own line break. */
    private static void glueSeparator(List<String> lines, Random random) {
        List<Integer> separators = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (stripped.equals("---") || stripped.equals("----")) {
                separators.add(i);
            }
        }
        if (separators.isEmpty()) {
            return;
        }
        int i = separators.get(random.nextInt(separators.size()));
        int neighbour = random.nextBoolean() ? i - 1 : i + 1;
        if (neighbour >= 0 && neighbour < lines.size() && lines.get(neighbour).isBlank()) {
            lines.remove(neighbour);
        } else {
            lines.set(i, lines.get(i).stripTrailing());
        }
    }

    /** The first line whose line break may change: below the front matter while its positions are held back. */
    private int firstBodyLine(List<String> lines) {
        int fence = 0; // front matter below blank lines is read as front matter once --fix deletes them
        while (fence < lines.size() && lines.get(fence).replace("\uFEFF", "").isBlank()) {
            fence++;
        }
        if (!heldBack.contains(KnownCrash.FRONT_MATTER_CRLF_POSITIONS) || fence == lines.size()
                || !lines.get(fence).replace("\uFEFF", "").strip().equals("---")) {
            return 0;
        }
        int end = frontMatterEnd(lines.subList(fence, lines.size()));
        return end == 0 ? lines.size() : fence + end;
    }

    private static void lineEndings(List<String> lines, Random random, int from) {
        String ending = pick(random, "\r\n", "\r", "\n");
        if (from >= lines.size()) {
            return;
        }
        for (int i = from + random.nextInt(lines.size() - from); i < lines.size(); i += 1 + random.nextInt(3)) {
            String line = lines.get(i);
            String bare = line.replaceAll("[\r\n]+$", "");
            if (bare.length() < line.length()) {
                lines.set(i, bare + ending);
            }
        }
    }

    private String hugeLine(Random random) {
        int length = 2_000 + random.nextInt(heldBack.contains(KnownCrash.HUGE_MARKUP_LINES) ? 2_000 : 30_000);
        StringBuilder line = new StringBuilder(length + 40);
        int kind = random.nextInt(4);
        boolean shortWords = heldBack.contains(KnownCrash.LONG_UNKNOWN_WORDS);
        if (shortWords && kind == 1) {
            length = 300; // each unknown word costs its suggestions: thousands of them take seconds
        }
        int longWord = shortWords ? 12 : 2_000;
        while (line.length() < length) {
            switch (kind) {
                case 0 -> line.append(pick(random, "cloud", "sovereign", "stack", "Kubernetes", "OpenStack",
                        "improvments", "the", "a", "\u00FCber", "\u0441\u0442\u0435\u043A")).append(' ');
                case 1 -> line.append(randomWord(random, 1 + random.nextInt(longWord))).append(' ');
                case 2 -> line.append(pick(random, "**", "_", "`", "[", "](", ")", "<b>", "</b>", "\\", "|", "~~"));
                default -> line.append(pick(random, ODD_TEXT));
            }
        }
        return line.toString();
    }

    private String deepNesting(Random random) {
        int markerRun = heldBack.contains(KnownCrash.LONG_MARKER_RUNS) ? 300 : 6_000;
        int brackets = heldBack.contains(KnownCrash.NESTED_IMAGE_BRACKETS) ? 50 : 4_000;
        int depth = 1 + random.nextInt(markerRun);
        return switch (random.nextInt(7)) {
            case 0 -> ">".repeat(depth) + " quoted";
            case 1 -> "-".repeat(depth);
            case 2 -> "* ".repeat(depth) + "item";
            case 3 -> "  ".repeat(Math.min(depth, 300)) + "- nested item";
            case 4 -> "<div>".repeat(Math.min(depth, 1_000)) + "x";
            case 5 -> "![".repeat(Math.min(depth, brackets)) + "](x.png)".repeat(Math.min(depth, brackets));
            default -> "[".repeat(Math.min(depth, 1_000)) + "x" + "]".repeat(Math.min(depth, 1_000));
        };
    }

    private void splice(List<String> lines, int at, Random random) {
        List<String> other = LineShrinker.lines(seeds.get(random.nextInt(seeds.size())));
        if (other.isEmpty()) {
            return;
        }
        int from = random.nextInt(other.size());
        lines.addAll(at, other.subList(from, Math.min(other.size(), from + 1 + random.nextInt(8))));
    }

    private static String randomWord(Random random, int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String insertAt(String line, String insert, Random random) {
        int at = random.nextInt(line.length() + 1);
        return line.substring(0, at) + insert + line.substring(at);
    }

    private static String dropChar(String line, Random random) {
        if (line.isEmpty()) {
            return line;
        }
        int at = random.nextInt(line.length());
        return line.substring(0, at) + line.substring(at + 1);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
