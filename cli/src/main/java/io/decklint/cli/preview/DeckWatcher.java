package io.decklint.cli.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Notices when a deck is saved. Editors save in different ways (in place, or a new file renamed over the old
 * one), and some file systems send no events, so it watches the folder and also looks at the file's time and
 * size twice a second; a change is reported once the file has stopped changing.
 */
public final class DeckWatcher implements AutoCloseable {
    private final Path file;
    private final WatchService watcher;
    private Stamp last;

    private record Stamp(FileTime modified, long size) {}

    public DeckWatcher(Path file) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.watcher = FileSystems.getDefault().newWatchService();
        this.file.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        this.last = stamp();
    }

    /** Waits until the file has changed and settled; false when the watcher was closed. */
    public boolean awaitChange() throws InterruptedException {
        while (true) {
            try {
                var key = watcher.poll(500, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            } catch (ClosedWatchServiceException e) {
                return false;
            }
            Stamp now = stamp();
            if (now != null && !Objects.equals(now, last)) {
                Thread.sleep(50);
                Stamp settled = stamp();
                if (Objects.equals(now, settled)) {
                    last = settled;
                    return true;
                }
            }
        }
    }

    private Stamp stamp() {
        try {
            return new Stamp(Files.getLastModifiedTime(file), Files.size(file));
        } catch (IOException e) {
            // gone or unreadable for a moment, as while an editor replaces it: not a change yet
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
