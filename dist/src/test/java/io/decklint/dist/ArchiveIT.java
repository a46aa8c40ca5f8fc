package io.decklint.dist;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.dist.UnpackedArchive.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linux-x64 archive, unpacked in a temporary folder, works on a machine without Java and brings nothing else. */
class ArchiveIT {
    private static final long SIXTY_MB = 60L * 1024 * 1024;

    @TempDir
    static Path folder;

    private static UnpackedArchive archive;
    private static Path deck;

    @BeforeAll
    static void unpack() throws Exception {
        archive = UnpackedArchive.unpack(folder);
        deck = folder.resolve("community-call.md");
        Files.copy(UnpackedArchive.SEED, deck);
    }

    @Test
    void lintReportsTheSeedDecksFindingsWithNoJavaOnTheMachine() throws Exception {
        Result lint = archive.decklintWithoutJava(folder, "lint", "--no-color", deck.getFileName().toString());
        assertThat(lint.exit()).as(lint.err()).isEqualTo(1);
        assertThat(lint.out())
                .contains("community-call.md:166:7  info     \"Bund\" is not a known word")
                .contains("12 problems (2 errors, 5 warnings, 5 infos) in 1 deck.");
    }

    @Test
    void renderWritesARevealJsPage() throws Exception {
        Result render = archive.decklintWithoutJava(folder, "render", "-o", "page.html", deck.getFileName().toString());
        assertThat(render.exit()).as(render.err()).isZero();
        String page = Files.readString(folder.resolve("page.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<div class=\"reveal\">").contains("Reveal.initialize(").contains("<section");
    }

    @Test
    void versionIsTheReleasesNotADevelopmentBuild() throws Exception {
        Result version = archive.decklintWithoutJava(folder, "--version");
        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out().strip()).isEqualTo("decklint " + UnpackedArchive.VERSION);
    }

    /** The AOT cache the build trained still fits the jar once unpacked elsewhere (AOTMode=on fails if not). */
    @Test
    void theStartUpArchiveIsUsedWhereTheArchiveIsUnpacked() throws Exception {
        String runOptions = Files.readAllLines(archive.home.resolve("lib/java-options")).stream()
                .filter(line -> line.startsWith("run=")).findFirst().orElseThrow().substring("run=".length());
        Map<String, String> cacheRequired = Map.of("DECKLINT_JAVA_OPTS",
                runOptions + " -XX:AOTCache=" + archive.home.resolve("lib/decklint.aot") + " -XX:AOTMode=on");
        Result lint = UnpackedArchive.run(folder,
                archive.withoutJava("lint", "--no-color", deck.getFileName().toString()), cacheRequired);
        assertThat(lint.err()).doesNotContain("Unable to use AOT cache");
        assertThat(lint.exit()).as(lint.err()).isEqualTo(1);
        assertThat(lint.out()).contains("12 problems (2 errors, 5 warnings, 5 infos) in 1 deck.");
    }

    /** Without its own runtime the launcher stops with a message: it never falls back to a Java it finds. */
    @Test
    void withoutItsRuntimeTheLauncherFailsInsteadOfUsingAnotherJava() throws Exception {
        Path bare = Files.createDirectories(folder.resolve("bare"));
        UnpackedArchive copy = UnpackedArchive.unpack(bare);
        Result removed = UnpackedArchive.run(bare, List.of("rm", "-r", copy.home.resolve("runtime").toString()));
        assertThat(removed.exit()).as(removed.err()).isZero();

        for (List<String> command : List.of(copy.withoutJava("lint", deck.toString()),
                List.of(copy.launcher().toString(), "lint", deck.toString()))) {
            Result lint = UnpackedArchive.run(bare, command);
            assertThat(lint.exit()).as(command.toString()).isEqualTo(2);
            assertThat(lint.err()).contains("decklint: the Java runtime it comes with is missing");
            assertThat(lint.out()).isEmpty();
        }
    }

    @Test
    void theArchiveCarriesDecklintsLicenceAndTheThirdPartyNotices() throws Exception {
        assertThat(Files.readString(archive.home.resolve("LICENSE"))).contains("Apache License");
        assertThat(Files.readString(archive.home.resolve("THIRD-PARTY-NOTICES.md")))
                .contains("GPL-2.0 with the Classpath Exception").contains("CC BY-SA 4.0");
    }

    @Test
    void theArchiveIsUnderSixtyMegabytesAndItsLauncherIsExecutable() throws Exception {
        assertThat(Files.size(UnpackedArchive.ARCHIVE)).isLessThan(SIXTY_MB);
        Result listing = UnpackedArchive.run(folder, List.of("tar", "-tvzf", UnpackedArchive.ARCHIVE.toString(),
                UnpackedArchive.NAME + "/bin/decklint"));
        assertThat(listing.exit()).as(listing.err()).isZero();
        assertThat(listing.out()).startsWith("-rwxr-xr-x");
    }
}
