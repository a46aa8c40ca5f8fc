package io.decklint.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GlobPatternTest {
    @Test
    void aNameWithoutSlashMatchesAtAnyDepth() {
        GlobPattern md = GlobPattern.compile("*.md");
        assertThat(md.matches("call.md")).isTrue();
        assertThat(md.matches("talks/2024/call.md")).isTrue();
        assertThat(md.matches("call.markdown")).isFalse();
    }

    @Test
    void aSlashAnchorsThePatternToItsFolder() {
        assertThat(GlobPattern.compile("/call.md").matches("call.md")).isTrue();
        assertThat(GlobPattern.compile("/call.md").matches("old/call.md")).isFalse();
        GlobPattern talks = GlobPattern.compile("talks/*.md");
        assertThat(talks.matches("talks/a.md")).isTrue();
        assertThat(talks.matches("talks/2024/a.md")).as("* stays inside one folder").isFalse();
        assertThat(talks.matches("x/talks/a.md")).isFalse();
    }

    @Test
    void doubleStarSpansZeroOrMoreFolders() {
        GlobPattern tests = GlobPattern.compile("**/src/test");
        assertThat(tests.matches("src/test")).isTrue();
        assertThat(tests.matches("rules/src/test")).isTrue();
        GlobPattern inside = GlobPattern.compile("talks/**/*.md");
        assertThat(inside.matches("talks/a.md")).isTrue();
        assertThat(inside.matches("talks/2024/06/a.md")).isTrue();
        assertThat(GlobPattern.compile("talks/**").matches("talks/2024/a.md")).isTrue();
    }

    @Test
    void classesQuestionMarksAndEscapes() {
        assertThat(GlobPattern.compile("call-[0-9].md").matches("call-7.md")).isTrue();
        assertThat(GlobPattern.compile("call-[!0-9].md").matches("call-7.md")).isFalse();
        assertThat(GlobPattern.compile("call-[!0-9].md").matches("call-x.md")).isTrue();
        assertThat(GlobPattern.compile("a?c").matches("a/c")).as("? never matches a folder separator").isFalse();
        assertThat(GlobPattern.compile("a[/]c").matches("a/c")).isFalse();
        assertThat(GlobPattern.compile("\\[draft\\].md").matches("[draft].md")).isTrue();
        assertThat(GlobPattern.compile("{a,b}.md").matches("{a,b}.md")).as("braces are plain, as in git").isTrue();
    }

    @Test
    void malformedPatternsSayWhatIsWrong() {
        assertThatThrownBy(() -> GlobPattern.compile("archive/[")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'archive/[' has a '[' that is not closed by ']' (write \\[ for a plain '[')");
        assertThatThrownBy(() -> GlobPattern.compile("a\\")).hasMessage("'a\\' ends with a lone backslash");
    }

    @Test
    void isGlobTellsPatternsFromNames() {
        assertThat(GlobPattern.isGlob("talks/*.md")).isTrue();
        assertThat(GlobPattern.isGlob("talks/call.md")).isFalse();
    }
}
