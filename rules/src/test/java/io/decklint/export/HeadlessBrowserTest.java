package io.decklint.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HeadlessBrowserTest {
    private static final Path PROGRAM = Path.of("chromium");
    private static final Path PROFILE = Path.of("profile");

    @Test
    void withoutItsSandboxTheBrowserReachesOnlyThePageServer() {
        assertThat(HeadlessBrowser.command(PROGRAM, PROFILE, true)).contains("--no-sandbox",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--no-proxy-server");
    }

    @Test
    void withItsSandboxTheBrowserLoadsRemotePictures() {
        assertThat(HeadlessBrowser.command(PROGRAM, PROFILE, false)).noneMatch(flag -> flag.startsWith(
                "--host-resolver-rules")).doesNotContain("--no-sandbox", "--no-proxy-server");
    }
}
