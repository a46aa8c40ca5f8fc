package io.decklint.series;

import io.decklint.deck.Deck;
import io.decklint.files.BoundedFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The series of saved decks, folder by folder, kept between lints: an editor lints a deck on every keystroke,
 * and a folder is only listed again then (its files' sizes and times), never re-read unless a file changed.
 * Only the Markdown files directly in a deck's folder count (a series lives in one folder), at most
 * {@link #MAX_DECKS} of them (the last by name: the newest of a dated series) and {@link #MAX_BYTES} in all, so
 * a huge folder costs a bounded time; a file larger than {@link Deck#MAX_FILE_BYTES}, one that is not UTF-8,
 * and one the workspace's ignore rules leave out are not read. The decks of the last {@link #MAX_FOLDERS}
 * folders read are kept, so a run over a repository of many folders does not hold all its decks twice.
 */
public final class SeriesFolders {
    static final int MAX_DECKS = 300;
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Entries of a folder looked at, Markdown or not: a folder of a million files is no deck's series. */
    static final int MAX_ENTRIES = 10_000;
    /** Folders whose decks are kept at once. */
    static final int MAX_FOLDERS = 8;

    /** A file's name, size and last change: when all three are the same, so is what it says. */
    private record Stamp(String file, long size, long modified) {}

    private record Snapshot(List<Stamp> stamps, FolderSeries series) {}

    private final Map<Path, Snapshot> byFolder = new ConcurrentHashMap<>();
    /** One lock a folder: decks of one folder linted at once wait for one reading of it, not one each. */
    private final Map<Path, Object> reading = new ConcurrentHashMap<>();
    /** When each folder was last asked for, to forget the one asked for longest ago. */
    private final Map<Path, Long> asked = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private final Map<Path, Map.Entry<Stamp, SeriesDeck>> read = new ConcurrentHashMap<>();
    private final Predicate<Path> ignored;

    /** @param ignored true for a file the workspace's ignore rules leave out ({@code .decklintignore}) */
    public SeriesFolders(Predicate<Path> ignored) {
        this.ignored = ignored;
    }

    /** The series of the deck saved at {@code deck}, worked out when a rule first asks, once per lint. */
    public DeckSeries around(Path deck) {
        if (deck == null || deck.toAbsolutePath().getParent() == null) {
            return DeckSeries.NONE;
        }
        Path file = deck.toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        return new DeckSeries() {
            private Deck asked;
            private Optional<SeriesPlace> answer;

            @Override
            public synchronized Optional<SeriesPlace> place(Deck text) {
                if (text != asked) {
                    answer = of(file.getParent(), name, text).place(name, text);
                    asked = text;
                }
                return answer;
            }
        };
    }

    /** The series of the decks saved in {@code folder}. */
    public FolderSeries of(Path folder) {
        return of(folder, null, null);
    }

    /**
     * As {@link #of(Path)}, where the deck saved as {@code ownFile} in the folder was parsed already as {@code own}:
     * while the file holds that very text, it is not parsed again (a one-deck lint would parse its deck twice).
     */
    private FolderSeries of(Path folder, String ownFile, Deck own) {
        Path key = folder.toAbsolutePath().normalize();
        asked.put(key, clock.incrementAndGet());
        synchronized (reading.computeIfAbsent(key, k -> new Object())) {
            return read(key, ownFile, own);
        }
    }

    private FolderSeries read(Path key, String ownFile, Deck own) {
        List<Stamp> stamps = list(key);
        Snapshot known = byFolder.get(key);
        if (known != null && known.stamps().equals(stamps)) {
            return known.series();
        }
        // On all cores, as the workspace's words are counted: a hook's one deck waits for its siblings.
        List<SeriesDeck> decks = stamps.parallelStream()
                .map(stamp -> deck(key.resolve(stamp.file()), stamp, stamp.file().equals(ownFile) ? own : null))
                .flatMap(Optional::stream).toList();
        FolderSeries series = new FolderSeries(decks);
        forgetOthersBeyond(MAX_FOLDERS - 1, key);
        byFolder.put(key, new Snapshot(stamps, series));
        read.keySet().removeIf(path -> path.getParent().equals(key)
                && stamps.stream().noneMatch(s -> s.file().equals(path.getFileName().toString())));
        return series;
    }

    /**
     * Keeps at most {@code kept} folders besides {@code key}, forgetting those asked for longest ago.
     */
    private void forgetOthersBeyond(int kept, Path key) {
        while (byFolder.size() > kept) {
            Path oldest = byFolder.keySet().stream().filter(other -> !other.equals(key))
                    .min(Comparator.comparingLong(other -> asked.getOrDefault(other, 0L))).orElseThrow();
            byFolder.remove(oldest);
            asked.remove(oldest);
            read.keySet().removeIf(path -> path.getParent().equals(oldest));
        }
    }

    /** Forgets what was read of every folder, so the next lint reads them anew. */
    public void clear() {
        byFolder.clear();
        read.clear();
        reading.clear();
        asked.clear();
    }

    /** The saved deck; {@code parsed}, when not null, is a deck parsed already that the file may hold. */
    private Optional<SeriesDeck> deck(Path file, Stamp stamp, Deck parsed) {
        Map.Entry<Stamp, SeriesDeck> cached = read.get(file);
        if (cached != null && cached.getKey().equals(stamp)) {
            return Optional.of(cached.getValue());
        }
        try {
            String text = BoundedFile.readUtf8(file, Deck.MAX_FILE_BYTES);
            SeriesDeck deck = SeriesDeck.of(stamp.file(),
                    parsed != null && parsed.text().equals(text) ? parsed : Deck.parse(text));
            read.put(file, Map.entry(stamp, deck));
            return Optional.of(deck);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // A file that cannot be read or parsed is no deck of the series; the lint of that file says why.
            return Optional.empty();
        }
    }

    /** The folder's Markdown files worth reading, within the bounds, sorted by name. */
    private List<Stamp> list(Path folder) {
        List<Stamp> stamps = new ArrayList<>();
        int entries = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (++entries > MAX_ENTRIES) {
                    break;
                }
                String name = file.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (!(lower.endsWith(".md") || lower.endsWith(".markdown")) || name.startsWith(".")) {
                    continue;
                }
                stamp(file, name).ifPresent(stamps::add);
            }
        } catch (IOException e) {
            return List.of();
        }
        stamps.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.file(), b.file()));
        List<Stamp> newest = stamps.subList(Math.max(0, stamps.size() - MAX_DECKS), stamps.size());
        List<Stamp> kept = new ArrayList<>();
        long bytes = 0;
        for (int i = newest.size() - 1; i >= 0 && bytes + newest.get(i).size() <= MAX_BYTES; i--) {
            bytes += newest.get(i).size();
            kept.add(0, newest.get(i));
        }
        return kept;
    }

    /**
     * The file's stamp when it is a deck worth reading; empty for one that cannot be looked at (a link to a file
     * that is gone, one without permission), which is no deck while its siblings still are.
     */
    private Optional<Stamp> stamp(Path file, String name) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() && attributes.size() <= Deck.MAX_FILE_BYTES && !ignored.test(file)
                    ? Optional.of(new Stamp(name, attributes.size(), attributes.lastModifiedTime().toMillis()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
