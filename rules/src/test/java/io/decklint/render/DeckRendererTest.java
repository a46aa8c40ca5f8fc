package io.decklint.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DeckRendererTest {
    /** The two SCS seed decks, unchanged (CC BY-ND), as the repository ships them. */
    private static final Path SEEDS = Path.of("../examples");

    private static RenderedDeck render(String deck) {
        return new DeckRenderer().render(Deck.parse(deck), RenderOptions.standalone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"community-call-2023-11-23.md", "community-call-2024-06-27.md"})
    void sectionsFollowTheDeckModelsSlides(String name) throws IOException {
        Deck deck = Deck.parse(Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8));
        RenderedDeck rendered = new DeckRenderer().render(deck, RenderOptions.standalone());
        Document page = Jsoup.parse(rendered.html());
        List<Element> top = page.select("div.slides > section");
        assertThat(top).hasSize(deck.slides().get(deck.slides().size() - 1).index().h() + 1);
        List<String> shown = new ArrayList<>();
        for (int h = 0; h < top.size(); h++) {
            List<Element> stack = top.get(h).select("> section");
            List<Element> slides = stack.isEmpty() ? List.of(top.get(h)) : stack;
            for (int v = 0; v < slides.size(); v++) {
                shown.add(h + "." + v + "@" + slides.get(v).attr("data-line-start") + "-"
                        + slides.get(v).attr("data-line-end"));
            }
        }
        List<String> expected = rendered.slides().stream()
                .map(s -> s.h() + "." + s.v() + "@" + s.startLine() + "-" + s.endLine()).toList();
        assertThat(shown).isEqualTo(expected);
        assertThat(deck.slides().stream().map(s -> s.index().h() + "." + s.index().v()).toList())
                .isEqualTo(rendered.slides().stream().map(s -> s.h() + "." + s.v()).toList());
    }

    @Test
    void everyLineBelongsToExactlyOneSlide() throws IOException {
        String text = Files.readString(SEEDS.resolve("community-call-2024-06-27.md"), StandardCharsets.UTF_8);
        Deck deck = Deck.parse(text);
        List<SlideLines> lines = render(text).slides();
        assertThat(lines.get(0).startLine()).isZero();
        assertThat(lines.get(lines.size() - 1).endLine()).isEqualTo(deck.source().lineCount() - 1);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).startLine()).isEqualTo(lines.get(i - 1).endLine() + 1);
            Slide slide = deck.slides().get(i);
            int separatorLine = deck.source().lineOf(slide.separatorLine().orElseThrow().start());
            assertThat(separatorLine).isBetween(lines.get(i).startLine(), lines.get(i).endLine());
        }
    }

    @Test
    void theSeedsLookAsOnTheirHedgeDoc() throws IOException {
        String html = render(Files.readString(SEEDS.resolve("community-call-2023-11-23.md"), StandardCharsets.UTF_8))
                .html();
        assertThat(html).contains("White theme for reveal.js")
                .contains("\"transition\":\"slide\"")
                .contains("\"parallaxBackgroundImage\":\"https://input.scs.community/uploads/"
                        + "7938ad7c-e76e-48bd-9b3c-427a79909bca.png\"")
                .contains("<section data-line-start=\"0\" data-line-end=\"39\" data-background=\"https://input.scs"
                        + ".community/uploads/bf39c780-2432-4c10-a260-349db7d3c6c8.jpg\">")
                .contains("<img src=\"https://input.scs.community/uploads/6df39b87-c7e9-4454-9bf1-12b03e14f7c5.png\" "
                        + "alt=\"\" width=\"50%\">")
                .contains("Deployment of keycloak in the reference \uD83D\uDD11")
                .contains(".slides h1 {")
                .contains("<title>SCS Community Call</title>");
    }

    @Test
    void withoutFrontMatterHedgeDocsDefaultsApply() {
        String html = render("# One\n\n---\n\n# Two").html();
        assertThat(html).contains("Black theme for reveal.js").contains("\"transition\":\"none\"")
                .contains("\"controls\":true,\"progress\":true,\"slideNumber\":true,\"history\":true,\"center\":true")
                .contains("\"rtl\":false");
    }

    @Test
    void thePrintStyleIsThereButOffUntilTheAddressAsksForIt() {
        String html = render("# One\n\n---\n\n# Two").html();
        assertThat(html).contains("<style id=\"decklint-print-pdf\" media=\"not all\">\n/**\n * This stylesheet is used "
                + "to print reveal.js")
                .contains("if (/print-pdf/gi.test(window.location.search)) {\n"
                        + "    document.getElementById('decklint-print-pdf').media = 'all';");
    }

    @Test
    void onlyTheSlideOptionsHedgeDocPassesOnReachRevealJs() {
        String html = render("---\nslideOptions:\n  theme: ../../../etc/passwd\n  width: 1920\n  margin: 0.1\n"
                + "  slideNumber: c/t\n  dependencies: [evil.js]\n  transition: fade\ndir: rtl\nlang: de-DE\n---\n# Hi")
                .html();
        assertThat(html).contains("Black theme for reveal.js").contains("\"width\":1920").contains("\"margin\":0.1")
                .contains("\"slideNumber\":\"c/t\"").contains("\"transition\":\"fade\"").contains("\"rtl\":true")
                .contains("<div class=\"reveal\" lang=\"de-DE\">").doesNotContain("evil.js");
        Matcher options = Pattern.compile("var options = (\\{.*?\\});").matcher(html);
        assertThat(options.find()).isTrue();
        assertThat(options.group(1)).doesNotContain("dependencies");
        assertThat(render("---\nslideOptions:\n  theme: sky\n---\n").html()).contains("Sky theme for reveal.js");
        assertThat(render("---\nslideOptions:\n  parallaxBackgroundImage: ' javascript:alert(1)'\n---\n").html())
                .doesNotContain("alert(1)");
    }

    @Test
    void speakerNotesAreRevealNotes() {
        String html = render("# Hi\n\nNote: say hello\n\n---\n\n# Bye").html();
        assertThat(html).contains("<aside class=\"notes\"><p>say hello</p>\n</aside>").doesNotContain("Note:");
    }

    @Test
    void onlyThePagesOwnScriptsMayRun() throws Exception {
        String html = render("# <script>alert(1)</script>").html();
        Matcher policy = Pattern.compile("script-src ([^;]*);").matcher(html);
        assertThat(policy.find()).isTrue();
        List<String> allowed = List.of(policy.group(1).trim().split(" "));
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        List<String> hashes = new ArrayList<>();
        while (script.find()) {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(script.group(1).getBytes(StandardCharsets.UTF_8));
            hashes.add("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
        }
        assertThat(hashes).hasSize(2);
        assertThat(allowed).containsExactlyElementsOf(hashes);
        assertThat(html).contains("default-src 'none'").contains("object-src 'none'").contains("base-uri 'none'");
    }

    @Test
    void linkedAssetsAndNoncesForServersAndWebviews() {
        RenderedDeck rendered = new DeckRenderer().render(Deck.parse("# Hi"), RenderOptions.standalone()
                .withAssetsAt("https://file.vscode-resource.test/media", "https://file.vscode-resource.test")
                .withNonce("abc123").withHostScript("console.log('host')", "'self'"));
        String html = rendered.html();
        assertThat(html).doesNotContain("Hakim El Hattab")
                .contains("<link rel=\"stylesheet\" href=\"https://file.vscode-resource.test/media/css/reveal.css\">")
                .contains("<script nonce=\"abc123\" src=\"https://file.vscode-resource.test/media/js/reveal.js\">")
                .contains("script-src 'nonce-abc123' https://file.vscode-resource.test;")
                .contains("connect-src 'self'")
                .contains("console.log('host')");
        assertThat(html.split("<script").length - 1).isEqualTo(html.split("<script nonce=\"abc123\"").length - 1);
        assertThat(rendered.assets()).containsExactly("css/reveal.css", "css/theme/black.css", "lib/css/zenburn.css",
                "decklint/hedgedoc-slide.css", "css/print/pdf.css", "js/reveal.js");
    }

    @Test
    void aDeckWithADiagramCarriesItsLibraryAndMayRunIt() throws Exception {
        String html = render("# Flow\n\n```mermaid\ngraph LR\nA-->B\n```").html();
        Matcher policy = Pattern.compile("script-src ([^;]*);").matcher(html);
        assertThat(policy.find()).isTrue();
        Matcher script = Pattern.compile("<script>\n(.*?)\n</script>", Pattern.DOTALL).matcher(html);
        List<String> scripts = new ArrayList<>();
        while (script.find()) {
            scripts.add(script.group(1));
        }
        assertThat(scripts).hasSize(4); // reveal.js, draw.js, mermaid, start-up
        assertThat(scripts.get(1)).isEqualTo(RevealAssets.text(PageLibrary.DRAW_JS));
        assertThat(scripts.get(2)).isEqualTo(RevealAssets.text("pagelibs/mermaid/dist/mermaid.min.js"));
        for (String text : scripts) {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("\n" + text + "\n").getBytes(StandardCharsets.UTF_8));
            assertThat(policy.group(1)).contains("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
        }
        assertThat(html).contains("<style>\n" + RevealAssets.text(PageLibrary.DRAWN_CSS));
    }

    @Test
    void aDeckWithoutThemLoadsNoLibraryAndIsReadyAtOnce() {
        String html = render("# Hi\n\nIt costs $5 and $10.\n\n```\ncode\n```").html();
        assertThat(html).doesNotContain("pagelibs").doesNotContain("MathJax")
                .contains("window.decklintReady = window.decklintReady || Promise.resolve();");
    }

    @Test
    void linkedLibrariesAreAssetsToServe() {
        RenderedDeck rendered = new DeckRenderer().render(Deck.parse("$x$"), RenderOptions.standalone()
                .withAssetsAt("assets/", "'self'"));
        assertThat(rendered.html()).contains("<script src=\"assets/pagelibs/decklint/draw.js\"></script>\n"
                + "<script src=\"assets/pagelibs/mathjax/es5/tex-svg-full.js\"></script>")
                .contains("<link rel=\"stylesheet\" href=\"assets/pagelibs/decklint/drawn.css\">");
        assertThat(rendered.assets()).contains("pagelibs/decklint/drawn.css", "pagelibs/decklint/draw.js",
                "pagelibs/mathjax/es5/tex-svg-full.js", "pagelibs/mathjax/LICENSE");
    }

    @Test
    void renderingAgainAfterAnEditGivesWhatAFreshRendererGives() throws IOException {
        String text = Files.readString(SEEDS.resolve("community-call-2024-06-27.md"), StandardCharsets.UTF_8);
        DeckRenderer renderer = new DeckRenderer();
        renderer.render(Deck.parse(text), RenderOptions.standalone());
        String edited = text.replace("# Team Ops\n", "# Team Ops :rocket:\n\nNew line\n");
        String again = renderer.render(Deck.parse(edited), RenderOptions.standalone()).html();
        assertThat(again).contains("Team Ops \uD83D\uDE80").isEqualTo(render(edited).html());
    }
}
