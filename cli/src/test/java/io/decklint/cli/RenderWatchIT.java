package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's render --watch, --pdf and --png as a user runs them: saves re-render, Ctrl+C ends the run and
 * takes the browser and its profile with it, a missing browser is one clear line.
 */
@Timeout(180)
class RenderWatchIT {
    @TempDir
    Path dir;
    /** The runs' temporary folder: each export's browser profile is made here, and must be gone afterwards. */
    @TempDir
    Path temp;
    private final List<Process> started = new ArrayList<>();
    private final BlockingQueue<String> errLines = new LinkedBlockingQueue<>();
    private final StringBuffer errText = new StringBuffer();

    @AfterEach
    void stopWhatWasStarted() throws InterruptedException {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        // a browser the run failed to stop: ours by the profile in this test's own temporary folder
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(temp.toString()))
                .forEach(ProcessHandle::destroyForcibly);
    }

    private Process start(List<String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Djava.io.tmpdir=" + temp, "-jar",
                System.getProperty("decklint.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        for (int i = 0; i < env.size(); i += 2) {
            builder.environment().put(env.get(i), env.get(i + 1));
        }
        Process process = builder.start();
        started.add(process);
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    errText.append(line).append('\n');
                    errLines.add(line);
                }
            } catch (IOException e) {
                errText.append("(reading failed: ").append(e).append(")\n");
            }
        }, "render-stderr");
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    private String awaitLine(String containing) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            String line = errLines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.contains(containing)) {
                return line;
            }
        }
        throw new AssertionError("no line with '" + containing + "' in:\n" + errText);
    }

    /** Ctrl+C, as a terminal sends it, to the process this test started. */
    private static void interrupt(Process process) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor()).isZero();
    }

    private void assertBrowserGone() throws IOException {
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(Path::getFileName).map(Path::toString))
                    .as("no browser profile is left")
                    .noneMatch(name -> name.startsWith("decklint-browser-"));
        }
        assertThat(ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(temp.toString())))
                .as("no browser of the run is still running").isEmpty();
    }

    @Test
    void watchRendersAndExportsAgainOnSaveAndCtrlCEndsIt() throws Exception {
        Path deck = Files.writeString(dir.resolve("call.md"), "---\ntype: slide\n---\n\n# One\n\n---\n\n# Two\n");
        Process watch = start(List.of(), "render", "--watch", "call.md", "-o", "call.html", "--pdf", "call.pdf");
        awaitLine("watching call.md");
        assertThat(RenderExportTest.pageTexts(dir.resolve("call.pdf"))).hasSize(2);

        Files.writeString(deck, "---\ntype: slide\n---\n\n# One\n\n---\n\n# Two\n\n---\n\n# Three, saved\n");
        assertThat(awaitLine("wrote")).contains("call.html, call.pdf");
        assertThat(Files.readString(dir.resolve("call.html"))).contains("Three, saved");
        String[] pages = RenderExportTest.pageTexts(dir.resolve("call.pdf"));
        assertThat(pages).hasSize(3);
        assertThat(pages[2]).startsWith("Three, saved");

        interrupt(watch);
        assertThat(watch.waitFor(30, TimeUnit.SECONDS)).as("Ctrl+C ends the watch").isTrue();
        assertThat(errText.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertBrowserGone();
    }

    @Test
    void ctrlCDuringAnExportStopsTheBrowserAndRemovesItsProfile() throws Exception {
        StringBuilder deck = new StringBuilder("---\ntype: slide\n---\n\n# Slide 1\n");
        for (int i = 2; i <= 200; i++) {
            deck.append("\n---\n\n# Slide ").append(i).append("\n\n* a point\n");
        }
        Files.writeString(dir.resolve("long.md"), deck);
        Process export = start(List.of(), "render", "long.md", "--png", "images");
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (!browserRunning() && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        assertThat(browserRunning()).as("the export started a browser").isTrue();
        interrupt(export);
        assertThat(export.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertBrowserGone();
        assertThat(errText.toString()).doesNotContain("\tat ");
    }

    private boolean browserRunning() {
        return ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().orElse("").contains("--user-data-dir="
                + temp));
    }

    @Test
    void aBrowserThatIsNotThereIsOneClearLine() throws Exception {
        Files.writeString(dir.resolve("call.md"), "---\ntype: slide\n---\n\n# One\n");
        Process export = start(List.of("DECKLINT_BROWSER", dir.resolve("no-chrome").toString()), "render", "call.md",
                "--pdf", "call.pdf");
        assertThat(export.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(export.exitValue()).isEqualTo(2);
        Thread.sleep(200);
        assertThat(errText.toString()).isEqualTo("decklint: DECKLINT_BROWSER is " + dir.resolve("no-chrome")
                + ", which is not a program that can be run: point it at Chromium, Chrome or Edge, or unset it to "
                + "let decklint look for one\n");
        assertThat(dir.resolve("call.pdf")).doesNotExist();
    }
}
