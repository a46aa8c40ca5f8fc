package io.decklint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.Deck;
import io.decklint.lint.DeckFiles;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.LinkChecker;
import io.decklint.lint.LinkStatus;
import io.decklint.lint.LintEnvironment;
import io.decklint.lint.LintSettings;
import io.decklint.lint.Linter;
import io.decklint.lint.RuleOptions;
import io.decklint.lint.RuleSetting;
import io.decklint.lint.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** broken-image with a fake link checker handed in, as a front end would hand in the real one. */
class BrokenImageRemoteTest {
    private static final String DECK = """
            # Remote images

            ![](https://img.example.org/fine.png)
            ![](https://img.example.org/gone.png =50%x)
            <img src="https://img.example.org/error.png">

            ---

            ![](https://img.example.org/slow.png)
            ![](//img.example.org/page.png)
            ![](http://169.254.169.254/latest/meta-data.png)
            ![](https://github.com/example/slides/blob/main/logo.png)
            ![](./local.png)
            """;

    /** Answers from a table and remembers what it was asked. */
    private static final class FakeLinks implements LinkChecker {
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public Map<String, LinkStatus> check(Collection<String> urls) {
            calls.add(List.copyOf(urls));
            Map<String, LinkStatus> answers = new LinkedHashMap<>();
            for (String url : urls) {
                answers.put(url, switch (url.substring(url.lastIndexOf('/') + 1)) {
                    case "gone.png" -> LinkStatus.answered(404, "text/html");
                    case "error.png" -> LinkStatus.answered(503, null);
                    case "slow.png" -> LinkStatus.unreachable("no answer within 5 s");
                    case "page.png" -> LinkStatus.answered(200, "text/html; charset=utf-8");
                    case "meta-data.png" -> LinkStatus.notChecked("169.254.169.254 is a link-local address");
                    default -> LinkStatus.answered(200, "image/png");
                });
            }
            return answers;
        }
    }

    private final FakeLinks links = new FakeLinks();

    private List<String> lint(LintSettings settings, boolean checkRemote) {
        List<Diagnostic> findings = new Linter(List.of(new BrokenImageRule())).lint(Deck.parse(DECK), settings,
                new LintEnvironment(DeckFiles.NONE, links, checkRemote));
        return findings.stream().map(d -> d.severity().label() + " " + d.message()).toList();
    }

    private static LintSettings withCheckRemoteOption() {
        RuleOptions options = new RuleOptions(Map.of("checkRemote", true), ".decklint.yml:3");
        return new LintSettings(Map.of("broken-image", new RuleSetting(true, null, options)), List.of());
    }

    @Test
    void staysOfflineUnlessAsked() {
        assertThat(lint(LintSettings.DEFAULTS, false)).containsExactly(
                "error 'https://github.com/example/slides/blob/main/logo.png' is GitHub's web page about the image, "
                        + "not the image itself: HedgeDoc shows a broken image. Use the file's raw address, "
                        + "'https://github.com/example/slides/raw/main/logo.png'.");
        assertThat(links.calls).isEmpty();
    }

    @Test
    void reportsWhatRemoteImagesAnswerWhenTheRunAsks() {
        assertThat(lint(LintSettings.DEFAULTS, true)).containsExactly(
                "error Image 'https://img.example.org/gone.png' answers 404 Not Found: HedgeDoc shows a broken image.",
                "warning Image 'https://img.example.org/error.png' answers HTTP 503: HedgeDoc may show a broken image.",
                "warning Image 'https://img.example.org/slow.png' could not be looked up (no answer within 5 s): "
                        + "check that it loads.",
                "warning Image '//img.example.org/page.png' answers with a web page, not an image: "
                        + "HedgeDoc shows a broken image.",
                "warning Image 'http://169.254.169.254/latest/meta-data.png' was not checked: private address "
                        + "(169.254.169.254 is a link-local address); decklint looks up public addresses only, unless "
                        + "run with --allow-private-addresses.",
                "error 'https://github.com/example/slides/blob/main/logo.png' is GitHub's web page about the image, "
                        + "not the image itself: HedgeDoc shows a broken image. Use the file's raw address, "
                        + "'https://github.com/example/slides/raw/main/logo.png'.");
    }

    @Test
    void theRuleOptionAsksToo() {
        assertThat(lint(withCheckRemoteOption(), false)).anyMatch(f -> f.contains("404 Not Found"));
    }

    @Test
    void asksForTheWholeDeckAtOnceSoLookupsRunSideBySide() {
        lint(LintSettings.DEFAULTS, true);
        assertThat(links.calls.get(0)).containsExactly("https://img.example.org/fine.png",
                "https://img.example.org/gone.png", "https://img.example.org/error.png",
                "https://img.example.org/slow.png", "https://img.example.org/page.png",
                "http://169.254.169.254/latest/meta-data.png");
    }

    @Test
    void aFrontEndThatCannotGoOnlineChecksNothingRemote() {
        List<Diagnostic> findings = new Linter(List.of(new BrokenImageRule())).lint(Deck.parse(DECK),
                withCheckRemoteOption(), new LintEnvironment(DeckFiles.NONE, LinkChecker.NONE, true));
        assertThat(findings).hasSize(1).allMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    void anUnsavedDeckHasNoFilesToCheckButTheSanitiserStillApplies() {
        List<Diagnostic> findings = new Linter(List.of(new BrokenImageRule())).lint(
                Deck.parse("![](./images/missing.png)\n![](images/logo.png)\n"), LintSettings.DEFAULTS,
                LintEnvironment.NONE);
        assertThat(findings).extracting(Diagnostic::message).containsExactly("HedgeDoc's sanitiser empties the image "
                + "source 'images/logo.png' because it does not start with './', '../' or '/': the slide shows no "
                + "image. Write './images/logo.png'.");
        assertThat(findings.get(0).fixable()).isTrue();
    }
}
