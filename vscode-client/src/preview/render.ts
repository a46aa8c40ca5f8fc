/**
 * The answer of the server's `decklint/render` request: the deck rendered as reveal.js slide markup, and
 * where each slide's source is. Lines are 0-based, as everywhere in LSP, and `endLine` is inclusive.
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
  if (html === null || html === undefined) {
    throw new Error('this version of decklint\'s language server cannot render slides yet; update decklint');
  }
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
 * The slide whose source holds `line`. A line between slides (a separator, or front matter before the first
 * slide) belongs to the nearest slide above it, or to the first slide when nothing is above.
 */
export function slideAtLine(slides: readonly SlideLocation[], line: number): SlideLocation | undefined {
  let best: SlideLocation | undefined;
  for (const slide of slides) {
    if (slide.startLine <= line && line <= slide.endLine) {
      return slide;
    }
    if (slide.startLine <= line && (!best || slide.startLine > best.startLine)) {
      best = slide;
    }
  }
  return best ?? slides.reduce<SlideLocation | undefined>(
    (first, slide) => (!first || slide.startLine < first.startLine ? slide : first), undefined);
}

export function findSlide(slides: readonly SlideLocation[], h: number, v: number): SlideLocation | undefined {
  return slides.find((slide) => slide.h === h && slide.v === v);
}
