/**
 * Messages between the extension and the preview's bridge script in the webview. The webview shows a page
 * built from a deck, so what it sends is checked before anything acts on it.
 */
export type ToWebview =
  | { readonly type: 'showSlide'; readonly h: number; readonly v: number }
  /**
   * The slides of a newer rendering with the same frame as the page on screen: swap them in place. The first
   * update after a page loads brings the slides it was loaded with (`base`), so that it too swaps in only the
   * slides that changed.
   */
  | { readonly type: 'update'; readonly slides: string; readonly base?: string }
  | { readonly type: 'error'; readonly message: string };

export type FromWebview =
  /** The page has loaded and reveal.js is ready: it can be told which slide to show. */
  | { readonly type: 'ready' }
  /** The user clicked the slide `(h, v)` or moved to it in the preview. */
  | { readonly type: 'reveal'; readonly h: number; readonly v: number }
  /** The page could not swap its slides (reveal.js did not start): load the page anew. */
  | { readonly type: 'reload' };

export function asFromWebview(message: unknown): FromWebview | undefined {
  if (typeof message !== 'object' || message === null) {
    return undefined;
  }
  const { type, h, v } = message as Record<string, unknown>;
  if (type === 'ready' || type === 'reload') {
    return { type };
  }
  if (type === 'reveal' && isIndex(h) && isIndex(v)) {
    return { type, h, v };
  }
  return undefined;
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
