import { Debouncer } from '../debounce';
import { asFromWebview, ToWebview } from './messages';
import { findSlide, RenderedDeck, SlideLocation, slideAtLine } from './render';

/** What a preview needs from its surroundings: the server, the webview and the editor. */
export interface PreviewPorts {
  /**
   * Renders the document as it is now (the server has every edit made before this call). `frame` names the page
   * on screen: while the page around the slides is the same, the answer brings the slides without the page.
   */
  render(frame: string | undefined): Promise<RenderedDeck>;
  /** Loads a rendered page into the webview; its bridge says `ready` once reveal.js runs. */
  load(html: string): void;
  /** Replaces the webview's content with a message, when there is no deck page to show it on. */
  showMessage(message: string): void;
  post(message: ToWebview): void;
  /** Moves the editor's cursor to the source of a slide and scrolls it into view. */
  revealSlide(slide: SlideLocation): void;
}

/**
 * The preview's behaviour, apart from VS Code: render again a while after the last keystroke, keep the slide
 * under the cursor on screen, and send the editor to the source of a slide the user picks in the preview.
 */
export class PreviewSession {
  private readonly debouncer: Debouncer;
  private slides: readonly SlideLocation[] = [];
  /** The frame of the rendering the webview's page was loaded from; none for a conversion's, or to load anew. */
  private loadedFrame: string | undefined;
  /** The slides the page was loaded with, until its first update: what that update is compared with. */
  private loadedSections: string | undefined;
  /**
   * What the webview shows: a message (no bridge to talk to), a deck page still loading (messages to it would be
   * lost), or a deck page whose bridge runs (it takes updates one after the other, even before it answered one).
   */
  private page: 'message' | 'loading' | 'deck' = 'message';
  private shown: SlideLocation | undefined;
  private cursorLine: number;
  private latestRender = 0;
  private pageReady = false;
  private disposed = false;

  constructor(private readonly ports: PreviewPorts, delayMs: number, cursorLine: number) {
    this.cursorLine = cursorLine;
    this.debouncer = new Debouncer(() => void this.refresh(), delayMs);
  }

  setDelay(delayMs: number): void {
    this.debouncer.setDelay(delayMs);
  }

  /** The document changed: render again once typing pauses. */
  documentChanged(): void {
    this.debouncer.call();
  }

  /** The cursor moved: show its slide, unless that is the one on screen. */
  cursorMoved(line: number): void {
    this.cursorLine = line;
    const slide = slideAtLine(this.slides, line);
    if (this.pageReady && slide && !sameSlide(slide, this.shown)) {
      this.show(slide);
    }
  }

  fromWebview(raw: unknown): void {
    const message = asFromWebview(raw);
    if (message?.type === 'ready') {
      // A fresh page (loaded, updated, or reloaded by VS Code after being hidden) needs its slide.
      this.page = 'deck';
      this.pageReady = true;
      this.shown = undefined;
      this.cursorMoved(this.cursorLine);
    } else if (message?.type === 'reload') {
      this.reload();
    } else if (message?.type === 'reveal') {
      const slide = findSlide(this.slides, message.h, message.v);
      if (slide) {
        this.shown = slide;
        this.ports.revealSlide(slide);
      }
    }
  }

  async refresh(): Promise<void> {
    this.debouncer.cancel();
    const request = ++this.latestRender;
    let deck: RenderedDeck;
    try {
      deck = await this.ports.render(this.page === 'deck' ? this.loadedFrame : undefined);
    } catch (error) {
      if (request === this.latestRender && !this.disposed) {
        const message = `The preview could not be updated: ${error instanceof Error ? error.message : String(error)}`;
        if (this.page === 'deck') {
          this.ports.post({ type: 'error', message });
        } else {
          this.page = 'message';
          this.ports.showMessage(message);
        }
      }
      return;
    }
    // An answer to an older request than the newest would show text the user has already changed.
    if (request !== this.latestRender || this.disposed) {
      return;
    }
    this.slides = deck.slides;
    this.shown = undefined;
    if (this.page === 'deck' && deck.frame !== undefined && deck.frame === this.loadedFrame
      && deck.sections !== undefined) {
      // Swapping the slides of the page on screen keeps its place and does not flash, as a reload would.
      const base = this.loadedSections;
      this.loadedSections = undefined;
      this.ports.post({ type: 'update', slides: deck.sections, ...(base === undefined ? {} : { base }) });
      this.pageReady = false;
    } else if (deck.html !== undefined) {
      this.loadedFrame = deck.frame;
      this.loadedSections = deck.sections;
      this.page = 'loading';
      this.pageReady = false;
      this.ports.load(deck.html);
    } else {
      this.reload(); // the slides of a page no longer on screen
    }
  }

  /** Loads the deck as a new page: the page's policy changed, or it could not swap its slides. */
  reload(): void {
    this.loadedFrame = undefined; // so the rendering brings the whole page
    void this.refresh();
  }

  dispose(): void {
    this.disposed = true;
    this.debouncer.cancel();
  }

  private show(slide: SlideLocation): void {
    this.shown = slide;
    this.ports.post({ type: 'showSlide', h: slide.h, v: slide.v });
  }
}

function sameSlide(a: SlideLocation, b: SlideLocation | undefined): boolean {
  return b !== undefined && a.h === b.h && a.v === b.v;
}
