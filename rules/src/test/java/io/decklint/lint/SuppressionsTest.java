package io.decklint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.Deck;
import io.decklint.rules.BuiltInRules;
import io.decklint.text.TextEdits;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
    private static final Linter LINTER = new Linter(BuiltInRules.all());
    private static final String DECK = """
            # Welcome

            ---

            # Agenda

            - news

            ---

            ## Team IaaS

            ---

            Text
            ---
            More
            """;

    private static List<Diagnostic> lint(String text) {
        return LINTER.lint(Deck.parse(text), LintSettings.DEFAULTS, LintEnvironment.NONE);
    }

    private static Diagnostic only(String text, String rule) {
        return lint(text).stream().filter(d -> d.rule().equals(rule)).findFirst().orElseThrow();
    }

    private static String apply(String text, Fix fix) {
        return TextEdits.apply(text, fix.edits());
    }

    @Test
    void disablingForTheLineSilencesOnlyThatFinding() {
        Diagnostic placeholder = only(DECK, "placeholder-slide");
        Fix fix = Suppressions.forLine(Deck.parse(DECK), placeholder).orElseThrow();
        String fixed = apply(DECK, fix);

        assertThat(fixed).contains("## Team IaaS <!-- decklint-disable-line placeholder-slide -->\n");
        assertThat(lint(fixed)).extracting(Diagnostic::rule).containsExactly("separator-spacing");
    }

    @Test
    void disablingForTheSlideWrapsItInDisableAndEnable() {
        Diagnostic glued = only(DECK, "separator-spacing");
        Fix fix = Suppressions.forSlide(Deck.parse(DECK), glued).orElseThrow();
        String fixed = apply(DECK, fix);

        assertThat(fixed).endsWith("---\n\n<!-- decklint-disable separator-spacing -->\nText\n---\nMore\n"
                + "<!-- decklint-enable separator-spacing -->\n");
        assertThat(lint(fixed)).extracting(Diagnostic::rule).containsExactly("placeholder-slide");
        assertThat(Deck.parse(fixed).slides()).as("still four slides").hasSize(4);
    }

    @Test
    void noLineCommentWhereItWouldChangeTheSlide() {
        Diagnostic glued = only(DECK, "separator-spacing");
        assertThat(Suppressions.forLine(Deck.parse(DECK), glued)).as("appended to the --- line").isEmpty();

        String inCode = "# A\n\n---\n\n```\n## x\n```\n";
        Deck deck = Deck.parse(inCode);
        Diagnostic inFence = new Diagnostic("placeholder-slide", Severity.INFO, "m",
                new io.decklint.text.TextRange(inCode.indexOf("## x"), inCode.indexOf("## x") + 4),
                deck.slides().get(1).index(), List.of());
        assertThat(Suppressions.forLine(deck, inFence)).isEmpty();
    }

    @Test
    void slideCommentsGoBelowTheFrontMatterAndKeepCrlf() {
        String text = "---\r\ntype: slide\r\n---\r\n## Lonely\r\n\r\n---\r\n\r\n# Next\r\n";
        Diagnostic placeholder = only(text, "placeholder-slide");
        Optional<Fix> fix = Suppressions.forSlide(Deck.parse(text), placeholder);
        String fixed = apply(text, fix.orElseThrow());

        assertThat(fixed).startsWith("---\r\ntype: slide\r\n---\r\n<!-- decklint-disable placeholder-slide -->\r\n"
                + "## Lonely\r\n<!-- decklint-enable placeholder-slide -->\r\n\r\n---\r\n");
        assertThat(lint(fixed)).isEmpty();
        assertThat(Deck.parse(fixed).frontMatter().orElseThrow().string("type")).contains("slide");
    }

    @Test
    void slideCommentsAfterALoneCarriageReturnKeepTheSeparatorBelow() {
        // the file's line ending is a lone \r (old Mac); a \r right before the separator's \n would join it into
        // one line break, gluing the separator to the comment
        String text = "# Welcome\r\r---\r\r## Team IaaS\n\n---\n\n# Next\n";
        Diagnostic placeholder = only(text, "placeholder-slide");
        String fixed = apply(text, Suppressions.forSlide(Deck.parse(text), placeholder).orElseThrow());

        assertThat(fixed).isEqualTo("# Welcome\r\r---\r\r<!-- decklint-disable placeholder-slide -->\r## Team IaaS\n"
                + "<!-- decklint-enable placeholder-slide -->\r\n\n---\n\n# Next\n");
        assertThat(Deck.parse(fixed).slides()).as("still three slides").hasSize(3);
    }
}
