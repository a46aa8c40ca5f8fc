package io.decklint.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyCacheTest {
    @TempDir
    Path folder;

    @TempDir
    Path cacheFolder;

    @Test
    void aVocabularyCountedWithTheCacheIsTheSameAsOneCountedAfresh() throws IOException {
        Files.writeString(folder.resolve("a.md"), "* Hackathon in May\n* the Hackathon was great\n* Kamaji once\n");
        Files.writeString(folder.resolve("b.md"), "* Kamaji and Zuul\n* C&H iniviting us\n");
        VocabularyCache cache = new VocabularyCache(cacheFolder, "build 1");
        WorkspaceVocabulary fresh = WorkspaceVocabulary.of(folder);
        WorkspaceVocabulary first = WorkspaceVocabulary.of(folder, cache);
        WorkspaceVocabulary second = WorkspaceVocabulary.of(folder, cache);
        for (WorkspaceVocabulary v : new WorkspaceVocabulary[] {first, second}) {
            for (String word : new String[] {"hackathon", "kamaji", "zuul", "iniviting", "the"}) {
                assertThat(v.uses(word)).as(word).isEqualTo(fresh.uses(word));
                assertThat(v.lines(word)).as(word).isEqualTo(fresh.lines(word));
            }
            assertThat(v.neighbours("Hackthon")).containsExactly("hackathon");
        }
        assertThat(cacheFiles()).hasSize(1);
    }

    @Test
    void whileNoFileChangesTheTotalsAreTakenAsTheyAre() throws IOException {
        Path a = folder.resolve("a.md");
        Files.writeString(a, "Kamaji and Kamaji\n");
        Files.writeString(folder.resolve("b.md"), "Kamaji and Kamaji\n");
        VocabularyCache cache = new VocabularyCache(cacheFolder, "build 1");
        // What the cache says about these exact contents is believed, without adding anything up again.
        List<VocabularyCache.Key> keys = List.of(key(a), key(a));
        cache.save(folder, keys, Map.of("clusterstack", new WorkspaceVocabulary.Totals(7, 3)), Map.of());
        assertThat(WorkspaceVocabulary.of(folder, cache).uses("clusterstack")).isEqualTo(7);

        Path cacheFile = cacheFiles()[0];
        FileTime written = Files.getLastModifiedTime(cacheFile);
        byte[] bytes = Files.readAllBytes(cacheFile);
        WorkspaceVocabulary.of(folder, cache);
        assertThat(Files.getLastModifiedTime(cacheFile)).as("an unchanged workspace's cache is not rewritten")
                .isEqualTo(written);
        assertThat(Files.readAllBytes(cacheFile)).isEqualTo(bytes);

        Files.delete(folder.resolve("b.md"));
        assertThat(WorkspaceVocabulary.of(folder, cache).uses("clusterstack")).as("one copy fewer").isZero();
        assertThat(WorkspaceVocabulary.of(folder, cache).uses("kamaji")).isEqualTo(2);
    }

    @Test
    void anUnchangedFileIsTakenFromTheCacheAndAChangedOneIsCountedAgain() throws IOException {
        Path a = folder.resolve("a.md");
        Files.writeString(a, "Kamaji and Kamaji\n");
        VocabularyCache cache = new VocabularyCache(cacheFolder, "build 1");
        // What the cache says about a.md's exact bytes is believed, without parsing the file again.
        cache.save(folder, List.of(), Map.of(),
                Map.of(key(a), new FileWords(Map.of("clusterstack", new FileWords.Use(7, new int[] {1, 2})))));
        WorkspaceVocabulary cached = WorkspaceVocabulary.of(folder, cache);
        assertThat(cached.uses("clusterstack")).isEqualTo(7);
        assertThat(cached.uses("kamaji")).isZero();

        Files.writeString(a, "Kamaji and Kamaji, edited\n");
        WorkspaceVocabulary edited = WorkspaceVocabulary.of(folder, cache);
        assertThat(edited.uses("kamaji")).isEqualTo(2);
        assertThat(edited.uses("clusterstack")).isZero();
        assertThat(cache.loadFiles(folder)).as("the old text's entry is dropped").hasSize(1).containsKey(key(a));
        assertThat(cache.loadTotals(folder, List.of(key(a)))).containsKey("kamaji");
    }

    @Test
    void aCacheOfAnotherBuildOrADamagedOneIsIgnoredAndWrittenAnew() throws IOException {
        Files.writeString(folder.resolve("a.md"), "Kamaji and Kamaji\n");
        WorkspaceVocabulary.of(folder, new VocabularyCache(cacheFolder, "build 1"));
        VocabularyCache rebuilt = new VocabularyCache(cacheFolder, "build 2");
        assertThat(rebuilt.loadFiles(folder)).isEmpty();
        assertThat(WorkspaceVocabulary.of(folder, rebuilt).uses("kamaji")).isEqualTo(2);
        assertThat(rebuilt.loadFiles(folder)).hasSize(1);

        Path file = cacheFiles()[0];
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(rebuilt.loadFiles(folder)).isEmpty();
        assertThat(WorkspaceVocabulary.of(folder, rebuilt).uses("kamaji")).isEqualTo(2);
        assertThat(rebuilt.loadFiles(folder)).hasSize(1);
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsTime() throws IOException {
        Files.writeString(folder.resolve("a.md"), "Kamaji and Kamaji\n");
        Path notAFolder = Files.writeString(cacheFolder.resolve("file"), "x", StandardCharsets.UTF_8);
        VocabularyCache cache = new VocabularyCache(notAFolder, "build 1");
        assertThat(WorkspaceVocabulary.of(folder, cache).uses("kamaji")).isEqualTo(2);
        assertThat(cache.loadFiles(folder)).isEmpty();
    }

    @Test
    void suggestionsKeptByOneRunAreTheSameInTheNext() {
        VocabularyCache cache = new VocabularyCache(cacheFolder, "build 1");
        List<SpellingChecker.Finding> first = check("* Clouad in a Box improvments\n");
        SpellingChecker.writeCandidates(cache);
        var kept = cache.loadCandidates();
        assertThat(kept).containsKey("clouad");
        assertThat(kept.get("clouad")).extracting(Suggestions.Candidate::word).contains("cloud");
        SpellingChecker.readCandidates(cache);
        assertThat(check("* Clouad in a Box improvments\n")).isEqualTo(first);
        assertThat(new VocabularyCache(cacheFolder, "build 2").loadCandidates()).as("another build's").isEmpty();
    }

    private static List<SpellingChecker.Finding> check(String text) {
        io.decklint.deck.Deck deck = io.decklint.deck.Deck.parse(text);
        return new SpellingChecker(List.of(), io.decklint.lint.WorkspaceWords.NONE)
                .check(ProseWords.of(deck));
    }

    private static VocabularyCache.Key key(Path file) throws IOException {
        return VocabularyCache.Key.of(Files.readAllBytes(file));
    }

    private Path[] cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(cacheFolder)) {
            return files.toArray(Path[]::new);
        }
    }
}
