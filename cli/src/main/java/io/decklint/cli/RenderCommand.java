package io.decklint.cli;

import com.google.gson.GsonBuilder;
import io.decklint.deck.Deck;
import io.decklint.files.AtomicFile;
import io.decklint.render.DeckRenderer;
import io.decklint.render.RenderOptions;
import io.decklint.render.RenderedDeck;
import io.decklint.render.RevealAssets;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code decklint render}: a deck as one reveal.js HTML page, the way HedgeDoc's slide mode shows it. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders a deck to a reveal.js HTML page as HedgeDoc's slide mode shows it.",
            "The page works offline: reveal.js is inside it (or beside it with --assets)."})
final class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DECK", description = "The deck to render.")
    Path deck;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the page ('-' for standard output; default: the deck's name with .html).")
    Path output;

    @Option(names = "--assets", paramLabel = "DIR",
            description = "Copy reveal.js into DIR and link it from the page instead of inlining it.")
    Path assets;

    @Option(names = "--slide-map", paramLabel = "FILE",
            description = "Also write each slide's reveal.js index and source lines as JSON "
                    + "([{\"h\":0,\"v\":0,\"startLine\":0,\"endLine\":12}, ...], lines zero-based).")
    Path slideMap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, DeckFile.Unreadable {
        PrintWriter err = spec.commandLine().getErr();
        String text = DeckFile.require(deck);
        boolean toStdout = output != null && output.toString().equals("-");
        Path page = output != null ? output : defaultOutput(deck);
        if (!toStdout && Files.exists(page) && Files.isSameFile(page, deck)) {
            err.println("decklint: " + page + " is the deck itself; choose another file with -o");
            return Main.EXIT_TROUBLE;
        }
        if (assets != null && toStdout) {
            err.println("decklint: --assets needs a page file to link from; use -o FILE");
            return Main.EXIT_TROUBLE;
        }
        RenderOptions options = RenderOptions.standalone().withTitle(deck.getFileName().toString());
        if (assets != null) {
            options = options.withAssetsAt(relativeUrl(page.toAbsolutePath().normalize().getParent(), assets), null);
        }
        RenderedDeck rendered = new DeckRenderer().render(Deck.parse(text), options);
        if (assets != null) {
            copyAssets(rendered);
        }
        if (toStdout) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered.html());
            out.flush();
        } else {
            AtomicFile.write(page, rendered.html());
        }
        if (slideMap != null) {
            AtomicFile.write(slideMap, new GsonBuilder().create().toJson(rendered.slides()) + "\n");
        }
        return 0;
    }

    private static Path defaultOutput(Path deck) {
        String name = deck.getFileName().toString();
        boolean markdown = name.toLowerCase(Locale.ROOT).endsWith(".md");
        String base = markdown ? name.substring(0, name.length() - 3) : name;
        return deck.resolveSibling(base + ".html");
    }

    private void copyAssets(RenderedDeck rendered) throws IOException {
        List<String> files = new ArrayList<>(rendered.assets());
        files.add(RevealAssets.LICENSE);
        for (String file : files) {
            Path target = assets.resolve(file);
            Files.createDirectories(target.getParent());
            AtomicFile.write(target, RevealAssets.text(file));
        }
    }

    /** The assets folder as a URL relative to the page's folder, with '/' and each segment escaped. */
    static String relativeUrl(Path pageFolder, Path assetFolder) {
        Path relative = pageFolder.toAbsolutePath().normalize().relativize(assetFolder.toAbsolutePath().normalize());
        StringBuilder url = new StringBuilder("./");
        for (Path segment : relative) {
            if (!segment.toString().isEmpty()) {
                url.append(URLEncoder.encode(segment.toString(), StandardCharsets.UTF_8).replace("+", "%20"))
                        .append('/');
            }
        }
        return url.toString();
    }
}
