package io.decklint.editor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The top-level front-matter keys HedgeDoc 1.x reads, with what it does with each. The server keeps what
 * {@code lib/models/note.js} {@code parseMeta} takes (title, description, robots, GA, disqus, slideOptions,
 * opengraph) for the published page; the page's scripts ({@code public/js/extra.js}, {@code slide.js},
 * {@code index.js}) read tags, lang, dir, breaks and type. Any other key is ignored.
 */
final class HedgeDocKeys {
    static final String SLIDE_OPTIONS = "slideOptions";
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("type", "`slide` shows the note as a reveal.js slide deck, in the editor's preview and "
                    + "on its published page; any other value leaves it a document. Values: `slide`."),
            Map.entry("title", "the page title (browser tab, history, link previews), instead of the first "
                    + "heading."),
            Map.entry("description", "the page's `<meta name=\"description\">`, for search engines and link "
                    + "previews."),
            Map.entry("tags", "tags for the note in HedgeDoc's history and search: a list, or a text of "
                    + "comma-separated tags."),
            Map.entry("robots", "the page's `<meta name=\"robots\">`, e.g. `noindex, nofollow`."),
            Map.entry("lang", "the page's language (`lang` attribute: hyphenation, spell checking, screen "
                    + "readers), a language tag such as `en` or `de-DE`."),
            Map.entry("dir", "the text direction; in slide mode `rtl` also turns reveal.js's `rtl` on. "
                    + "Values: `ltr`, `rtl` (`auto` only outside slide mode)."),
            Map.entry("breaks", "`false` turns off HedgeDoc's rule that a single line break is a `<br>`; "
                    + "only the boolean `false` does, and not in slide mode. Values: `true`, `false`."),
            Map.entry("GA", "a Google Analytics tracking id: HedgeDoc adds its tracking script to the "
                    + "published page."),
            Map.entry("disqus", "a Disqus short name: HedgeDoc adds Disqus comments under the published "
                    + "page."),
            Map.entry(SLIDE_OPTIONS, "reveal.js options for slide mode. HedgeDoc passes on only the options "
                    + "it knows (theme, transition, controls, slideNumber, …); other keys are ignored."),
            Map.entry("opengraph", "Open Graph tags (`title`, `image`, `description`, …) for link previews "
                    + "of the published page."));

    private HedgeDocKeys() {}

    static Optional<String> describe(String key) {
        return Optional.ofNullable(KEYS.get(key));
    }

    static List<String> names() {
        return KEYS.keySet().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
