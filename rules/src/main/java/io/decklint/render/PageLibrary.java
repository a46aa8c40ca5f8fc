package io.decklint.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The libraries HedgeDoc 1.x's page draws a slide with ({@code finishView} in {@code public/js/extra.js}), each
 * bundled in the jar at build time from npm with a lockfile (rules/src/main/pagelibs) and loaded by a page only
 * when one of its slides has what that library draws: the elements {@link CodeFenceRenderer} and
 * {@link MathRenderer} write, found by the same class names finishView looks for. decklint's own
 * {@code draw.js} then draws them all and resolves {@code window.decklintReady}.
 *
 * <p>Math is typeset with MathJax 3 ({@code tex-svg-full}): HedgeDoc uses MathJax (2.7) with the same TeX input
 * and AMS macros, so formulas and their errors come out as there; SVG output needs no font files, and the full
 * build never loads an extension from the network. KaTeX would load faster but knows fewer of the macros and
 * environments MathJax does and needs font files of its own.
 */
enum PageLibrary {
    MATH("mathjax/LICENSE", "mathjax/es5/tex-svg-full.js"),
    SEQUENCE("sequence/LICENCE", "bundles/sequence.js"),
    FLOW("flowchart/license", "bundles/flowchart.js"),
    GRAPHVIZ("viz/LICENSE", "viz/viz.js"),
    MERMAID("mermaid/LICENSE", "mermaid/dist/mermaid.min.js"),
    ABC("abcjs/LICENSE.md", "abcjs/dist/abcjs-basic-min.js"),
    HIGHLIGHT("highlight/LICENSE", "highlight/highlight.min.js");

    /** Where the page's paths for these files start, next to reveal.js's under the asset base. */
    static final String PREFIX = "pagelibs/";
    static final String DRAW_JS = PREFIX + "decklint/draw.js";
    static final String DRAWN_CSS = PREFIX + "decklint/drawn.css";
    /** Bundled with the sequence and flow bundles, which esbuild made from them. */
    private static final List<String> BUNDLED_LICENCES =
            List.of(PREFIX + "raphael/license.txt", PREFIX + "underscore/LICENSE");

    private static final String RESOURCES = "pagelibs/";
    /** Files only: scripts, stylesheets and licences. */
    private static final Pattern PATH =
            Pattern.compile("([A-Za-z0-9_.+-]+/)*([A-Za-z0-9_.+-]+\\.(js|css|txt|md)|LICEN[CS]E|license)");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern CLASSED_ELEMENT = Pattern.compile("<(span|div|code)\\b[^>]*?\\sclass=\"([^\"]*)\"");
    private static final Pattern HIGHLIGHT_NAMES = Pattern.compile("hljs|wrap");
    private static final Set<String> NOT_HIGHLIGHTED = Set.of("mermaid", "abc", "graphviz", "sequence", "flow");

    private final String licence;
    private final String script;

    PageLibrary(String licence, String script) {
        this.licence = PREFIX + licence;
        this.script = PREFIX + script;
    }

    /**
     * What a page with these slides loads, in order: its stylesheets, then its scripts ({@code draw.js} first,
     * as it configures the libraries, then the libraries, then highlight.js's extra languages), then the licences
     * that go with them when the files are copied.
     */
    record Selection(List<String> styles, List<String> scripts, List<String> licences) {
        static final Selection NONE = new Selection(List.of(), List.of(), List.of());

        List<String> files() {
            List<String> files = new ArrayList<>(styles);
            files.addAll(scripts);
            files.addAll(licences);
            return files;
        }
    }

    static Selection select(CharSequence sections) {
        Set<PageLibrary> libraries = EnumSet.noneOf(PageLibrary.class);
        Set<String> languages = new LinkedHashSet<>();
        Matcher element = CLASSED_ELEMENT.matcher(sections);
        while (element.find()) {
            Set<String> classes = Set.of(element.group(2).trim().split("\\s+"));
            if (!classes.contains("raw")) {
                continue;
            }
            switch (element.group(1)) {
                case "span" -> {
                    if (classes.contains("mathjax")) {
                        libraries.add(MATH);
                    }
                }
                case "div" -> diagram(classes, libraries);
                default -> highlighted(element.group(2), libraries, languages);
            }
        }
        if (libraries.isEmpty()) {
            return Selection.NONE;
        }
        List<String> scripts = new ArrayList<>(List.of(DRAW_JS));
        List<String> licences = new ArrayList<>();
        for (PageLibrary library : libraries) {
            scripts.add(library.script);
            licences.add(library.licence);
        }
        languages.forEach(language -> scripts.add(PREFIX + "highlight/languages/" + language + ".min.js"));
        if (libraries.contains(SEQUENCE) || libraries.contains(FLOW)) {
            licences.addAll(BUNDLED_LICENCES);
        }
        return new Selection(List.of(DRAWN_CSS), scripts, licences);
    }

    private static void diagram(Set<String> classes, Set<PageLibrary> libraries) {
        if (classes.contains("sequence-diagram")) {
            libraries.add(SEQUENCE);
        }
        if (classes.contains("flow-chart")) {
            libraries.add(FLOW);
        }
        if (classes.contains("graphviz")) {
            libraries.add(GRAPHVIZ);
        }
        if (classes.contains("mermaid")) {
            libraries.add(MERMAID);
        }
        if (classes.contains("abc")) {
            libraries.add(ABC);
        }
    }

    /**
     * finishView highlights {@code code.raw} in the language its classes name once {@code hljs} and
     * {@code wrap} are cut out of them (as text, as HedgeDoc does), and guesses the language when highlight.js
     * has none of that name. highlight.js's common languages come with it; another is loaded when it has a file.
     */
    private static void highlighted(String className, Set<PageLibrary> libraries, Set<String> languages) {
        String language = HIGHLIGHT_NAMES.matcher(withoutRaw(className)).replaceAll("").trim();
        if (language.isEmpty() || NOT_HIGHLIGHTED.contains(language)) {
            return;
        }
        libraries.add(HIGHLIGHT);
        if (LANGUAGE.matcher(language).matches() && !CommonLanguages.NAMES.contains(language)
                && PageLibrary.class.getResource(RESOURCES + "highlight/languages/" + language + ".min.js") != null) {
            languages.add(language);
        }
    }

    private static String withoutRaw(String className) {
        return String.join(" ", List.of(className.trim().split("\\s+")).stream().filter(c -> !c.equals("raw"))
                .toList());
    }

    /** The languages highlight.min.js registers itself. */
    private static final class CommonLanguages {
        static final Set<String> NAMES = names();

        private static Set<String> names() {
            Matcher registered = Pattern.compile("registerLanguage\\(\"([\\w-]+)\"")
                    .matcher(read(PREFIX + "highlight/highlight.min.js"));
            Set<String> names = new LinkedHashSet<>();
            while (registered.find()) {
                names.add(registered.group(1));
            }
            return Set.copyOf(names);
        }
    }

    /** Whether {@code path} names one of these bundled files, the way a page refers to it. */
    static boolean isBundled(String path) {
        return path.startsWith(PREFIX) && PATH.matcher(path).matches() && !path.contains("..")
                && PageLibrary.class.getResource(RESOURCES + path.substring(PREFIX.length())) != null;
    }

    /** A bundled file's text; {@code path} is one {@link #isBundled} accepts. */
    static String read(String path) {
        if (!isBundled(path)) {
            throw new IllegalArgumentException("not a bundled page library file: " + path);
        }
        try (InputStream in = PageLibrary.class.getResourceAsStream(RESOURCES + path.substring(PREFIX.length()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
