package io.decklint.css;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.css.CssToken.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class CssTokenizerTest {
    private static List<String> describe(String css) {
        return CssTokenizer.tokenize(css).stream().filter(t -> t.type() != Type.WHITESPACE)
                .map(t -> t.type() + " " + t.text(css)).toList();
    }

    @Test
    void tokensCoverTheTextWithoutGaps() {
        String css = ".a > b { color: \"#fff\"; width: calc(100% - 2px) !important } /* x */ @media (x) {}";
        List<CssToken> tokens = CssTokenizer.tokenize(css);
        int at = 0;
        for (CssToken token : tokens) {
            assertThat(token.start()).isEqualTo(at);
            assertThat(token.end()).isGreaterThan(token.start());
            at = token.end();
        }
        assertThat(at).isEqualTo(css.length());
    }

    @Test
    void readsTheTokensOfADeclaration() {
        assertThat(describe("h1{color:\"#50c3a5\";font-size:40px;margin:-.5em 10%}")).containsExactly(
                "IDENT h1", "OPEN_CURLY {", "IDENT color", "COLON :", "STRING \"#50c3a5\"", "SEMICOLON ;",
                "IDENT font-size", "COLON :", "DIMENSION 40px", "SEMICOLON ;", "IDENT margin", "COLON :",
                "DIMENSION -.5em", "PERCENTAGE 10%", "CLOSE_CURLY }");
    }

    @Test
    void knowsHashesFunctionsUrlsAndAtKeywords() {
        assertThat(describe("#main rgb( url(a.png?x=1) url( \"b.png\" ) @import --x -y"))
                .containsExactly("HASH #main", "FUNCTION rgb(", "URL url(a.png?x=1)", "FUNCTION url(",
                        "STRING \"b.png\"", "CLOSE_PAREN )", "AT_KEYWORD @import", "IDENT --x", "IDENT -y");
    }

    @Test
    void aLineBreakEndsAStringAsABadString() {
        assertThat(describe("a: \"Lato;\nb")).containsExactly("IDENT a", "COLON :", "BAD_STRING \"Lato;",
                "IDENT b");
    }

    @Test
    void anUnclosedCommentRunsToTheEnd() {
        assertThat(describe("a /* open\n b { }")).containsExactly("IDENT a", "UNCLOSED_COMMENT /* open\n b { }");
    }

    @Test
    void htmlCommentMarkersAreTheirOwnTokens() {
        assertThat(describe("<!-- a --> - > +")).containsExactly("CDO <!--", "IDENT a", "CDC -->", "DELIM -",
                "DELIM >", "DELIM +");
    }

    @Test
    void escapesStayInNames() {
        assertThat(describe(".a\\:b { }")).containsExactly("DELIM .", "IDENT a\\:b", "OPEN_CURLY {",
                "CLOSE_CURLY }");
    }
}
