package io.decklint.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.decklint.Decklint;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decks built to make the engine recurse or search without bound: each overflowed the stack, failed a rule or
 * took minutes. Each is linted whole with every rule, and gives its findings with no rule failing. The time
 * limit only guards against a hang.
 */
class HostileDecksTest {
    private static final String HEAD = "---\ntype: slide\n---\n";
    private static final Decklint DECKLINT = new Decklint();

    static Stream<Arguments> decks() {
        return Stream.of(
                Arguments.of("a line of 2,000 dashes", HEAD + "-".repeat(2_000) + "\n", List.of()),
                Arguments.of("a line of 100,000 stars", HEAD + "*".repeat(100_000) + "\n", List.of()),
                Arguments.of("a long * * * line", HEAD + "* ".repeat(50_000) + "\n", List.of()),
                Arguments.of("quotes nested 100,000 deep", HEAD + ">".repeat(100_000) + " deep\n", List.of()),
                Arguments.of("2,000 nested images on one line",
                        HEAD + "![".repeat(2_000) + "](x.png)".repeat(2_000) + "\n", List.of("broken-image")),
                Arguments.of("2,000 nested images on lines of their own",
                        HEAD + "![\n".repeat(2_000) + "](x.png)\n".repeat(2_000), List.of("broken-image")),
                Arguments.of("a 400-letter word", HEAD + "Some " + "qwertzuiopasdfghjklyxcvbnm".repeat(16).substring(0, 400)
                        + " text with improvments.\n", List.of("spelling")),
                Arguments.of("a style block and 20,000 comments in one HTML block",
                        HEAD + "<style>h1 { color: red; }</style>" + "<!-- a -->".repeat(20_000) + "\n", List.of()),
                Arguments.of("a .slide comment of 200,000 letters",
                        HEAD + "<!-- .slide: " + "a".repeat(200_000) + " -->\n", List.of()),
                Arguments.of("a language tag of 50,000 subtags",
                        "---\ntype: slide\nlang: en" + "-aa".repeat(50_000) + "\n---\n# A\n", List.of("front-matter")),
                Arguments.of("a domain-like word of 100,000 labels", HEAD + "x " + "a.".repeat(100_000) + "a\n", List.of()),
                Arguments.of("50,000 unclosed tags", HEAD + "x " + "<a".repeat(50_000) + "\n", List.of()),
                Arguments.of("an img tag left open for 100,000 characters",
                        HEAD + "x <img src=\"\"" + "x".repeat(100_000) + "\n", List.of()),
                Arguments.of("an img tag of 50,000 quoted values",
                        HEAD + "x <img src=\"a.png\" " + "\"\"".repeat(50_000) + ">\n", List.of()),
                Arguments.of("a line of 5,000 > after a carriage return",
                        "\r" + ">".repeat(5_000) + " quoted\n", List.of()),
                Arguments.of("100,000 unclosed placeholders", HEAD + "x " + "{{".repeat(100_000) + "\n", List.of()),
                Arguments.of("a style block of 100,000 open braces",
                        HEAD + "<style>\n" + "{".repeat(100_000) + "\n</style>\n", List.of("style-block")),
                Arguments.of("a style block of 50,000 nested rules",
                        HEAD + "<style>\n" + "a{".repeat(50_000) + "\n</style>\n", List.of("style-block")),
                Arguments.of("a style block of 100,000 open parentheses",
                        HEAD + "<style>\na{color:" + "(".repeat(100_000) + "}\n</style>\n", List.of("style-block")),
                Arguments.of("an inline comment of 300,000 words", HEAD + "x <!-- " + "a ".repeat(300_000) + "-->", List.of()),
                Arguments.of("an img tag of 100,000 attributes left open", HEAD + "x <img" + " a".repeat(100_000), List.of()),
                Arguments.of("an .element comment of 20,000 classes",
                        HEAD + "x <!-- .element: " + "class=\"a\" ".repeat(20_000) + "-->", List.of()),
                Arguments.of("a span of 2,000 attributes opening a line",
                        HEAD + "# A\n\n<span " + "a ".repeat(2_000) + "\n", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decks")
    void isLintedWithItsFindingsAndNoRuleFailing(String name, String text, List<String> rules) {
        List<Diagnostic> findings = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> DECKLINT.lint(text, null, DECKLINT.configurations().defaults()));
        assertThat(findings).extracting(Diagnostic::rule).as(findings.toString())
                .containsExactlyInAnyOrderElementsOf(rules);
    }
}
