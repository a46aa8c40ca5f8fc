package io.decklint.export;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * A headless Chromium, Chrome or Edge of the user's, started for one export with a fresh profile in a temporary
 * folder and driven over the DevTools protocol on 127.0.0.1. {@link #close} always stops it (politely, then by
 * force, with every process it started) and removes the profile; the command line also calls it on Ctrl-C.
 */
public final class HeadlessBrowser implements AutoCloseable {
    /** Flags that keep the browser to the page: no first-run screens, no updates, no calls home. */
    private static final List<String> FLAGS = List.of("--headless", "--remote-debugging-port=0",
            "--remote-debugging-address=127.0.0.1", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--disable-default-apps", "--disable-gpu", "--disable-dev-shm-usage",
            "--hide-scrollbars", "--mute-audio", "--force-color-profile=srgb", "about:blank");

    private static final String SOCKET_PATH = "/org.chromium.Chromium.XXXXXX/SingletonSocket";

    private final Process process;
    private final Path profile;
    private volatile DevTools devTools;
    private boolean closed;

    private HeadlessBrowser(Process process, Path profile) {
        this.process = process;
        this.profile = profile;
    }

    /**
     * Starts the browser; {@link #connect} then waits until it listens.
     *
     * @param program the browser ({@link BrowserFinder#find})
     */
    static HeadlessBrowser launch(Path program) throws ExportException {
        Path profile;
        try {
            profile = Files.createTempDirectory("decklint-browser-");
        } catch (IOException e) {
            throw new ExportException("cannot make a temporary browser profile: " + e.getMessage(), e);
        }
        ProcessBuilder builder = new ProcessBuilder(command(program, profile, runsWithoutSandbox())).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(profile.resolve("browser.log").toFile());
        // Chromium on Linux keeps a socket folder in the temporary folder, which a stopped browser leaves behind;
        // in the profile it goes with it, unless the socket's path would pass Linux's limit of 107 bytes
        // (PROFILE/org.chromium.Chromium.XXXXXX/SingletonSocket), where Chromium aborts at start-up
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                && profile.toString().getBytes(StandardCharsets.UTF_8).length + SOCKET_PATH.length() <= 107) {
            builder.environment().put("TMPDIR", profile.toString());
        }
        try {
            return new HeadlessBrowser(builder.start(), profile);
        } catch (IOException e) {
            deleteTree(profile);
            throw new ExportException("cannot start " + program + ": " + e.getMessage(), e);
        }
    }

    /** Chromium refuses to run as root with its sandbox, as in containers and CI. */
    public static boolean runsWithoutSandbox() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * The browser's command line. Without its sandbox the browser may only reach the page server on 127.0.0.1:
     * every other host name and address (localhost and ::1 included) resolves to nothing and no proxy is used,
     * so a deck cannot make it fetch and parse remote content.
     */
    static List<String> command(Path program, Path profile, boolean withoutSandbox) {
        List<String> command = new ArrayList<>(List.of(program.toString(), "--user-data-dir=" + profile));
        if (withoutSandbox) {
            command.addAll(List.of("--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                    "--no-proxy-server"));
        }
        command.addAll(FLAGS);
        return command;
    }

    /**
     * Connects to the started browser; on failure the browser is stopped.
     *
     * @param executor runs the DevTools connection
     * @param deadline when the whole export must be done
     */
    void connect(Executor executor, Instant deadline) throws ExportException {
        try {
            devTools = DevTools.connect(address(deadline), executor, deadline);
        } catch (ExportException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The browser writes its DevTools port and path into the profile once it listens. */
    private URI address(Instant deadline) throws ExportException {
        Path file = profile.resolve("DevToolsActivePort");
        while (Instant.now().isBefore(deadline)) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() >= 2) {
                    int port = Integer.parseInt(lines.get(0).strip());
                    return URI.create("ws://127.0.0.1:" + port + lines.get(1).strip());
                }
            } catch (NoSuchFileException e) {
                // not listening yet
            } catch (IOException | NumberFormatException e) {
                throw new ExportException("cannot read the browser's DevTools port: " + e.getMessage(), e);
            }
            if (!process.isAlive()) {
                throw new ExportException("the browser stopped at start-up (exit status " + process.exitValue()
                        + ")" + lastLine());
            }
            pause(25);
            if (Thread.currentThread().isInterrupted()) {
                throw new ExportException("stopped while the browser was starting");
            }
        }
        throw new ExportException("the browser did not start in time" + lastLine());
    }

    private String lastLine() {
        try {
            List<String> lines = Files.readAllLines(profile.resolve("browser.log"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Opens a new tab of {@code width} × {@code height} CSS pixels on about:blank. */
    BrowserPage newPage(int width, int height) throws ExportException {
        JsonObject create = new JsonObject();
        create.addProperty("url", "about:blank");
        String target = devTools.call(null, "Target.createTarget", create).get("targetId").getAsString();
        JsonObject attach = new JsonObject();
        attach.addProperty("targetId", target);
        attach.addProperty("flatten", true);
        String session = devTools.call(null, "Target.attachToTarget", attach).get("sessionId").getAsString();
        BrowserPage page = new BrowserPage(devTools, session);
        page.resize(width, height);
        return page;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (devTools != null) {
            devTools.close();
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        // helpers the browser started and left behind: only ours, by their process ids
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        deleteTree(profile);
    }

    /** Removes the profile; a file the browser still writes as it ends is retried a few times. */
    private static void deleteTree(Path folder) {
        for (int attempt = 0; attempt < 5 && Files.exists(folder); attempt++) {
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        Files.deleteIfExists(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                pause(100);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For the tests: the temporary profile. */
    Path profile() {
        return profile;
    }
}
