import { Debouncer } from '../debounce';
import { asFromWebview, ToWebview } from './messages';
import { findSlide, RenderedDeck, SlideLocation, slideAtLine } from './render';

/** What a preview needs from its surroundings: the server, the webview and the editor. */
export interface PreviewPorts {
  /** Renders the document as it is now (the server has every edit made before this call). */
  render(): Promise<RenderedDeck>;
  post(message: ToWebview): void;
  /** Moves the editor's cursor to a line of the deck and scrolls it into view. */
  revealLine(line: number): void;
}

/**
 * The preview's behaviour, apart from VS Code: re-render a while after the last keystroke, keep the slide
 * under the cursor in view, and send the editor to a slide's source when it is clicked.
 */
export class PreviewSession {
  private readonly debouncer: Debouncer;
  private slides: readonly SlideLocation[] = [];
  private shown: SlideLocation | undefined;
  private cursorLine: number;
  private latestRender = 0;
  private ready = false;
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
    if (this.ready) {
      this.debouncer.call();
    }
  }

  /** The cursor moved: show its slide, unless it is already the one shown. */
  cursorMoved(line: number): void {
    this.cursorLine = line;
    const slide = slideAtLine(this.slides, line);
    if (slide && !sameSlide(slide, this.shown)) {
      this.show(slide);
    }
  }

  fromWebview(raw: unknown): void {
    const message = asFromWebview(raw);
    if (message?.type === 'ready') {
      // The webview (re)loaded, e.g. after being hidden: it has nothing on screen, so render now.
      this.ready = true;
      void this.refresh();
    } else if (message?.type === 'reveal') {
      const slide = findSlide(this.slides, message.h, message.v);
      if (slide) {
        this.shown = slide;
        this.ports.revealLine(slide.startLine);
      }
    }
  }

  async refresh(): Promise<void> {
    this.debouncer.cancel();
    const request = ++this.latestRender;
    let deck: RenderedDeck;
    try {
      deck = await this.ports.render();
    } catch (error) {
      if (request === this.latestRender && !this.disposed) {
        this.ports.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    // An answer to an older request than the newest would show text the user has already changed.
    if (request !== this.latestRender || this.disposed) {
      return;
    }
    this.slides = deck.slides;
    this.ports.post({ type: 'render', html: deck.html, slides: deck.slides.map(({ h, v }) => ({ h, v })) });
    this.shown = undefined;
    const slide = slideAtLine(this.slides, this.cursorLine);
    if (slide) {
      this.show(slide);
    }
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
