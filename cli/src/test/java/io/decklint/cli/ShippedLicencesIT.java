package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every library and page library the packaged jar bundles comes with its licence text in META-INF/licences/,
 * which the archive, the npm packages and the VSIXes ship (THIRD-PARTY-NOTICES.md says where).
 */
class ShippedLicencesIT {
    private static ZipFile jar;
    private static Set<String> entries;

    @BeforeAll
    static void openJar() throws IOException {
        jar = new ZipFile(System.getProperty("decklint.jar"));
        entries = jar.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry::getName).collect(Collectors.toSet());
    }

    @AfterAll
    static void closeJar() throws IOException {
        jar.close();
    }

    /** The folders under META-INF/licences/KIND/ that hold at least one file, as GROUP/NAME or NAME. */
    private static Set<String> licenceFolders(String kind) {
        String prefix = "META-INF/licences/" + kind + "/";
        return entries.stream().filter(name -> name.startsWith(prefix))
                .map(name -> name.substring(prefix.length(), name.lastIndexOf('/')))
                .collect(Collectors.toSet());
    }

    /** The jars on this test's classpath whose classes the packaged jar holds: the libraries it shades. */
    private static List<String> shadedLibraries() throws IOException {
        List<String> shaded = new ArrayList<>();
        for (String entry : System.getProperty("surefire.test.class.path").split(Pattern.quote(File.pathSeparator))) {
            if (!entry.endsWith(".jar") || Path.of(entry).getFileName().toString().startsWith("decklint-")) continue;
            try (ZipFile library = new ZipFile(entry)) {
                boolean inJar = library.stream().map(ZipEntry::getName)
                        .filter(name -> name.endsWith(".class") && !name.contains("module-info"))
                        .findFirst().map(entries::contains).orElse(false);
                if (inJar) shaded.add(Path.of(entry).getFileName().toString().replaceFirst("\\.jar$", ""));
            }
        }
        return shaded;
    }

    @Test
    void everyShadedLibraryHasItsLicenceText() throws IOException {
        List<String> shaded = shadedLibraries();
        assertThat(shaded).as("the libraries decklint.jar shades")
                .contains("flexmark-0.64.8", "org.eclipse.lsp4j-1.0.0", "autolink-0.12.0", "picocli-4.7.7");
        Set<String> withText = licenceFolders("java").stream()
                .map(folder -> folder.substring(folder.indexOf('/') + 1)).collect(Collectors.toSet());
        assertThat(shaded).allSatisfy(library -> assertThat(withText)
                .as("META-INF/licences/java/<group>/%s/ in decklint.jar", library).contains(library));
    }

    @Test
    void everyPageLibraryAndWhatItBundlesHasItsLicenceText() throws IOException {
        List<String> installed = new ArrayList<>();
        for (String project : List.of("pagelibs", "revealjs")) {
            installed.addAll(productionPackages(Path.of(System.getProperty("decklint.sources"), "rules", "src",
                    "main", project, "package-lock.json")));
        }
        assertThat(installed).as("what mermaid bundles").contains("d3@7.9.2", "d3-sankey@0.12.3", "katex@0.16.47");
        Set<String> withText = licenceFolders("npm");
        assertThat(installed).allSatisfy(npmPackage -> assertThat(withText)
                .as("META-INF/licences/npm/%s/ in decklint.jar", npmPackage).contains(npmPackage));
    }

    @Test
    void theNoticesNameEveryShadedLibrarysGroup() throws IOException {
        String notices = Files.readString(Path.of(System.getProperty("decklint.sources"), "THIRD-PARTY-NOTICES.md"));
        Set<String> groups = licenceFolders("java").stream().map(folder -> folder.substring(0, folder.indexOf('/')))
                .collect(Collectors.toSet());
        assertThat(groups).isNotEmpty().allSatisfy(group -> assertThat(notices.contains("`" + group))
                .as("THIRD-PARTY-NOTICES.md names the shaded libraries of %s", group).isTrue());
    }

    /** name@version of every package npm ci installs from the lockfile for the bundle (not the build tools). */
    private static List<String> productionPackages(Path lockfile) throws IOException {
        JsonObject packages = JsonParser.parseString(Files.readString(lockfile)).getAsJsonObject()
                .getAsJsonObject("packages");
        List<String> found = new ArrayList<>();
        for (String key : packages.keySet()) {
            JsonObject installed = packages.getAsJsonObject(key);
            if (key.isEmpty() || installed.has("dev") && installed.get("dev").getAsBoolean()) continue;
            String name = key.substring(key.lastIndexOf("node_modules/") + "node_modules/".length());
            found.add(name + "@" + installed.get("version").getAsString());
        }
        return found;
    }
}
