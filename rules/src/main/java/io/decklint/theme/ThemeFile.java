package io.decklint.theme;

import java.util.List;
import java.util.Map;

/**
 * Writes a theme file as a person would: each part under a comment that says where it came from, one-line
 * values plain where YAML reads them back the same, CSS and title lines as literal blocks.
 */
final class ThemeFile {
    private static final int WIDTH = 110;
    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();

    ThemeFile(String name, String description) {
        comment("A theme: docs/themes.md describes every key. Edit it freely; decklint checks it when it reads it.");
        out.append("name: ").append(name).append('\n');
        out.append("description: ").append(YamlScalars.text(description)).append('\n');
    }

    void slideOptions(String why, Map<String, String> options) {
        if (options.isEmpty()) {
            return;
        }
        section(why);
        out.append("slideOptions:\n");
        options.forEach((key, value) -> out.append(INDENT).append(key).append(": ").append(value).append('\n'));
    }

    void removeSlideOptions(String why, List<String> keys) {
        list(why, "removeSlideOptions", keys);
    }

    void style(String why, String css) {
        section(why);
        out.append("style: |\n");
        block(css, INDENT);
    }

    void titleSlides(String why, List<TitleSlideTemplate> slides) {
        section(why);
        out.append("titleSlides:\n");
        for (TitleSlideTemplate slide : slides) {
            String first = INDENT + "- ";
            if (!slide.attributes().isEmpty()) {
                out.append(first).append("attributes:\n");
                slide.attributes().forEach((name, value) -> out.append(INDENT.repeat(3)).append(name).append(": ")
                        .append(YamlScalars.singleQuoted(value)).append('\n'));
                first = INDENT.repeat(2);
            }
            out.append(first).append("markdown: |\n");
            block(String.join("\n", slide.headings()), INDENT.repeat(3));
        }
    }

    void replaces(String why, List<String> lines) {
        list(why, "replaces", lines);
    }

    void defaults(String why, Map<Fact, String> defaults) {
        if (defaults.isEmpty()) {
            return;
        }
        section(why);
        out.append("defaults:\n");
        defaults.forEach((fact, value) -> out.append(INDENT).append(fact.key()).append(": ")
                .append(YamlScalars.text(value)).append('\n'));
    }

    String text() {
        return out.toString();
    }

    private void list(String why, String key, List<String> items) {
        section(why);
        out.append(key).append(":\n");
        items.forEach(item -> out.append(INDENT).append("- ").append(YamlScalars.text(item)).append('\n'));
    }

    private void section(String why) {
        out.append('\n');
        comment(why);
    }

    private void block(String text, String indent) {
        for (String line : text.strip().split("\n")) {
            out.append(line.isBlank() ? "" : indent + line.stripTrailing()).append('\n');
        }
    }

    /** A comment, wrapped at word boundaries. */
    private void comment(String text) {
        StringBuilder line = new StringBuilder("#");
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > 1) {
                out.append(line).append('\n');
                line = new StringBuilder("#");
            }
            line.append(' ').append(word);
        }
        out.append(line).append('\n');
    }
}
