package io.decklint.css;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CssStyleSheetTest {
    private static List<String> problems(String css) {
        CssStyleSheet sheet = CssStyleSheet.parse(css);
        return sheet.problems().stream().map(p -> p.kind() + " " + p.range().of(css)).toList();
    }

    @Test
    void readsRulesAndDeclarationsWithTheirPlaces() {
        String css = "\n  .slides h1 {\n    color: #50c3a5;\n    font-size: 40px !important\n  }\n";
        CssStyleSheet sheet = CssStyleSheet.parse(css);
        assertThat(sheet.problems()).isEmpty();
        CssRule rule = sheet.rules().get(0);
        assertThat(rule.isStyleRule()).isTrue();
        assertThat(rule.preludeText(css)).isEqualTo(".slides h1");
        assertThat(rule.closed()).isTrue();
        assertThat(rule.range().of(css)).startsWith(".slides h1 {").endsWith("}");
        List<CssDeclaration> declarations = rule.declarations();
        assertThat(declarations).hasSize(2);
        CssDeclaration color = declarations.get(0);
        assertThat(color.name()).isEqualTo("color");
        assertThat(color.valueText(css)).isEqualTo("#50c3a5");
        assertThat(color.range().of(css)).isEqualTo("color: #50c3a5");
        assertThat(color.terminated()).isTrue();
        CssDeclaration size = declarations.get(1);
        assertThat(size.valueText(css)).isEqualTo("40px");
        assertThat(size.important()).isTrue();
        assertThat(size.range().of(css)).isEqualTo("font-size: 40px !important");
        assertThat(size.terminated()).isFalse();
    }

    @Test
    void findsDeclarationsInsideAtRulesAndNestedRules() {
        String css = "@media (max-width: 800px) { h1 { color: red } } .a { &:hover { color: blue } margin: 0 }"
                + " @font-face { font-family: X; src: url(x.woff) } @import url(x.css);";
        CssStyleSheet sheet = CssStyleSheet.parse(css);
        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.rules()).extracting(CssRule::atName).containsExactly("media", null, "font-face", "import");
        assertThat(sheet.styleRules()).extracting(r -> r.preludeText(css)).containsExactly("h1", ".a", "&:hover");
        assertThat(sheet.declarations()).extracting(d -> d.range().of(css))
                .containsExactly("color: red", "color: blue", "margin: 0");
        CssRule fontFace = sheet.rules().get(2);
        assertThat(fontFace.declarations()).extracting(CssDeclaration::name).containsExactly("font-family", "src");
        assertThat(sheet.rules().get(3).block()).isNull();
    }

    @Test
    void anUnclosedBlockTakesInTheRulesAfterIt() {
        String css = "h1 { color: red;\nh2 { color: blue }\n";
        CssStyleSheet sheet = CssStyleSheet.parse(css);
        assertThat(problems(css)).containsExactly("UNCLOSED_BLOCK h1 {");
        CssRule h1 = sheet.rules().get(0);
        assertThat(h1.closed()).isFalse();
        assertThat(h1.rules()).extracting(r -> r.preludeText(css)).containsExactly("h2");
    }

    @Test
    void aStrayBraceOrSemicolonBecomesPartOfTheNextSelector() {
        String css = "h1 { color: red }}\nh2 { color: blue };\nh3 { }";
        assertThat(problems(css)).containsExactly("STRAY_CLOSE_BRACE }", "STRAY_SEMICOLON ;");
        CssStyleSheet sheet = CssStyleSheet.parse(css);
        assertThat(sheet.rules()).extracting(r -> r.preludeText(css)).containsExactly("h1", "}\nh2", ";\nh3");
    }

    @Test
    void reportsBrokenDeclarations() {
        assertThat(problems("h1 { font-size 40px; color: red; *zoom: 1 }"))
                .containsExactly("MISSING_COLON font-size 40px", "INVALID_DECLARATION *zoom: 1");
    }

    @Test
    void anUnclosedParenthesisSwallowsTheRestWithoutBlamingTheBlocks() {
        assertThat(problems("h1 { color: rgb(0, 0, 0; }\nh2 { color: red }"))
                .containsExactly("UNCLOSED_PARENTHESIS rgb(");
    }

    @Test
    void reportsUnclosedCommentsStringsAndRulesWithoutBlocks() {
        assertThat(problems("h1 { font-family: \"Lato;\n color: red }\n/* open")).containsExactly(
                "UNCLOSED_STRING \"Lato;", "UNCLOSED_COMMENT /*");
        assertThat(problems("h1 { } h2")).containsExactly("RULE_WITHOUT_BLOCK h2");
        assertThat(problems("h1 { };")).containsExactly("STRAY_SEMICOLON ;");
    }

    @Test
    void neverFailsOnJunk() {
        for (String junk : List.of("", "}", "{", "(((", "@", "@media", "@media {", "a:", ";;;", "\"", "/*", "url(",
                "h1 { a: b; c }", "{{{{}}}}", "h1 { @media x { a: b } }", "-->", "<!--")) {
            CssStyleSheet sheet = CssStyleSheet.parse(junk);
            assertThat(sheet.css()).isEqualTo(junk);
        }
    }
}
