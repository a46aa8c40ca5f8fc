package io.decklint.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the Chromium, Chrome or Edge that exports a deck, where marp-cli and puppeteer users expect it to be
 * found: the path in {@value #DECKLINT_BROWSER} or {@value #CHROME_PATH}, then the usual program names on the
 * {@code PATH}, then the usual install folders of the operating system.
 */
public final class BrowserFinder {
    public static final String DECKLINT_BROWSER = "DECKLINT_BROWSER";
    /** What marp-cli reads, so one setting serves both. */
    public static final String CHROME_PATH = "CHROME_PATH";

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome", "microsoft-edge", "microsoft-edge-stable", "msedge");
    private static final List<String> LINUX = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/snap/bin/chromium", "/usr/bin/google-chrome", "/opt/google/chrome/chrome", "/usr/bin/microsoft-edge",
            "/opt/microsoft/msedge/msedge");
    private static final List<String> MAC_APPS = List.of("Google Chrome.app/Contents/MacOS/Google Chrome",
            "Chromium.app/Contents/MacOS/Chromium", "Microsoft Edge.app/Contents/MacOS/Microsoft Edge");
    private static final List<String> WINDOWS_APPS = List.of("Google\\Chrome\\Application\\chrome.exe",
            "Chromium\\Application\\chrome.exe", "Microsoft\\Edge\\Application\\msedge.exe");
    private static final List<String> WINDOWS_ROOTS = List.of("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA");

    private final Map<String, String> env;
    private final String os;
    private final Predicate<Path> runnable;

    /**
     * @param env the environment ({@code System.getenv()})
     * @param osName the {@code os.name} property
     * @param runnable whether a path is a program that can be run ({@code Files::isExecutable}, a fake in tests)
     */
    public BrowserFinder(Map<String, String> env, String osName, Predicate<Path> runnable) {
        this.env = env;
        this.os = osName.toLowerCase(Locale.ROOT);
        this.runnable = runnable;
    }

    /** This machine's browser finder. */
    public static BrowserFinder ofThisMachine() {
        return new BrowserFinder(System.getenv(), System.getProperty("os.name", ""),
                path -> Files.isRegularFile(path) && Files.isExecutable(path));
    }

    /** The browser to start; a path named in the environment is taken as it is, or refused when it is no program. */
    public Path find() throws ExportException {
        for (String variable : List.of(DECKLINT_BROWSER, CHROME_PATH)) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                Optional<Path> named = path(value.strip()).filter(runnable);
                return named.orElseThrow(() -> new ExportException(variable + " is " + value.strip()
                        + ", which is not a program that can be run: point it at Chromium, Chrome or Edge, or "
                        + "unset it to let decklint look for one"));
            }
        }
        return candidates().stream().filter(runnable).findFirst().orElseThrow(() -> new ExportException(
                "--pdf and --png need Chromium, Google Chrome or Microsoft Edge, and none was found (looked at "
                        + DECKLINT_BROWSER + ", " + CHROME_PATH + ", the PATH and the usual install folders). "
                        + installAdvice() + ", or set " + DECKLINT_BROWSER + " to the browser's program"));
    }

    private String installAdvice() {
        if (os.contains("win") || os.contains("mac")) {
            return "Install Google Chrome (https://www.google.com/chrome/)";
        }
        return "Install Chromium (Debian, Ubuntu: apt-get install chromium; Fedora: dnf install chromium) or "
                + "Google Chrome (https://www.google.com/chrome/)";
    }

    private List<Path> candidates() {
        boolean windows = os.contains("win");
        List<Path> paths = new ArrayList<>();
        for (String folder : env.getOrDefault("PATH", "").split(windows ? ";" : ":")) {
            for (String name : NAMES) {
                if (!folder.isBlank()) {
                    path(folder).map(dir -> dir.resolve(windows ? name + ".exe" : name)).ifPresent(paths::add);
                }
            }
        }
        if (windows) {
            for (String root : WINDOWS_ROOTS) {
                String folder = env.get(root);
                for (String app : WINDOWS_APPS) {
                    if (folder != null) {
                        path(folder).map(dir -> dir.resolve(app)).ifPresent(paths::add);
                    }
                }
            }
        } else if (os.contains("mac")) {
            String home = env.get("HOME");
            for (String app : MAC_APPS) {
                paths.add(Path.of("/Applications", app));
                if (home != null) {
                    path(home).map(dir -> dir.resolve("Applications").resolve(app)).ifPresent(paths::add);
                }
            }
        } else {
            LINUX.forEach(file -> paths.add(Path.of(file)));
        }
        return paths;
    }

    private static Optional<Path> path(String text) {
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
