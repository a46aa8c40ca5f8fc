/**
 * A page the server rendered, cut into its frame (everything around the slides: the theme's styles, reveal.js,
 * the deck's options, the title and language) and its slides (the inside of `.reveal > .slides`).
 */
export interface PageParts {
  readonly frame: string;
  readonly slides: string;
}

const SLIDES_OPEN = '<div class="slides">\n';
/** The server's page closes `.slides` and `.reveal`, then its scripts follow (see the renderer's RevealPage). */
const SLIDES_CLOSE = '</div>\n</div>\n';

/**
 * Cuts a rendering into frame and slides. Two renderings with the same frame differ only in their slides, so
 * the preview can swap those in place. Only the server's renderings are compared, never the page in the
 * webview, to which VS Code adds its own styles and scripts. The slides end before the first `<script` after
 * them: the sanitiser lets no script into a slide. Undefined when the page has another shape; it is then
 * loaded anew.
 */
export function splitPage(html: string): PageParts | undefined {
  const open = html.indexOf(SLIDES_OPEN);
  if (open < 0) {
    return undefined;
  }
  const start = open + SLIDES_OPEN.length;
  const script = html.indexOf('<script', start);
  const end = script - SLIDES_CLOSE.length;
  if (script < 0 || end < start || html.slice(end, script) !== SLIDES_CLOSE) {
    return undefined;
  }
  return { frame: html.slice(0, start) + html.slice(end), slides: html.slice(start, end) };
}
