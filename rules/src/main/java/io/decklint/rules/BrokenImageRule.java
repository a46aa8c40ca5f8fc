package io.decklint.rules;

import io.decklint.deck.Deck;
import io.decklint.deck.Slide;
import io.decklint.lint.Fix;
import io.decklint.lint.LinkChecker;
import io.decklint.lint.LinkStatus;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.RuleOptions;
import io.decklint.lint.Severity;
import io.decklint.lint.Rule;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image HedgeDoc will not show: markup that does not parse as an image, a malformed or misspelt URL, a source
 * HedgeDoc's sanitiser removes, a local file that is not in the deck's folder, and (when asked) a remote image
 * that does not load. HedgeDoc renders each slide on its own, reference definitions included, so each slide is
 * checked on its own; but findings also depend on the files and links around the deck, which can change while
 * the text does not, so this is not a {@link io.decklint.lint.SlideRule} whose results an editor may keep.
 */
public final class BrokenImageRule implements Rule {
    private static final RuleMeta META = new RuleMeta("broken-image", Severity.ERROR, true,
            "An image will not show: bad markup, a malformed URL, a missing file or (with --check-remote) a dead link.");
    static final String CHECK_REMOTE = "checkRemote";
    private static final Pattern GLUED_SIZE = Pattern.compile("^([^\\s?]+?)(\\.[A-Za-z]{3,4})?=\\d*%?x\\d*%?$");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public List<String> options() {
        return List.of(CHECK_REMOTE);
    }

    @Override
    public void validate(RuleOptions options) {
        options.bool(CHECK_REMOTE, false);
    }

    /** Looks up every remote image of the deck in one batch first, so the lookups run side by side. */
    @Override
    public void check(Deck deck, RuleContext context) {
        if (checksRemote(context)) {
            ImageSources sources = new ImageSources(context.environment().files());
            Set<String> urls = new LinkedHashSet<>();
            for (Slide slide : deck.slides()) {
                for (SlideImages.Use use : SlideImages.of(slide).uses) {
                    toLookUp(use, deck.text(), sources).ifPresent(urls::add);
                }
            }
            context.environment().links().check(urls);
        }
        for (Slide slide : deck.slides()) {
            checkSlide(slide, context);
        }
    }

    private void checkSlide(Slide slide, RuleContext context) {
        SlideImages images = SlideImages.of(slide);
        String text = context.deck().text();
        BrokenImageMarkup markup = new BrokenImageMarkup(text, context.environment().files());
        for (SlideImages.Broken broken : images.broken) {
            BrokenImageMarkup.Diagnosis diagnosis = markup.diagnose(broken);
            context.report(diagnosis.at(), diagnosis.message(), diagnosis.fixes().toArray(Fix[]::new));
        }
        for (SlideImages.Sourceless tag : images.sourceless) {
            context.report(tag.tag(), "This <img> has no src: HedgeDoc shows a broken image.");
        }
        ImageSources sources = new ImageSources(context.environment().files());
        Set<String> remote = new LinkedHashSet<>();
        for (SlideImages.Use use : images.uses) {
            Optional<Matcher> glued = gluedSize(use, text);
            if (glued.isPresent()) {
                reportGluedSize(context, use, text, glued.get());
            } else {
                sources.check(use.source()).ifPresent(p -> report(context, use, text, p));
            }
            toLookUp(use, text, sources).ifPresent(remote::add);
        }
        if (!remote.isEmpty() && checksRemote(context)) {
            Map<String, LinkStatus> answers = context.environment().links().check(remote);
            for (SlideImages.Use use : images.uses) {
                ImageSources.remoteUrl(use.source()).map(answers::get)
                        .ifPresent(status -> reportRemote(context, use, status));
            }
        }
    }

    /** The address to look up for a remote image that has nothing wrong with it offline. */
    private static Optional<String> toLookUp(SlideImages.Use use, String text, ImageSources sources) {
        return gluedSize(use, text).isEmpty() && sources.check(use.source()).isEmpty()
                ? ImageSources.remoteUrl(use.source()) : Optional.empty();
    }

    /**
     * {@code ![](a.png=50%x)}: without a space before it the size is part of the path (markdown-it-imsize needs
     * the space), so HedgeDoc loads a file that does not exist. Certain when the path ends in a file extension.
     */
    private static Optional<Matcher> gluedSize(SlideImages.Use use, String text) {
        Matcher m = GLUED_SIZE.matcher(use.value().of(text));
        boolean glued = use.markdown() && !use.value().isEmpty() && text.charAt(use.value().start() - 1) != '<'
                && m.matches();
        return glued ? Optional.of(m) : Optional.empty();
    }

    private static void reportGluedSize(RuleContext context, SlideImages.Use use, String text, Matcher m) {
        String written = use.value().of(text);
        int cut = m.group(2) != null ? m.end(2) : m.end(1);
        String size = written.substring(cut);
        TextEdit space = TextEdit.insert(use.value().start() + cut, " ");
        String title = "Add a space before " + size;
        context.report(use.value(), "The size " + size + " is glued to the image path, so HedgeDoc loads '" + written
                + "', which does not exist: add a space before '='.",
                m.group(2) != null ? Fix.safe(title, space) : Fix.suggestion(title, space));
    }

    private static boolean checksRemote(RuleContext context) {
        return context.environment().links() != LinkChecker.NONE
                && (context.environment().checkRemote() || context.options().bool(CHECK_REMOTE, false));
    }

    private static void report(RuleContext context, SlideImages.Use use, String text, ImageSources.Problem problem) {
        TextRange at = use.value().isEmpty() ? use.markup() : use.value();
        String written = use.value().of(text);
        Fix[] fixes = problem.proposals().stream().map(p -> {
            TextEdit edit = p.value().endsWith(written) && !written.isEmpty()
                    ? TextEdit.insert(use.value().start(), p.value().substring(0, p.value().length() - written.length()))
                    : TextEdit.replace(use.value(), p.value());
            return p.safe() ? Fix.safe(p.title(), edit) : Fix.suggestion(p.title(), edit);
        }).toArray(Fix[]::new);
        context.report(at, problem.message(), fixes);
    }

    private static void reportRemote(RuleContext context, SlideImages.Use use, LinkStatus status) {
        String url = use.source().strip();
        if (status.refused()) {
            context.report(Severity.WARNING, use.value(), "Image '" + url + "' was not checked: private address ("
                    + status.failure() + "); decklint looks up public addresses only, unless run with "
                    + "--allow-private-addresses.");
        } else if (!status.reachable()) {
            context.report(Severity.WARNING, use.value(), "Image '" + url + "' could not be looked up ("
                    + status.failure() + "): check that it loads.");
        } else if (status.gone()) {
            context.report(use.value(), "Image '" + url + "' answers " + status.httpStatus()
                    + (status.httpStatus() == 404 ? " Not Found" : " Gone") + ": HedgeDoc shows a broken image.");
        } else if (!status.ok()) {
            context.report(Severity.WARNING, use.value(), "Image '" + url + "' answers HTTP " + status.httpStatus()
                    + ": HedgeDoc may show a broken image.");
        } else if (status.contentType() != null
                && status.contentType().toLowerCase(Locale.ROOT).startsWith("text/html")) {
            context.report(Severity.WARNING, use.value(), "Image '" + url + "' answers with a web page, not an image: "
                    + "HedgeDoc shows a broken image.");
        }
    }
}
