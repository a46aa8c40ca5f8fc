package io.decklint.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A deck written from scratch by a seeded random generator, with what the generator knows about it: where the
 * deck's own content starts (everything from there on must survive a conversion byte for byte), the call's date
 * on its title slide, and its title lines. Front matter, style block and title slides vary the way real decks
 * vary (quoting, indentation, CRLF, a byte-order mark, one or two title slides, pictures and backgrounds on
 * them); content slides hold headings, lists, pictures, code, comments, slide attributes, style blocks of their
 * own and speaker notes.
 */
record GeneratedDeck(long seed, String text, int contentStart, Optional<String> date, List<String> titleLines,
        List<String> frontMatterLines) {
    private static final String[] WORDS = {"cloud", "stack", "sovereign", "team", "update", "release", "zuul",
        "keycloak", "Größe", "naïve", "🚀", ":cloud:", "**bold**", "`code`", "<font color=\"#0f5fe1\">blue</font>"};
    private static final String OUTLINE = " style=\"text-shadow: -1px 1px 0 #FFF, 1px 1px 0 #FFF, 1px -1px 0 #FFF, "
            + "-1px -1px 0 #FFF;\"";

    static GeneratedDeck generate(long seed) {
        return new Writer(new Random(seed)).write(seed);
    }

    private static final class Writer {
        private final Random random;
        private final String le;
        private final StringBuilder text = new StringBuilder();
        private final List<String> titleLines = new ArrayList<>();
        private final List<String> frontMatterLines = new ArrayList<>();

        Writer(Random random) {
            this.random = random;
            this.le = random.nextInt(10) < 3 ? "\r\n" : "\n";
        }

        GeneratedDeck write(long seed) {
            if (random.nextInt(5) == 0) {
                text.append('\uFEFF');
            }
            frontMatter();
            style();
            Optional<String> date = Optional.empty();
            boolean title = random.nextInt(6) != 0;
            int contentStart;
            if (title) {
                date = titleSlides();
                contentStart = text.length();
                int slides = 1 + random.nextInt(6);
                for (int i = 0; i < slides; i++) {
                    text.append(le).append(i > 0 && random.nextBoolean() ? "----" : "---").append(le).append(le);
                    contentSlide();
                }
            } else {
                contentStart = text.length();
                contentSlide();
            }
            return new GeneratedDeck(seed, text.toString(), contentStart, date, titleLines, frontMatterLines);
        }

        private void line(String line) {
            text.append(line).append(le);
        }

        private void frontMatter() {
            int kind = random.nextInt(8);
            if (kind == 0) {
                return;
            }
            List<String> lines = new ArrayList<>();
            lines.add("---");
            if (random.nextBoolean()) {
                lines.add("title: SCS Community Call");
            }
            lines.add("type: slide");
            if (kind == 1) {
                lines.add("slideOptions: {theme: black, transition: fade}");
            } else if (kind > 2) {
                String indent = random.nextBoolean() ? "  " : "    ";
                lines.add("slideOptions:" + (random.nextInt(4) == 0 ? "  # how reveal.js shows it" : ""));
                List<String> options = new ArrayList<>(List.of(
                        "theme: " + pick("white", "black", "'white'"),
                        "transition: " + pick("'slide'", "\"fade\"", "zoom", "slide"),
                        "parallaxBackgroundSize: '1920px 1080px'",
                        "parallaxBackgroundImage: '" + pick("https://input.scs.community/uploads/"
                                + "7938ad7c-e76e-48bd-9b3c-427a79909bca.png", "https://example.org/bg.png") + "'",
                        "controls: false",
                        "# a comment of the deck's own",
                        "keyboard:" + le + indent + indent + "13: next"));
                int count = random.nextInt(options.size() + 1);
                for (int i = 0; i < count; i++) {
                    lines.add(indent + options.remove(random.nextInt(options.size())));
                }
            }
            if (random.nextBoolean()) {
                lines.add("tags: presentation");
            }
            lines.add("---");
            for (String line : lines) {
                line(line);
                if (!line.startsWith(" ") && !line.startsWith("slideOptions")) {
                    frontMatterLines.add(line);
                }
            }
            text.append(le);
        }

        private void style() {
            int kind = random.nextInt(5);
            if (kind == 0) {
                return;
            }
            String indent = random.nextBoolean() ? "    " : "";
            line("<style>");
            String[][] rules = {
                {".slides h1", "font-size: " + pick("40px", "36px", "32px"), "font-family: lato",
                    "color: \"#50c3a5\""},
                {".slides h2", "font-size: " + pick("28px", "30px"), "font-family: lato"},
                {".slides li", "font-size: " + pick("18px", "20px")},
                {".slides ul", "display: block!important"},
                {".our-own", "color: red"},
            };
            for (String[] rule : rules) {
                if (kind > 1 && random.nextInt(4) == 0) {
                    continue;
                }
                line(indent + rule[0] + " {");
                for (int i = 1; i < rule.length; i++) {
                    line(indent + "    " + rule[i] + ";");
                }
                line(indent + "}");
            }
            line("</style>");
            text.append(le);
        }

        /** One or two title slides; returns the date they show, if any. */
        private Optional<String> titleSlides() {
            Optional<String> date = random.nextInt(4) == 0 ? Optional.empty()
                    : Optional.of(String.format("20%02d-%02d-%02d", 23 + random.nextInt(3), 1 + random.nextInt(12),
                            1 + random.nextInt(28)));
            boolean outlined = random.nextBoolean();
            String style = outlined ? OUTLINE : "";
            background();
            heading(pick("# Sovereign Cloud Stack", "# <font color=\"#50c3a5\"" + style + ">Sovereign</font> "
                    + "<font color=\"#0f5fe1\"" + style + ">Cloud Stack</font>", "# " + words(2)));
            if (random.nextInt(4) != 0) {
                heading("## <font color=\"#7D7D82\"" + style + ">" + pick("One platform – standardized, built and "
                        + "operated by many.", words(4)) + "</font>");
            }
            boolean twoSlides = random.nextInt(3) == 0;
            if (twoSlides) {
                if (random.nextBoolean()) {
                    text.append(le).append("![](https://example.org/photo.jpg)").append(le);
                }
                text.append(le).append("---").append(le).append(le);
                background();
                heading("## <font color=\"#0f5fe1\">SCS Community Call</font>");
                heading("### <font color=\"#7D7D82\" size=12px>" + date.orElse("202X-XX-XX") + "</font>");
            } else {
                String call = date.map(d -> "Community Call " + d).orElse("SCS Community Call");
                heading("## <font color=\"#0f5fe1\"" + style + ">" + call + "</font>");
                if (random.nextInt(5) == 0) {
                    heading("### " + words(2));
                }
            }
            if (random.nextInt(4) == 0) {
                text.append(le).append("Presented by @" + words(1).replaceAll("[^a-z]", "x")).append(le);
            }
            return date;
        }

        private void background() {
            if (random.nextBoolean()) {
                line("<!-- .slide: data-background=\"https://example.org/" + random.nextInt(5) + ".jpg\""
                        + (random.nextInt(4) == 0 ? " data-transition=\"zoom\"" : "") + " -->");
            }
        }

        private void heading(String line) {
            line(line);
            titleLines.add(line);
        }

        private void contentSlide() {
            int blocks = 1 + random.nextInt(4);
            if (random.nextInt(5) == 0) {
                line("<!-- .slide: data-background=\"https://example.org/content.png\" -->");
            }
            for (int i = 0; i < blocks; i++) {
                switch (random.nextInt(9)) {
                    case 0 -> line("# " + words(3) + (random.nextInt(5) == 0 ? "   " : ""));
                    case 1 -> {
                        line("* " + words(4));
                        line("    * " + words(3));
                    }
                    case 2 -> line("![](https://example.org/" + random.nextInt(9) + ".png =50%x)");
                    case 3 -> {
                        line("```yaml");
                        line("title: " + words(2));
                        line("```");
                    }
                    case 4 -> line(i == 0 ? "Styled:" : "<style>.slide-own { color: #333; }</style>");
                    case 5 -> line("<!-- " + words(3) + " -->");
                    case 6 -> line("| a | b |" + le + "|---|---|" + le + "| " + words(1) + " | 2 |");
                    default -> line(words(6));
                }
                text.append(le);
            }
            text.append(words(5)).append(" ").append(words(2));
            if (random.nextInt(4) == 0) {
                text.append(le).append(le).append("Note: ").append(words(4));
            }
            text.append(le);
        }

        private String words(int count) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < count; i++) {
                out.append(i > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
            }
            return out.toString();
        }

        private String pick(String... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
