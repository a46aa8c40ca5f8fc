package io.decklint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.decklint.config.Configuration;
import io.decklint.config.Configurations;
import io.decklint.deck.Deck;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Fixer;
import io.decklint.lint.LintEnvironment;
import io.decklint.lint.LinkChecker;
import io.decklint.lint.Linter;
import io.decklint.lint.LocalDeckFiles;
import io.decklint.lint.Rule;
import io.decklint.lint.WorkspaceWords;
import io.decklint.series.SeriesFolders;
import io.decklint.text.Position;
import io.decklint.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's behaviour as data, as ESLint's RuleTester does it. {@code fixtures/<rule-id>/} holds decks;
 * beside each {@code name.md}:
 * <ul>
 *   <li>{@code name.expected}: the findings of that rule alone, one a line, {@code line:column severity message}
 *       (empty: the rule must stay silent);</li>
 *   <li>{@code name.fixed.md}: the deck after applying the rule's safe fixes, required when a finding is
 *       fixable. Fixing it again must change nothing.</li>
 * </ul>
 * Decks of one folder that form a series (see {@link SeriesFolders}) are each other's series. A
 * {@code .decklint.yml} in the folder configures the rule for all its decks. Each rule needs a fixture
 * with findings and one where it stays silent, and a doc page.
 */
class RuleFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Path DOCS = Path.of("../docs/rules");
    private static final Configurations CONFIGURATIONS = new Configurations(BuiltInRules.all());
    /** The decks of a rule's fixture folder that share a title or a template are a series, for the series rules. */
    private static final SeriesFolders SERIES = new SeriesFolders(path -> false);

    @TestFactory
    Stream<DynamicNode> everyRuleHasFixturesAndDocs() {
        return BuiltInRules.all().stream().map(rule -> DynamicContainer.dynamicContainer(rule.meta().id(),
                Stream.concat(Stream.of(dynamicTest("has a doc page and both kinds of fixture", () -> coverage(rule))),
                        decks(rule).stream().flatMap(deck -> Stream.of(
                                dynamicTest(deck.getFileName().toString(), () -> check(rule, deck, t -> t)),
                                dynamicTest(deck.getFileName() + " with CRLF line ends", () -> check(rule, deck,
                                        RuleFixturesTest::withCrlf)))))));
    }

    /**
     * The deck as Windows editors save it: every finding must stand at the same line and column, and no
     * range may start or end between {@code \r} and {@code \n}. A deck that has a {@code \r} is kept as it is.
     */
    private static String withCrlf(String text) {
        return text.indexOf('\r') >= 0 ? text : text.replace("\n", "\r\n");
    }

    private static void coverage(Rule rule) throws IOException {
        Path doc = DOCS.resolve(rule.meta().id() + ".md");
        assertThat(doc).as("doc page for %s", rule.meta().id()).exists();
        assertThat(Files.readString(doc)).startsWith("# " + rule.meta().id());
        List<Path> decks = decks(rule);
        assertThat(decks).as("fixture decks for %s", rule.meta().id())
                .anyMatch(d -> !expected(d).isEmpty())
                .anyMatch(d -> expected(d).isEmpty());
    }

    private static void check(Rule rule, Path deckPath, UnaryOperator<String> lineEnds) throws IOException {
        String text = lineEnds.apply(read(deckPath));
        Linter linter = new Linter(List.of(rule));
        Configuration configuration = configuration(deckPath);
        List<Diagnostic> findings = lint(linter, configuration, deckPath, text);
        assertThat(render(findings, new SourceText(text))).as("findings in %s", deckPath)
                .containsExactlyElementsOf(expected(deckPath));
        assertThat(findings).as("ranges in %s", deckPath)
                .noneMatch(d -> insideLineBreak(text, d.range().start()) || insideLineBreak(text, d.range().end()));

        Path fixedPath = deckPath.resolveSibling(deckPath.getFileName().toString().replace(".md", ".fixed.md"));
        Fixer.Result fixed = Fixer.fixAll(text, t -> lint(linter, configuration, deckPath, t));
        if (findings.stream().anyMatch(Diagnostic::fixable)) {
            assertThat(fixedPath).as("expected result of fixing %s", deckPath).exists();
            assertThat(fixed.text()).isEqualTo(lineEnds.apply(read(fixedPath)));
            Fixer.Result again = Fixer.fixAll(fixed.text(), t -> lint(linter, configuration, deckPath, t));
            assertThat(again.text()).as("fixing twice changes nothing").isEqualTo(fixed.text());
        } else {
            assertThat(fixed.text()).as("nothing fixable, nothing changed").isEqualTo(text);
        }
    }

    private static boolean insideLineBreak(String text, int offset) {
        return offset > 0 && offset < text.length() && text.charAt(offset - 1) == '\r' && text.charAt(offset) == '\n';
    }

    private static List<Diagnostic> lint(Linter linter, Configuration configuration, Path path, String text) {
        Deck deck = Deck.parse(text);
        return linter.lint(deck, configuration.settingsFor(path, deck), new LintEnvironment(LocalDeckFiles.around(path),
                LinkChecker.NONE, false, WorkspaceWords.NONE, SERIES.around(path)));
    }

    private static Configuration configuration(Path deck) {
        Path config = deck.resolveSibling(".decklint.yml");
        return Files.exists(config) ? CONFIGURATIONS.fromFile(config) : CONFIGURATIONS.defaults();
    }

    private static List<String> render(List<Diagnostic> findings, SourceText source) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : findings) {
            Position at = source.positionAt(d.range().start());
            lines.add((at.line() + 1) + ":" + (at.character() + 1) + " " + d.severity().label() + " " + d.message());
        }
        return lines;
    }

    private static List<Path> decks(Rule rule) {
        Path folder = FIXTURES.resolve(rule.meta().id());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".fixed.md")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> expected(Path deck) {
        Path file = deck.resolveSibling(deck.getFileName().toString().replaceFirst("\\.md$", ".expected"));
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("missing " + file, e);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
