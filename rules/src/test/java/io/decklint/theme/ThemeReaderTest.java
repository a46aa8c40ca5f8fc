package io.decklint.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decklint.config.ConfigException;
import io.decklint.deck.Deck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A theme file as its author writes it, and the errors that name the file, the line and the problem. */
class ThemeReaderTest {
    private static final String GOOD = """
            name: my-call
            description: Our weekly call.
            slideOptions:
              theme: white
              transition: 'fade'
            removeSlideOptions: [parallaxBackgroundImage]
            style: |
              .slides h1 {
                  font-size: 40px;
              }
            titleSlides:
              - attributes:
                  data-background: '{background}'
                markdown: |
                  # {title}

                  ## Weekly call {date}
            replaces:
              - Our Call
            defaults:
              background: https://example.org/photo.jpg
            """;

    @Test
    void readsEveryPartOfATheme() {
        Theme theme = Themes.read("my-call.yml", GOOD);
        assertThat(theme.name()).isEqualTo("my-call");
        assertThat(theme.slideOptions()).containsExactly(Map.entry("theme", new OptionValue("white", "white")),
                Map.entry("transition", new OptionValue("fade", "'fade'")));
        assertThat(theme.removeSlideOptions()).containsExactly("parallaxBackgroundImage");
        assertThat(theme.style()).contains("font-size: 40px;");
        assertThat(theme.titleSlides()).containsExactly(new TitleSlideTemplate(
                Map.of("data-background", "{background}"), List.of("# {title}", "## Weekly call {date}")));
        assertThat(theme.facts()).containsExactlyInAnyOrder(Fact.TITLE, Fact.DATE, Fact.BACKGROUND);
        assertThat(theme.replaces()).containsExactly("Our Call");
        assertThat(theme.defaults()).containsExactly(Map.entry(Fact.BACKGROUND, "https://example.org/photo.jpg"));
    }

    @Test
    void aConvertedTitleSlideWritesTheAttributesInTheThemesOrderOnEveryRun() {
        Theme theme = Themes.read("x.yml", """
                name: x
                titleSlides:
                  - attributes:
                      data-h: h
                      data-g: g
                      class: title
                      data-f: f
                      data-e: e
                      id: start
                      data-d: d
                      data-c: c
                    markdown: '# {title}'
                """);
        String deck = "---\ntype: slide\n---\n\n# Our call\n";
        String converted = ThemeConverter.withBuiltInThemes().convert(Deck.parse(deck), theme)
                .apply(deck);
        assertThat(converted).contains("<!-- .slide: data-h=\"h\" data-g=\"g\" class=\"title\" data-f=\"f\" "
                + "data-e=\"e\" id=\"start\" data-d=\"d\" data-c=\"c\" -->\n# Our call\n");
    }

    @Test
    void theBuiltInThemesAreScs2023AndScs2024() {
        assertThat(Themes.builtIn().all()).extracting(Theme::name).containsExactly("scs-2023", "scs-2024");
        assertThat(Themes.builtIn().all()).allSatisfy(theme -> assertThat(theme.description()).isNotBlank());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '§', textBlock = """
            name: x\\ntitleSlide: []                                         § x.yml:2: 'titleSlide' is not a key of a theme (did you mean 'titleSlides'?)
            description: no name                                             § x.yml:1: a theme needs a 'name'
            name: My Theme                                                   § x.yml:1: a theme's name is lower-case words joined by '-', such as 'scs-2024'
            name: x\\nslideOptions:\\n  parallaxBackgroundImg: a.png         § x.yml:3: HedgeDoc does not hand slideOptions.parallaxBackgroundImg to reveal.js (did you mean 'parallaxBackgroundImage'?)
            name: x\\nslideOptions:\\n  theme: [white]                        § x.yml:3: slideOptions.theme must be a single value
            name: x\\nslideOptions:\\n  theme: white\\nremoveSlideOptions: [theme] § x.yml:4: 'theme' is both set in slideOptions and listed in removeSlideOptions
            name: x\\ntitleSlides:\\n  - markdown: |\\n      # A\\n      text     § x.yml:5: a title slide's markdown is heading lines only (starting with #), found "text"
            name: x\\ntitleSlides:\\n  - markdown: '# Call {daet}'           § x.yml:3: unknown placeholder {daet} (did you mean {date}?); a title slide can use {title}, {subtitle}, {date} and {background}
            name: x\\ntitleSlides:\\n  - markdown: '# {background}'          § x.yml:3: {background} is a picture's address: use it in the slide's attributes (data-background), not in a heading
            name: x\\ntitleSlides:\\n  - attributes: {href: a}\\n    markdown: '# A' § x.yml:3: HedgeDoc sets only data-*, id, class and style attributes from a .slide comment, not 'href'
            name: x\\ntitleSlides:\\n  - attributes: {data-x: 'a=b'}\\n    markdown: '# A' § x.yml:3: HedgeDoc drops an attribute whose value is empty or holds " or =: attributes.data-x
            name: x\\ntitleSlides:\\n  - attributes: {data-x: a}               § x.yml:3: a title slide needs 'markdown' with at least one heading line
            name: x\\ndefaults:\\n  date: 2024-06-27                           § x.yml:3: a theme cannot give a default date: the date of a talk must come from its deck
            name: x\\ndefaults:\\n  tagline: One platform                      § x.yml:3: 'tagline' is not a fact a title slide shows; defaults can be given for title, subtitle and background
            name: x\\nstyle: |\\n  h1 {\\n    font-szie: 2em;\\n  }             § x.yml:4: style: 'font-szie' is not a CSS property (did you mean 'font-size'?)
            name: x\\nstyle: |\\n  h1 {\\n    color: red;\\n                      § x.yml:3: style: a { that is never closed: "h1 {"
            name: x\\nstyle: '@media print { h1 { color: red } }'               § x.yml:2: style: a theme's style holds plain rules (selector { property: value; }), without @-rules or nested rules
            name: x\\nstyle: 'h1 { color: red; color: blue }'                   § x.yml:2: style: 'color' of 'h1' is set twice
            name: [x                                                          § x.yml:1: not valid YAML: the list '[' opened on this line is not closed (line 1: expected ',' or ']', but got <stream end>)
            """)
    void aMistakeNamesTheFileTheLineAndTheProblem(String yaml, String message) {
        assertThatThrownBy(() -> Themes.read("x.yml", yaml.replace("\\n", "\n")))
                .isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void anUnknownThemeNameListsTheBuiltInOnes() {
        assertThatThrownBy(() -> Themes.builtIn().resolve("scs-2025")).hasMessage(
                "no built-in theme 'scs-2025' (built in: scs-2023, scs-2024); a theme file's name ends in .yml");
        assertThatThrownBy(() -> Themes.builtIn().resolve("missing.yml"))
                .hasMessage("cannot read theme file missing.yml: no such file");
    }
}
