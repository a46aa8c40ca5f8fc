package io.decklint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decklint.config.ConfigException;
import io.decklint.config.Configurations;
import io.decklint.files.IgnorePattern;
import io.decklint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintFilesTest {
    @TempDir
    Path dir;

    private final Configurations configurations = new Configurations(BuiltInRules.all());

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private List<String> found(boolean honourIgnores) throws IOException {
        return new LintFiles(configurations, null, honourIgnores).inFolder(dir).stream()
                .map(p -> dir.relativize(p).toString()).toList();
    }

    @Test
    void anIgnoreFileLeavesOutWhatItNamesAsGitWould() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write(".decklintignore", "# test decks\n**/fixtures/\n*.draft.md\n!keep.draft.md\n/old.md\n");
        for (String name : List.of("a.md", "old.md", "x.draft.md", "keep.draft.md", "talks/old.md",
                "rules/fixtures/broken.md", "fixtures.md", "notes.txt")) {
            write(name, "# deck\n");
        }
        assertThat(found(true)).containsExactly("a.md", "fixtures.md", "keep.draft.md", "talks/old.md");
        assertThat(found(false)).hasSize(8 - 1);
    }

    @Test
    void aDeeperIgnoreFileWinsAndNothingComesBackFromAnIgnoredFolder() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write(".decklintignore", "*.md\narchive/\n");
        write("talks/.decklintignore", "!*.md\n");
        write("archive/.decklintignore", "!*.md\n");
        write("top.md", "x");
        write("talks/call.md", "x");
        write("archive/old.md", "x");
        assertThat(found(true)).containsExactly("talks/call.md");
        IgnorePattern why = new LintFiles(configurations, null, true).ignoring(dir.resolve("archive/old.md")).orElseThrow();
        assertThat(why.describe()).isEqualTo(dir.resolve(".decklintignore") + ":2 ('archive/')");
    }

    @Test
    void ignoreFilesAboveTheRepositoryDoNotApply() throws IOException {
        write(".decklintignore", "*.md\n");
        Files.createDirectories(dir.resolve("repo/.git"));
        write("repo/call.md", "x");
        assertThat(new LintFiles(configurations, null, true).inFolder(dir.resolve("repo"))).hasSize(1);
    }

    @Test
    void theConfigurationsIgnoresAreRelativeToIt() throws IOException {
        write("talks/.decklint.yml", "ignores: [drafts/, '/old-*.md']\n");
        write("talks/drafts/wip.md", "x");
        write("talks/old-2023.md", "x");
        write("talks/sub/old-2023.md", "x");
        write("talks/call.md", "x");
        write("drafts/top.md", "x");
        assertThat(found(true)).containsExactly("drafts/top.md", "talks/call.md", "talks/sub/old-2023.md");
    }

    @Test
    void globsMatchMarkdownFilesFromTheFolderBeforeTheFirstWildcard() throws IOException {
        write("talks/a.md", "x");
        write("talks/b.markdown", "x");
        write("talks/c.txt", "x");
        write("talks/2024/d.md", "x");
        write("talks/node_modules/e.md", "x");
        LintFiles files = new LintFiles(configurations, null, true);
        assertThat(files.matching(dir + "/talks/*.md")).containsExactly(dir.resolve("talks/a.md"));
        assertThat(files.matching(dir + "/talks/**/*.md"))
                .containsExactly(dir.resolve("talks/2024/d.md"), dir.resolve("talks/a.md"));
        assertThat(files.matching(dir + "/**/*.m*")).hasSize(3);
        assertThat(files.matching(dir + "/nowhere/*.md")).isEmpty();
    }

    @Test
    void aBrokenIgnoreFileNamesItsLine() throws IOException {
        Path ignore = write(".decklintignore", "ok.md\n\nold/[\n");
        write("a.md", "x");
        assertThatThrownBy(() -> found(true)).isInstanceOf(ConfigException.class)
                .hasMessage(ignore + ":3: 'old/[' has a '[' that is not closed by ']' (write \\[ for a plain '[')");
    }
}
