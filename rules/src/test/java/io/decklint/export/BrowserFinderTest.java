package io.decklint.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BrowserFinderTest {
    private static BrowserFinder on(String os, Map<String, String> env, String... programs) {
        Set<Path> installed = Arrays.stream(programs).map(Path::of).collect(Collectors.toSet());
        return new BrowserFinder(env, os, installed::contains);
    }

    @Test
    void theEnvironmentComesFirstDecklintsOwnVariableBeforeMarpsChromePath() throws ExportException {
        Map<String, String> env = Map.of("DECKLINT_BROWSER", "/opt/edge/msedge", "CHROME_PATH", "/opt/chrome/chrome",
                "PATH", "/usr/bin");
        assertThat(on("Linux", env, "/opt/edge/msedge", "/opt/chrome/chrome", "/usr/bin/chromium").find())
                .isEqualTo(Path.of("/opt/edge/msedge"));
        assertThat(on("Linux", Map.of("CHROME_PATH", "/opt/chrome/chrome"), "/opt/chrome/chrome", "/usr/bin/chromium")
                .find()).isEqualTo(Path.of("/opt/chrome/chrome"));
    }

    @Test
    void aVariableNamingNoProgramIsAnErrorNotAQuietFallBack() {
        assertThatThrownBy(() -> on("Linux", Map.of("CHROME_PATH", "/nowhere/chrome"), "/usr/bin/chromium").find())
                .isInstanceOf(ExportException.class)
                .hasMessage("CHROME_PATH is /nowhere/chrome, which is not a program that can be run: point it at "
                        + "Chromium, Chrome or Edge, or unset it to let decklint look for one");
    }

    @Test
    void thePathComesBeforeTheInstallFolders() throws ExportException {
        assertThat(on("Linux", Map.of("PATH", "/home/me/bin:/usr/local/bin"), "/usr/local/bin/google-chrome",
                "/usr/bin/chromium").find()).isEqualTo(Path.of("/usr/local/bin/google-chrome"));
    }

    @Test
    void theUsualInstallFoldersOfEachSystem() throws ExportException {
        assertThat(on("Linux", Map.of(), "/opt/google/chrome/chrome").find())
                .isEqualTo(Path.of("/opt/google/chrome/chrome"));
        assertThat(on("Mac OS X", Map.of("HOME", "/Users/me"),
                "/Users/me/Applications/Google Chrome.app/Contents/MacOS/Google Chrome").find())
                .isEqualTo(Path.of("/Users/me/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
        Path edge = Path.of("C:\\Program Files (x86)").resolve("Microsoft\\Edge\\Application\\msedge.exe");
        assertThat(on("Windows 11", Map.of("PROGRAMFILES(X86)", "C:\\Program Files (x86)"), edge.toString()).find())
                .isEqualTo(edge);
    }

    @Test
    void noBrowserSaysWhatToInstall() {
        assertThatThrownBy(() -> on("Linux", Map.of("PATH", "/usr/bin")).find())
                .isInstanceOf(ExportException.class)
                .hasMessage("--pdf and --png need Chromium, Google Chrome or Microsoft Edge, and none was found "
                        + "(looked at DECKLINT_BROWSER, CHROME_PATH, the PATH and the usual install folders). "
                        + "Install Chromium (Debian, Ubuntu: apt-get install chromium; Fedora: dnf install chromium) "
                        + "or Google Chrome (https://www.google.com/chrome/), or set DECKLINT_BROWSER to the "
                        + "browser's program");
        assertThatThrownBy(() -> on("Windows 10", Map.of()).find())
                .hasMessageContaining("Install Google Chrome (https://www.google.com/chrome/), or set "
                        + "DECKLINT_BROWSER");
    }
}
