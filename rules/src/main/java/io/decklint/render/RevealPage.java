package io.decklint.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page around the slides, shaped like HedgeDoc's {@code public/views/slide.ejs}: reveal.js's stylesheet,
 * the theme, the code style and HedgeDoc's slide look, then {@code .reveal > .slides}, then reveal.js and the
 * call to {@code Reveal.initialize} with the deck's options merged with the URL's query, as
 * {@code public/js/slide.js} does. Two additions for editors: a page in a frame or webview follows
 * {@code {type: 'decklint.showSlide', h, v}} messages, and announces the shown slide, with its source lines,
 * as a {@code decklint:slide} event and to its parent frame.
 *
 * <p>The page carries a Content-Security-Policy: only its own scripts run (by hash or nonce), so an
 * event handler or {@code javascript:} URL that got past the sanitiser still could not run.
 */
final class RevealPage {
    /** The print style is off until the address asks for it (INIT turns it on), as HedgeDoc's slide.ejs does. */
    private static final String PRINT_STYLE = " id=\"decklint-print-pdf\" media=\"not all\"";
    private static final String INIT = """
            (function () {
              window.decklintReady = window.decklintReady || Promise.resolve();
              if (/print-pdf/gi.test(window.location.search)) {
                document.getElementById('decklint-print-pdf').media = 'all';
              }
              var options = %s;
              var query = Reveal.getQueryHash() || {};
              for (var key in query) { options[key] = query[key]; }
              Reveal.initialize(options);
              function announce() {
                var slide = Reveal.getCurrentSlide();
                var indices = Reveal.getIndices();
                if (!slide) { return; }
                var detail = {type: 'decklint.slide', h: indices.h, v: indices.v || 0,
                  startLine: Number(slide.getAttribute('data-line-start')),
                  endLine: Number(slide.getAttribute('data-line-end'))};
                window.dispatchEvent(new CustomEvent('decklint:slide', {detail: detail}));
                if (window.parent !== window) { window.parent.postMessage(detail, '*'); }
              }
              Reveal.addEventListener('ready', announce);
              Reveal.addEventListener('slidechanged', announce);
              window.addEventListener('message', function (event) {
                var data = event.data;
                if (data && data.type === 'decklint.showSlide') { Reveal.slide(data.h, data.v || 0); }
              });
            })();
            """;

    /** reveal.js is the same on every page: its hash is computed once. */
    private static final class RevealScript {
        static final String TEXT = RevealAssets.text(RevealAssets.REVEAL_JS);
        static final String HASH = sha256("\n" + TEXT + "\n");
    }

    private RevealPage() {}

    /** Page libraries are the same on every page that loads them: each hash is computed once. */
    private static final Map<String, String> LIBRARY_HASHES = new ConcurrentHashMap<>();

    /**
     * The page, the policy it carries, the page library files it uses ({@link PageLibrary}), and a digest of
     * everything on it but the slides, which two pages share exactly when they differ only in their slides.
     */
    record Page(String html, String policy, List<String> libraryFiles, String frame) {}

    static Page build(DeckSettings settings, CharSequence sections, RenderOptions options) {
        PageLibrary.Selection libraries = PageLibrary.select(sections);
        List<String> scripts = new ArrayList<>();
        if (options.inlineAssets()) {
            scripts.add(RevealScript.TEXT);
            libraries.scripts().forEach(file -> scripts.add(RevealAssets.text(file)));
        }
        scripts.add(INIT.formatted(JsonText.of(settings.revealOptions())));
        boolean embeds = EmbedPage.needed(sections);
        if (embeds) {
            scripts.add(EmbedPage.SCRIPT);
        }
        if (options.hostScript() != null) {
            scripts.add(options.hostScript());
        }
        String policy = policy(scripts, libraries.scripts(), options);
        StringBuilder page = new StringBuilder(sections.length() + 300_000);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(escape(policy)).append("\">\n")
                .append("<meta name=\"generator\" content=\"decklint (reveal.js ").append(RevealAssets.VERSION)
                .append(")\">\n<title>")
                .append(escape(settings.title() != null ? settings.title() : options.title()))
                .append("</title>\n");
        List<String> files = new ArrayList<>(RevealAssets.files(settings.theme()));
        files.addAll(libraries.styles());
        for (String file : files) {
            if (file.endsWith(".css")) {
                String print = file.equals(RevealAssets.PRINT_CSS) ? PRINT_STYLE : "";
                if (options.inlineAssets()) {
                    page.append("<style").append(print).append(">\n").append(RevealAssets.text(file))
                            .append("\n</style>\n");
                } else {
                    page.append("<link rel=\"stylesheet\"").append(print).append(" href=\"")
                            .append(escape(options.assetBase() + file)).append("\">\n");
                }
            }
        }
        if (embeds) {
            page.append("<style>\n").append(EmbedPage.STYLE).append("\n</style>\n");
        }
        page.append("</head>\n<body>\n<div class=\"reveal\"");
        if (settings.lang() != null) {
            page.append(" lang=\"").append(escape(settings.lang())).append('"');
        }
        page.append(">\n<div class=\"slides\">\n");
        int slidesStart = page.length();
        page.append(sections).append("</div>\n</div>\n");
        if (!options.inlineAssets()) {
            page.append("<script").append(nonce(options)).append(" src=\"")
                    .append(escape(options.assetBase() + RevealAssets.REVEAL_JS)).append("\"></script>\n");
            for (String file : libraries.scripts()) {
                page.append("<script").append(nonce(options)).append(" src=\"")
                        .append(escape(options.assetBase() + file)).append("\"></script>\n");
            }
        }
        for (String script : scripts) {
            page.append("<script").append(nonce(options)).append(">\n").append(script).append("\n</script>\n");
        }
        String html = page.append("</body>\n</html>\n").toString();
        String frame = sha256(html.substring(0, slidesStart), html.substring(slidesStart + sections.length()));
        return new Page(html, policy, libraries.files(), frame);
    }

    /**
     * Scripts: the page's own, by nonce or hash. Styles inline and in attributes, as decks use both. Images,
     * media and frames from the web and next to the deck; nothing else.
     */
    private static String policy(List<String> scripts, List<String> libraryFiles, RenderOptions options) {
        String assetSource = options.assetSource() != null ? options.assetSource() : "'self'";
        String assets = options.inlineAssets() ? "" : " " + assetSource;
        StringBuilder scriptSources = new StringBuilder();
        if (options.nonce() != null) {
            scriptSources.append(" 'nonce-").append(options.nonce()).append('\'');
        } else {
            for (String script : scripts) {
                String hash = script == RevealScript.TEXT ? RevealScript.HASH : libraryHash(script, libraryFiles);
                scriptSources.append(" 'sha256-").append(hash).append('\'');
            }
        }
        String media = "'self' https: http: data: blob: file:" + (assetSource.equals("'self'") ? "" : assets);
        return "default-src 'none'; script-src" + scriptSources + assets + "; style-src 'unsafe-inline'" + assets
                + "; img-src " + media + "; media-src " + media + "; font-src data:" + assets
                + "; frame-src https: http:; connect-src "
                + (options.connectSource() != null ? options.connectSource() : "'none'")
                + "; base-uri 'none'; form-action 'none'; object-src 'none'";
    }

    /** A page library's cached hash when {@code script} is one's text, else the script's own hash. */
    private static String libraryHash(String script, List<String> libraryFiles) {
        for (String file : libraryFiles) {
            if (script == RevealAssets.text(file)) {
                return LIBRARY_HASHES.computeIfAbsent(file, f -> sha256("\n" + script + "\n"));
            }
        }
        return sha256("\n" + script + "\n");
    }

    private static String nonce(RenderOptions options) {
        return options.nonce() == null ? "" : " nonce=\"" + escape(options.nonce()) + "\"";
    }

    private static String sha256(String... texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return Base64.getEncoder().encodeToString(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** For text and double-quoted attribute values. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
