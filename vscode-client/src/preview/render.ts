/**
 * The answer of the server's `decklint/render` request: the deck as a whole, self-contained reveal.js page
 * (reveal.js inlined, its own Content-Security-Policy), its slides alone, and where each slide's source is. Lines
 * are 0-based, as everywhere in LSP, and `endLine` is inclusive.
 */
export interface RenderedDeck {
  /** The whole page; left out when the request named this page's frame, as the preview shows the page already. */
  readonly html?: string;
  /**
   * Names everything on the page but the slides (styles, scripts, options): renderings with the same frame differ
   * only in their `sections`. A conversion's rendering has none, so it is always loaded as a page.
   */
  readonly frame?: string;
  /** The inside of the page's `.reveal > .slides`. */
  readonly sections?: string;
  readonly slides: readonly SlideLocation[];
}

/** A slide's reveal.js index `(h, v)`, both 0-based, and its source lines. */
export interface SlideLocation {
  readonly h: number;
  readonly v: number;
  readonly startLine: number;
  readonly endLine: number;
}

export const RENDER_REQUEST = 'decklint/render';

/**
 * The parameters of `decklint/render`: the URI of the open document, whose text the server already has, and the
 * frame of the page the preview shows for it, if any.
 */
export interface RenderParams {
  readonly uri: string;
  readonly frame?: string;
}

/**
 * Checks an answer from the server before the preview trusts it; throws with what is wrong. Only an answer to a
 * request that named the page's frame (`frameSent`) may leave the page out, and then it brings the slides.
 */
export function asRenderedDeck(value: unknown, frameSent?: string): RenderedDeck {
  if (typeof value !== 'object' || value === null) {
    throw new Error(`${RENDER_REQUEST} answered ${JSON.stringify(value)} instead of {html, slides}`);
  }
  const { html, frame, sections, slides } = value as Record<string, unknown>;
  if (!Array.isArray(slides) || !isOptionalText(html)) {
    throw new Error(`${RENDER_REQUEST} answered without "html" text and a "slides" list`);
  }
  if (!isOptionalText(frame) || !isOptionalText(sections)) {
    throw new Error(`${RENDER_REQUEST} answered a "frame" or "sections" that is not text`);
  }
  if (typeof html !== 'string' && (frameSent === undefined || frame !== frameSent || typeof sections !== 'string')) {
    throw new Error(`${RENDER_REQUEST} answered without "html" text, the page, though the preview does not show it`);
  }
  return {
    ...(typeof html === 'string' ? { html } : {}),
    ...(typeof frame === 'string' ? { frame } : {}),
    ...(typeof sections === 'string' ? { sections } : {}),
    slides: slides.map(asSlideLocation),
  };
}

function isOptionalText(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}

function asSlideLocation(value: unknown, index: number): SlideLocation {
  const slide = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const numbers = ['h', 'v', 'startLine', 'endLine'].map((key) => slide[key]);
  if (!numbers.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) {
    throw new Error(`${RENDER_REQUEST}: slide ${index} is ${JSON.stringify(value)}, not {h, v, startLine, endLine}`);
  }
  const [h, v, startLine, endLine] = numbers as number[];
  return { h, v, startLine, endLine };
}

/**
 * The slide whose source holds `line`. The server gives every line of the deck to exactly one slide (a slide
 * runs from the blank line before its separator to the line before the next one), so there is at most one.
 * None holds a line past the end of a rendering older than the text: the next rendering will.
 */
export function slideAtLine(slides: readonly SlideLocation[], line: number): SlideLocation | undefined {
  return slides.find((slide) => slide.startLine <= line && line <= slide.endLine);
}

/**
 * Where the editor's cursor goes for a slide picked in the preview: its first line of text. A slide after the
 * first starts at the blank line before its `---` or `----` (reveal.js counts that newline into the
 * separator), so the separator and the blank lines around it are stepped over.
 */
export function firstTextLine(slide: SlideLocation, lineText: (line: number) => string): number {
  let line = slide.startLine;
  if (line < slide.endLine && lineText(line).trim() === '' && /^-{3,4}$/.test(lineText(line + 1))) {
    line += 2;
  }
  while (line < slide.endLine && lineText(line).trim() === '') {
    line++;
  }
  return Math.min(line, slide.endLine);
}

export function findSlide(slides: readonly SlideLocation[], h: number, v: number): SlideLocation | undefined {
  return slides.find((slide) => slide.h === h && slide.v === v);
}
