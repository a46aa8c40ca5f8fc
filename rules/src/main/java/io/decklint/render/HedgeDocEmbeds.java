package io.decklint.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HedgeDoc's embeds, {@code {%youtube ID %}} and friends: the markdown-it-regexp plugins of
 * {@code public/js/extra.js} (1.10.3), with their regular expressions, so an ID can only be what HedgeDoc
 * accepts (letters, digits, {@code _}, {@code -}, one {@code /} for gists and slide decks; a PDF address must be
 * an {@code http(s)} URL), and nothing typed in an embed reaches the page as markup.
 *
 * <p>The markup differs from HedgeDoc's on purpose: a rendered deck must show offline and in a preview that
 * loads no frames, so YouTube, Vimeo, gist and PDF embeds are a box naming the embed with a link to it; the
 * YouTube thumbnail (from img.youtube.com) shows over it once it loaded, and the player (HedgeDoc's
 * {@code imgPlayiframe}) or frame is only put in on a click, by the page's embed script ({@link EmbedPage}).
 * Slideshare and Speakerdeck are a link in HedgeDoc too ({@code finishView}).
 */
final class HedgeDocEmbeds {
    private record Kind(Pattern pattern, Function<String, String> html) {}

    /** In HedgeDoc's order ({@code md.use} in extra.js). */
    private static final List<Kind> KINDS = List.of(
            new Kind(Pattern.compile("\\{%youtube\\s*([\\w-]{11})\\s*%}"), HedgeDocEmbeds::youtube),
            new Kind(Pattern.compile("\\{%vimeo\\s*(\\d{6,11})\\s*%}"), HedgeDocEmbeds::vimeo),
            new Kind(Pattern.compile("\\{%gist\\s*(\\w+/\\w+)\\s*%}"), HedgeDocEmbeds::gist),
            new Kind(Pattern.compile("\\{%slideshare\\s*(\\w+/[\\w-]+)\\s*%}"),
                    id -> link("slideshare", "https://slideshare.com/" + id, "Slideshare")),
            new Kind(Pattern.compile("\\{%speakerdeck\\s*(\\w+/[\\w-]+)\\s*%}"),
                    id -> link("speakerdeck", "https://speakerdeck.com/" + id, "Speakerdeck")),
            new Kind(Pattern.compile("\\{%pdf\\s*([\\d\\D]*?)\\s*%}"), HedgeDocEmbeds::pdf));

    /** The marker every box the embed script looks after carries. */
    static final String BOX_CLASS = "decklint-embed";

    private HedgeDocEmbeds() {}

    /** An embed that {@code text} starts with: its HTML and its length in {@code text}. */
    record Match(String html, int length) {}

    /**
     * The embed {@code text} starts with, if any; {@code text} runs at least to the first {@code %}}.
     * A {@code {%pdf …%}} whose address is not an http(s) URL stays text, as in HedgeDoc.
     */
    static Optional<Match> at(String text) {
        for (Kind kind : KINDS) {
            Matcher matcher = kind.pattern().matcher(text);
            if (matcher.lookingAt()) {
                String html = kind.html().apply(matcher.group(1));
                return html == null ? Optional.empty() : Optional.of(new Match(html, matcher.end()));
            }
        }
        return Optional.empty();
    }

    private static String youtube(String id) {
        return box("youtube", "data-videoid", id,
                "<img class=\"decklint-embed-thumbnail\" src=\"https://img.youtube.com/vi/" + id
                        + "/hqdefault.jpg\" alt=\"\">",
                "https://www.youtube.com/watch?v=" + id, "YouTube video " + id);
    }

    private static String vimeo(String id) {
        // HedgeDoc fetches the thumbnail from Vimeo's API; the page may connect nowhere, so the box stays plain
        return box("vimeo", "data-videoid", id, "", "https://vimeo.com/" + id, "Vimeo video " + id);
    }

    private static String gist(String id) {
        return box("gist", "data-gistid", id, "", "https://gist.github.com/" + id, "GitHub gist " + id);
    }

    /** extra.js {@code isValidURL}: {@code new URL(…)} succeeds and the protocol is http or https. */
    private static String pdf(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
        } catch (URISyntaxException e) {
            // stricter than a browser's URL parser (spaces, quotes, brackets): such a PDF embed stays text
            return null;
        }
        return box("pdf", "data-pdfurl", url, "", url, "PDF " + url);
    }

    private static String box(String kind, String attribute, String id, String inside, String href, String label) {
        return "<div class=\"" + kind + " " + BOX_CLASS + "\" " + attribute + "=\"" + RevealPage.escape(id)
                + "\">" + inside + "<a class=\"decklint-embed-link\" href=\"" + RevealPage.escape(href)
                + "\" target=\"_blank\">" + RevealPage.escape(label) + "</a></div>";
    }

    private static String link(String kind, String href, String label) {
        return "<div class=\"" + kind + "\"><a href=\"" + RevealPage.escape(href) + "\" target=\"_blank\">" + label
                + "</a></div>";
    }
}
