/**
 * The answer of the server's `decklint/render` request: the deck as a whole, self-contained reveal.js page
 * (reveal.js inlined, its own Content-Security-Policy), and where each slide's source is. Lines are 0-based,
 * as everywhere in LSP, and `endLine` is inclusive.
 */
export interface RenderedDeck {
  readonly html: string;
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

/** The parameters of `decklint/render`: the URI of the open document, whose text the server already has. */
export interface RenderParams {
  readonly uri: string;
}

/** Checks an answer from the server before the preview trusts it; throws with what is wrong. */
export function asRenderedDeck(value: unknown): RenderedDeck {
  if (typeof value !== 'object' || value === null) {
    throw new Error(`${RENDER_REQUEST} answered ${JSON.stringify(value)} instead of {html, slides}`);
  }
  const { html, slides } = value as { html?: unknown; slides?: unknown };
  if (typeof html !== 'string' || !Array.isArray(slides)) {
    throw new Error(`${RENDER_REQUEST} answered without "html" text and a "slides" list`);
  }
  return { html, slides: slides.map(asSlideLocation) };
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
