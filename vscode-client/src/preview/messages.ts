/**
 * Messages between the extension and the preview webview. The webview is an untrusted page as far as the
 * extension is concerned, so what it sends is checked before anything acts on it.
 */
export type ToWebview =
  | { readonly type: 'render'; readonly html: string; readonly slides: readonly { h: number; v: number }[] }
  | { readonly type: 'showSlide'; readonly h: number; readonly v: number }
  | { readonly type: 'error'; readonly message: string };

export type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly h: number; readonly v: number };

export function asFromWebview(message: unknown): FromWebview | undefined {
  if (typeof message !== 'object' || message === null) {
    return undefined;
  }
  const { type, h, v } = message as Record<string, unknown>;
  if (type === 'ready') {
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
