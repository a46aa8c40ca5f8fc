package io.decklint.export;

import com.google.gson.JsonArray;
import io.decklint.deck.SlideIndex;
import io.decklint.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * Exports a rendered deck through a headless browser, as HedgeDoc users print it: a PDF laid out by reveal.js's
 * print style ({@code ?print-pdf}, one page per slide, vertical slides included), or one PNG per slide at the
 * deck's slide size. The page is the one {@code decklint render} makes, served from 127.0.0.1 by the caller, so
 * it shows what a browser shows, remote images included (except without the browser's sandbox, see
 * {@link HeadlessBrowser#command}). Each export starts a browser and stops it.
 */
public final class DeckExporter implements AutoCloseable {
    /** reveal.js's slide size when a deck sets none (or a percentage, which depends on the window). */
    private static final int WIDTH = 960;
    private static final int HEIGHT = 700;
    /** The largest slide side --png exports, four times reveal.js's default width and more than a 4K screen. */
    static final int MAX_SIDE = 4096;
    /** How the images show the slides: as the PDF does, without controls and progress bar, and no transitions. */
    private static final String IMAGE_VIEW = "?controls=false&progress=false&transition=none"
            + "&backgroundTransition=none";
    /**
     * reveal.js 3.9's print style breaks the page after every slide, the last one too, which gives a PDF an
     * empty last page in Chromium (reveal.js 4 fixed this): the last slide ends the document instead.
     */
    private static final String NO_EMPTY_LAST_PAGE = "(function () { var pages = document.querySelectorAll("
            + "'.reveal .slides .pdf-page'); if (pages.length) { pages[pages.length - 1].style.pageBreakAfter = "
            + "'auto'; } })()";
    private static final String SLIDE_SIZE = "(function () { var c = Reveal.getConfig();"
            + " return [c.width, c.height].map(function (n) { return typeof n === 'number' ? Math.round(n) : 0; });"
            + " })()";

    private final Path program;
    private final Executor executor;
    private final Duration timeout;
    private HeadlessBrowser running;
    private boolean closed;

    /**
     * @param program the browser ({@link BrowserFinder#find})
     * @param executor runs the connection to the browser
     * @param timeout how long one export may take, browser start included
     */
    public DeckExporter(Path program, Executor executor, Duration timeout) {
        this.program = program;
        this.executor = executor;
        this.timeout = timeout;
    }

    /** Writes the deck at {@code pageUrl} to {@code out} as a PDF, one page per slide. */
    public void pdf(String pageUrl, Path out) throws IOException {
        byte[] pdf;
        try (HeadlessBrowser browser = start()) {
            BrowserPage page = browser.newPage(WIDTH, HEIGHT);
            page.open(pageUrl + "?print-pdf");
            page.evaluate(NO_EMPTY_LAST_PAGE);
            pdf = page.pdf();
        } finally {
            stopped();
        }
        AtomicFile.write(out, pdf);
    }

    /**
     * Writes one PNG per slide into {@code folder} (made when missing), named by {@link SlideImageNames}, and
     * removes the images an earlier export wrote that the deck no longer has ({@link SlideImageFolder}). Each
     * image shows the slide with all its fragments.
     *
     * @param slides the deck's slides, in order
     * @return the images written, in slide order
     */
    public List<Path> png(String pageUrl, List<SlideIndex> slides, Path folder) throws IOException {
        List<String> names = SlideImageNames.of(slides);
        List<byte[]> images = new ArrayList<>(slides.size());
        try (HeadlessBrowser browser = start()) {
            BrowserPage page = browser.newPage(WIDTH, HEIGHT);
            page.open(pageUrl + IMAGE_VIEW);
            JsonArray size = page.evaluate(SLIDE_SIZE).getAsJsonArray("value");
            int width = size.get(0).getAsInt();
            int height = size.get(1).getAsInt();
            checkImageSize(width, height);
            if (width > 0 && height > 0 && (width != WIDTH || height != HEIGHT)) {
                page.resize(width, height);
            }
            for (SlideIndex slide : slides) {
                page.evaluate(String.format(Locale.ROOT, "Reveal.slide(%d, %d, 1e9)", slide.h(), slide.v()));
                page.painted();
                images.add(page.png());
            }
        } finally {
            stopped();
        }
        return SlideImageFolder.write(folder, names, images);
    }

    /** A browser window of a huge slide size takes gigabytes (12000 × 12000 took 780 MB): such decks are refused. */
    static void checkImageSize(int width, int height) throws ExportException {
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new ExportException("the deck's slide size " + width + "x" + height + " (slideOptions width and "
                    + "height) is too large for images; at most " + MAX_SIDE + " pixels per side can be exported");
        }
    }

    /** Starts a browser that {@link #close} can stop at any moment, also while it is starting. */
    private HeadlessBrowser start() throws ExportException {
        Instant deadline = Instant.now().plus(timeout);
        HeadlessBrowser browser;
        synchronized (this) {
            if (closed) {
                throw new ExportException("stopped");
            }
            browser = HeadlessBrowser.launch(program);
            running = browser;
        }
        browser.connect(executor, deadline);
        return browser;
    }

    private synchronized void stopped() {
        running = null;
    }

    /** Stops the browser of an export under way (on Ctrl-C) and refuses further exports. */
    @Override
    public synchronized void close() {
        closed = true;
        if (running != null) {
            running.close();
        }
    }
}
