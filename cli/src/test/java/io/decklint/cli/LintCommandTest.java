package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class LintCommandTest {
    static final String GLUED = "---\ntype: slide\n---\n\n# Team IaaS\n\n* Cloud in a Box\n----\n\n---\n\n# Team Ops\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsOneFindingPerLineAndExitsOneOnErrors() throws IOException {
        Path deck = write("deck.md", GLUED);
        CliRun run = CliRun.of("lint", deck.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(deck + ":8:1  error    This ---- does not start a new slide: it needs a blank "
                + "line above; HedgeDoc shows a horizontal rule instead.  separator-spacing");
        assertThat(run.out()).contains("1 problem (1 error, 0 warnings, 0 infos) in 1 deck.")
                .contains("1 problem can be fixed with --fix.");
    }

    @Test
    void warningsPassUnlessMoreThanMaxWarnings() throws IOException {
        Path deck = write("deck.md", "---\ntype: slide\n---\n\n# A\n\n---\n\n\n---\n\n# B\n");
        assertThat(CliRun.of("lint", deck.toString()).exit()).isZero();
        assertThat(CliRun.of("lint", "--max-warnings", "0", deck.toString()).exit()).isEqualTo(1);
        assertThat(CliRun.of("lint", "--max-warnings", "1", deck.toString()).exit()).isZero();
    }

    /** The command line .pre-commit-hooks.yaml runs, with these arguments and files after it, as pre-commit does. */
    @SuppressWarnings("unchecked")
    private static CliRun preCommit(String... argsAndFiles) throws IOException {
        String manifest = Files.readString(Path.of("../.pre-commit-hooks.yaml"), StandardCharsets.UTF_8);
        List<Map<String, Object>> hooks = new Yaml().load(manifest);
        List<String> command = new ArrayList<>(List.of(((String) hooks.get(0).get("entry")).split(" ")));
        assertThat(command.remove(0)).isEqualTo("decklint");
        command.addAll(List.of(argsAndFiles));
        return CliRun.of(command.toArray(String[]::new));
    }

    @Test
    void thePreCommitHookFailsOnWarningsAndSaysWhyButNeverOnInfos() throws IOException {
        Path warning = write("warning.md", "---\ntype: slide\n---\n\n# A\n\nText\n\n---\n\n\n---\n\n# B\n\nText\n");
        CliRun run = preCommit(warning.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("0 errors, 1 warning, 0 infos");
        assertThat(run.err()).isEqualTo("decklint: warnings fail this run, as errors do: 1 warning found\n");

        Path info = write("info.md", "---\ntype: slide\n---\n\n# A\n\nOur Plattform grows\n");
        CliRun hint = preCommit(info.toString());
        assertThat(hint.out()).contains("0 errors, 0 warnings, 1 info");
        assertThat(hint.exit()).isZero();
    }

    @Test
    void aPreCommitConfigCanLetWarningsThroughWithItsArgs() throws IOException {
        String text = "---\ntype: slide\n---\n\n# A\n\nText\n\n---\n\n\n---\n\n# B\n\nText\n";
        List<String> args = new ArrayList<>(List.of("--max-warnings", "3"));
        for (int i = 0; i < 4; i++) {
            args.add(write("warning" + i + ".md", text).toString());
        }
        assertThat(preCommit("--max-warnings=-1", args.get(2)).exit()).isZero();
        CliRun some = preCommit(args.toArray(String[]::new));
        assertThat(some.exit()).isEqualTo(1);
        assertThat(some.err()).contains("4 warnings found, more than the 3 that --max-warnings allows");
    }

    @Test
    void whatAKilledFixLeftBehindIsNeverLintedAndTheNextFixRemovesIt() throws IOException {
        Path deck = write("call.md", GLUED);
        Path leftover = write(".call.md.6021532087196335478.tmp", GLUED.substring(0, 30));
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minusSeconds(60)));
        CliRun lint = CliRun.of("lint", dir.toString());
        assertThat(lint.out()).doesNotContain(".tmp").contains("in 1 deck.");
        assertThat(leftover).as("a run that only reads changes nothing").exists();

        CliRun fix = CliRun.of("lint", "--fix", dir.toString());
        assertThat(fix.out()).contains("Fixed 1 problem.");
        assertThat(leftover).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(deck);
        }
    }

    @Test
    void jsonFollowsTheDocumentedContract() throws IOException {
        Path deck = write("deck.md", GLUED);
        CliRun run = CliRun.of("lint", "--format", "json", deck.toString());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonObject file = root.getAsJsonArray("files").get(0).getAsJsonObject();
        assertThat(file.get("path").getAsString()).isEqualTo(deck.toString());
        JsonObject d = file.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertThat(d.get("rule").getAsString()).isEqualTo("separator-spacing");
        assertThat(d.get("severity").getAsString()).isEqualTo("error");
        assertThat(d.get("line").getAsInt()).isEqualTo(8);
        assertThat(d.get("column").getAsInt()).isEqualTo(1);
        // the stray line with its line break, which its fix deletes
        assertThat(d.get("endLine").getAsInt()).isEqualTo(9);
        assertThat(d.get("endColumn").getAsInt()).isEqualTo(1);
        assertThat(d.getAsJsonArray("slide")).isEqualTo(JsonParser.parseString("[0,0]"));
        assertThat(d.get("slideNumber").getAsString()).as("the number HedgeDoc's counter shows").isEqualTo("1");
        assertThat(d.get("fixable").getAsBoolean()).isTrue();
        assertThat(root.getAsJsonObject("summary")).isEqualTo(
                JsonParser.parseString("{\"files\":1,\"errors\":1,\"warnings\":0,\"infos\":0}"));
    }

    @Test
    void sarifIsVersion210WithRulesAndRegions() throws IOException {
        Path deck = write("deck.md", GLUED);
        JsonObject root = JsonParser.parseString(CliRun.of("lint", "--format", "sarif", deck.toString()).out())
                .getAsJsonObject();
        assertThat(root.get("version").getAsString()).isEqualTo("2.1.0");
        JsonObject run = root.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertThat(result.get("level").getAsString()).isEqualTo("error");
        int index = result.get("ruleIndex").getAsInt();
        assertThat(rules.get(index).getAsJsonObject().get("id").getAsString()).isEqualTo(result.get("ruleId").getAsString());
        JsonObject region = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("region");
        assertThat(region.get("startLine").getAsInt()).isEqualTo(8);
    }

    @Test
    void githubFormatPrintsWorkflowAnnotations() throws IOException {
        Path deck = write("deck.md", GLUED);
        assertThat(CliRun.of("lint", "--format", "github", deck.toString()).out().strip()).isEqualTo(
                "::error file=" + deck + ",line=8,col=1,endLine=9,endColumn=1,title=decklint separator-spacing::"
                        + "This ---- does not start a new slide: it needs a blank line above; HedgeDoc shows a "
                        + "horizontal rule instead.");
    }

    @Test
    void fixKeepsByteOrderMarkLineEndingsAndModeAndIsIdempotent() throws IOException {
        Path deck = write("deck.md", "\uFEFF" + GLUED.replace("\n", "\r\n"));
        Files.setPosixFilePermissions(deck, PosixFilePermissions.fromString("rw-r-----"));
        CliRun run = CliRun.of("lint", "--fix", deck.toString());
        // The stray separator would start an empty vertical slide: its fix deletes it.
        assertThat(run.out()).contains("Fixed 1 problem.");
        String fixed = Files.readString(deck, StandardCharsets.UTF_8);
        assertThat(fixed).isEqualTo("\uFEFF---\r\ntype: slide\r\n---\r\n\r\n# Team IaaS\r\n\r\n* Cloud in a Box\r\n"
                + "\r\n---\r\n\r\n# Team Ops\r\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(deck))).isEqualTo("rw-r-----");
        assertThat(run.exit()).isZero();
        assertThat(dir.toFile().list()).containsExactly("deck.md");

        CliRun again = CliRun.of("lint", "--fix", deck.toString());
        assertThat(again.out()).doesNotContain("Fixed");
        assertThat(Files.readString(deck, StandardCharsets.UTF_8)).isEqualTo(fixed);
    }

    @Test
    void fixLeavesAFileWithNothingToFixUntouched() throws IOException {
        Path deck = write("deck.md", "---\ntype: slide\n---\n\n# Only\n");
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(deck, old);
        assertThat(CliRun.of("lint", "--fix", deck.toString()).exit()).isZero();
        assertThat(Files.getLastModifiedTime(deck)).isEqualTo(old);
    }

    @Test
    void aDeckWhoseFrontMatterDoesNotParseIsFoundInAFolderAndByAHook() throws IOException {
        Path broken = write("talks/broken.md", "---\ntype: slide\nslideOptions:\n  theme: [\n---\n\n# Call\n");
        Path duplicate = write("talks/duplicate.md", "---\nslideOptions:\n  theme: white\nslideOptions: {}\n---\n\n# A\n");
        write("talks/notes.md", "---\ntitle: [\n---\n\n# Notes\n");
        CliRun folder = CliRun.of("lint", dir.toString());
        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.out()).contains(broken + ":4:11  error    The front matter is not valid YAML")
                .contains(duplicate + ":4:1  error    The key `slideOptions` appears twice").doesNotContain("notes.md")
                .contains("in 2 decks");
        CliRun hook = CliRun.of("lint", "--decks-only", broken.toString());
        assertThat(hook.exit()).isEqualTo(1);
        assertThat(hook.out()).contains(broken + ":4:11  error");
    }

    @Test
    void aFolderIsSearchedForDecksOnlyWhileNamedFilesAreAlwaysLinted() throws IOException {
        Path deck = write("talks/deck.md", GLUED);
        Path notes = write("talks/notes.md", "# Notes\n\ntext\n---\nmore\n");
        write("talks/.drafts/hidden.md", GLUED);
        write("node_modules/pkg/readme.md", GLUED);
        CliRun folder = CliRun.of("lint", dir.toString());
        assertThat(folder.out()).contains(deck.toString()).doesNotContain("notes.md").doesNotContain("hidden.md")
                .doesNotContain("readme.md");
        assertThat(CliRun.of("lint", notes.toString()).out()).contains(notes + ":4:1");
        assertThat(CliRun.of("lint", "--decks-only", notes.toString()).out()).contains("No problems in 0 decks.");
    }

    @Test
    void inlineDirectivesSilenceARule() throws IOException {
        Path deck = write("deck.md", GLUED.replace("* Cloud in a Box\n", "* Cloud in a Box\n<!-- decklint-disable-next-line separator-spacing -->\n"));
        assertThat(CliRun.of("lint", deck.toString()).out()).contains("No problems in 1 deck.");

        Path later = write("later.md", Files.readString(deck) + "\n---\n\n* improvments <!-- decklint-disable-line spelling -->\n"
                + "* Cloud in a Box\n---\n\n# Team IAM\n");
        CliRun run = CliRun.of("lint", later.toString());
        assertThat(run.exit()).as("the directive covers its next line only").isEqualTo(1);
        assertThat(run.out()).contains(later + ":19:1  error").contains("1 problem (1 error");
    }

    @Test
    void aBrokenConfigurationStopsTheRunNamingFileAndLine() throws IOException {
        write(".decklint.yml", "rules:\n  empty-slide: warning\n  seperator-spacing: off\n");
        Path deck = write("deck.md", GLUED);
        CliRun run = CliRun.of("lint", deck.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(".decklint.yml:3: unknown rule 'seperator-spacing' (did you mean "
                + "'separator-spacing'?)");
    }

    @Test
    void configurationSwitchesRulesOffAndOverridesApplyByGlob() throws IOException {
        write(".decklint.yml", "rules:\n  separator-spacing: warning\noverrides:\n  - files: ['archive/**']\n"
                + "    rules:\n      separator-spacing: off\n");
        Path current = write("deck.md", GLUED);
        Path archived = write("archive/2023/deck.md", GLUED);
        assertThat(CliRun.of("lint", current.toString()).out()).contains("warning  This ----");
        assertThat(CliRun.of("lint", archived.toString()).out()).contains("No problems");
    }

    @Test
    void rulesListsEveryRuleWithSeverityAndFixability() {
        CliRun run = CliRun.of("rules");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsPattern("separator-spacing +error +yes +A --- or ---- line")
                .containsPattern("placeholder-slide +info +no ");
    }

    @Test
    void unknownOptionsAreAUsageError() {
        CliRun run = CliRun.of("lint", "--fromat", "json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--fromat'").contains("decklint lint --help");
    }
}
