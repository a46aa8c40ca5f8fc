package io.decklint.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.deck.Deck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesFoldersTest {
    private static final Path SCS = Path.of("src/test/resources/decks/scs-community-call");

    @TempDir
    Path folder;

    private static String call(String date, String heading) {
        return "---\ntitle: Team Weekly " + date + "\ntype: slide\n---\n\n# Team Weekly\n\n" + date + "\n\n---\n\n## "
                + heading + "\n\n* news\n";
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private Optional<SeriesPlace> place(SeriesFolders folders, Path file) throws IOException {
        return folders.around(file).place(Deck.parse(Files.readString(file)));
    }

    @Test
    void theDeckBeingLintedIsReadFromItsFileOnlyWhenItsTextDiffersFromTheSavedOne() throws IOException {
        Path saved = write("2024-06-27.md", call("2024-06-27", "News"));
        write("2024-06-20.md", call("2024-06-20", "News"));
        SeriesFolders folders = new SeriesFolders(p -> false);
        Deck linted = Deck.parse(Files.readString(saved));
        folders.around(saved).place(linted);
        assertThat(ownDeck(folders, "2024-06-27.md")).isSameAs(linted);

        // an editor's unsaved text: the folder's series still holds the deck as saved
        Files.writeString(saved, call("2024-06-27", "Agenda"));
        Deck edited = Deck.parse(call("2024-06-27", "Roadmap"));
        folders.around(saved).place(edited);
        assertThat(ownDeck(folders, "2024-06-27.md").text()).isEqualTo(call("2024-06-27", "Agenda"));
    }

    private Deck ownDeck(SeriesFolders folders, String file) {
        return folders.of(folder).series().get(0).decks().stream().filter(d -> d.file().equals(file))
                .findFirst().orElseThrow().deck();
    }

    @Test
    void theScsCallsAreOneSeriesInDateOrderWithTheirTemplates() throws IOException {
        try (Stream<Path> decks = Files.list(SCS)) {
            for (Path deck : decks.filter(p -> p.getFileName().toString().startsWith("Sovereign")).toList()) {
                Files.copy(deck, folder.resolve(deck.getFileName().toString().replace(
                        "SovereignCloudStack__minutes__community-call__", "")));
            }
        }
        write("README.md", "# Minutes\n\nThe calls' slides.\n");
        FolderSeries found = new SeriesFolders(p -> false).of(folder);
        assertThat(found.series()).hasSize(1);
        Series calls = found.series().get(0);
        assertThat(calls.name()).isEqualTo("titled \"SCS Community Call\"");
        assertThat(calls.decks()).hasSize(38);
        assertThat(calls.decks().stream().filter(SeriesDeck::template).map(SeriesDeck::file))
                .containsExactlyInAnyOrder("template.md", "template__pre-separator-fix-b41aec9.md");
        assertThat(calls.newest().orElseThrow().date()).contains(LocalDate.of(2024, 6, 27));
        assertThat(calls.dated().get(0).file()).isEqualTo("20230831-slides.md");
        assertThat(found.loners()).extracting(SeriesDeck::file).containsExactly("README.md");

        SeriesPlace place = place(new SeriesFolders(p -> false), folder.resolve("20240111.md")).orElseThrow();
        assertThat(place.siblings()).hasSize(37).noneMatch(d -> d.file().equals("20240111.md"));
        assertThat(place.previous().orElseThrow().file()).isEqualTo("20231221.md");
    }

    @Test
    void untitledDecksFromOneTemplateAreACourseInNumberOrder() throws IOException {
        String template = "---\ntype: slide\nslideOptions:\n  transition: slide\n  width: 1400\n  height: 900\n---\n\n"
                + "<style>\n  .reveal strong {\n    color: orange;\n  }\n  .reveal p {\n    text-align: left;\n  }\n</style>\n\n";
        for (int lecture : new int[] {1, 2, 9, 10}) {
            write("lecture-" + lecture + ".md", template + "# Lecture " + lecture + "\n\nText\n");
        }
        write("other-talk.md", "# A talk\n\nwith no front matter\n");
        SeriesPlace place = place(new SeriesFolders(p -> false), folder.resolve("lecture-10.md")).orElseThrow();
        assertThat(place.series().decks()).extracting(SeriesDeck::file)
                .containsExactly("lecture-1.md", "lecture-2.md", "lecture-9.md", "lecture-10.md");
        assertThat(place.previous().orElseThrow().file()).isEqualTo("lecture-9.md");
        assertThat(place(new SeriesFolders(p -> false), folder.resolve("other-talk.md"))).isEmpty();
    }

    @Test
    void aDeckAloneInItsFolderHasNoSeries() throws IOException {
        Path only = write("20240104.md", call("2024-01-04", "Team Ops"));
        write("notes.md", "---\ntitle: Something else\n---\n\n# Other\n");
        assertThat(place(new SeriesFolders(p -> false), only)).isEmpty();
        assertThat(new SeriesFolders(p -> false).around(null)).isSameAs(DeckSeries.NONE);
    }

    @Test
    void theEditorsTextDecidesTheDecksSeriesAndItsDate() throws IOException {
        write("20240104.md", call("2024-01-04", "Team Ops"));
        write("20240111.md", call("2024-01-11", "Team Ops"));
        Path draft = write("draft.md", "# nothing yet\n");
        DeckSeries series = new SeriesFolders(p -> false).around(draft);
        assertThat(series.place(Deck.parse("# nothing yet\n"))).isEmpty();
        SeriesPlace place = series.place(Deck.parse(call("2024-01-18", "Team Ops"))).orElseThrow();
        assertThat(place.previous().orElseThrow().file()).isEqualTo("20240111.md");
        assertThat(series.place(Deck.parse(call("2024-01-08", "Team Ops"))).orElseThrow().previous().orElseThrow()
                .file()).isEqualTo("20240104.md");
    }

    @Test
    void aLinkToADeckThatIsGoneLeavesTheOtherDecksTheirSeries() throws IOException {
        Path deck = write("20240111.md", call("2024-01-11", "Team Ops"));
        write("20240104.md", call("2024-01-04", "Team Ops"));
        Files.createSymbolicLink(folder.resolve("20240118.md"), folder.resolve("moved-away.md"));
        SeriesPlace place = place(new SeriesFolders(p -> false), deck).orElseThrow();
        assertThat(place.series().decks()).extracting(SeriesDeck::file).containsExactly("20240104.md", "20240111.md");
    }

    @Test
    void ignoredFilesAreNoSiblings() throws IOException {
        Path deck = write("20240111.md", call("2024-01-11", "Team Ops"));
        Path ignored = write("20240104.md", call("2024-01-04", "Team Ops"));
        SeriesFolders folders = new SeriesFolders(ignored::equals);
        assertThat(place(folders, deck)).isEmpty();
        assertThat(place(new SeriesFolders(p -> false), deck)).isPresent();
    }

    @Test
    void anUnchangedFolderIsNotReadAgainAndAChangedFileIs() throws IOException {
        Path deck = write("20240111.md", call("2024-01-11", "Team Ops"));
        Path sibling = write("20240104.md", call("2024-01-04", "Team Ops"));
        SeriesFolders folders = new SeriesFolders(p -> false);
        SeriesDeck first = place(folders, deck).orElseThrow().previous().orElseThrow();
        assertThat(place(folders, deck).orElseThrow().previous().orElseThrow()).isSameAs(first);

        Files.writeString(sibling, call("2024-01-04", "Team Container and more"));
        Files.setLastModifiedTime(sibling, FileTime.fromMillis(Files.getLastModifiedTime(sibling).toMillis() + 2000));
        SeriesDeck changed = place(folders, deck).orElseThrow().previous().orElseThrow();
        assertThat(changed).isNotSameAs(first);
        assertThat(changed.deck().text()).contains("Team Container and more");
    }

    @Test
    void onlyTheFoldersAskedForLastAreKept() throws IOException {
        SeriesFolders folders = new SeriesFolders(p -> false);
        Path first = Files.createDirectory(folder.resolve("first"));
        Files.writeString(first.resolve("20240104.md"), call("2024-01-04", "Team Ops"));
        FolderSeries kept = folders.of(first);
        for (int i = 1; i < SeriesFolders.MAX_FOLDERS + 3; i++) {
            folders.of(Files.createDirectory(folder.resolve("other-" + i)));
            assertThat(folders.of(first)).as("asked for again and again").isSameAs(kept);
        }
        for (int i = 0; i < SeriesFolders.MAX_FOLDERS; i++) {
            folders.of(Files.createDirectory(folder.resolve("later-" + i)));
        }
        assertThat(folders.of(first)).as("read again once forgotten").isNotSameAs(kept);
    }

    @Test
    void datesComeFromFrontMatterFileNameOrTitleSlides() {
        assertThat(SeriesDeck.of("x.md", Deck.parse("---\ndate: 2024-03-07\n---\n# Call\n")).date())
                .contains(LocalDate.of(2024, 3, 7));
        assertThat(SeriesDeck.of("2024-03-07-call.md", Deck.parse("# Call 2023-01-01\n")).date())
                .contains(LocalDate.of(2024, 3, 7));
        assertThat(SeriesDeck.of("call.md", Deck.parse("# Call\n\nJune 27, 2024\n")).date())
                .contains(LocalDate.of(2024, 6, 27));
        assertThat(SeriesDeck.of("call.md", Deck.parse("# Call\n\n27.06.2024\n")).date())
                .contains(LocalDate.of(2024, 6, 27));
        assertThat(SeriesDeck.of("call.md", Deck.parse("# Call\n\n202X-XX-XX\n")).template()).isTrue();
        assertThat(SeriesDeck.of("week-20241399.md", Deck.parse("# Call\n")).date()).isEmpty();
    }

    @Test
    void fileNamesSortAsPeopleNumberThem() {
        assertThat(List.of("week-10.md", "week-9.md", "week-09b.md", "Week-1.md").stream()
                .sorted(NaturalOrder.INSTANCE).toList())
                .containsExactly("Week-1.md", "week-9.md", "week-09b.md", "week-10.md");
    }
}
