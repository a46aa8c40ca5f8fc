package io.decklint.render;

import io.decklint.deck.Deck;
import io.decklint.deck.FrontMatter;
import io.decklint.deck.YamlProblem;
import java.util.Optional;

/**
 * Front matter that is not valid YAML, as HedgeDoc shows it. The server strips front matter only when it parses
 * ({@code lib/models/note.js} {@code extractMeta}), so the block stays in the first slide's Markdown: a rule and
 * a heading made of the YAML lines. The slide view's markdown-it then fails on it too (the meta rule of
 * {@code public/js/extra.js} keeps the error in {@code md.metaError}), and {@code postProcess} puts that error in
 * a warning box at the top of that slide and of every slide rendered after it, since nothing clears it.
 */
final class InvalidFrontMatter {
    private final String text;
    private final String banner;

    private InvalidFrontMatter(String text, String message) {
        this.text = text;
        this.banner = "<div id=\"meta-error\" class=\"alert alert-warning\">"
                + RevealPage.escape("Front matter is not valid YAML: " + message) + "</div>";
    }

    /** The deck's front matter when it is closed but does not parse. */
    static Optional<InvalidFrontMatter> of(Deck deck) {
        Optional<FrontMatter> invalid = deck.frontMatter()
                .filter(frontMatter -> frontMatter.isClosed() && frontMatter.root().isEmpty());
        return invalid.map(frontMatter -> new InvalidFrontMatter(
                deck.source().text().substring(frontMatter.range().start(), frontMatter.range().end()),
                frontMatter.problem().map(YamlProblem::message).orElse("it could not be read")));
    }

    /** What HedgeDoc renders in front of the first slide's Markdown: the front matter, as typed. */
    String text() {
        return text;
    }

    /** A rendered slide's body with the warning at the top of its wrapper {@code <div>}. */
    RenderedSlide withWarning(RenderedSlide slide) {
        String body = slide.body();
        int inside = body.indexOf('>') + 1;
        return new RenderedSlide(slide.sectionAttributes(),
                body.substring(0, inside) + banner + body.substring(inside));
    }
}
