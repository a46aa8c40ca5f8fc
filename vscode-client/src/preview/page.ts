/** Where the preview page may load things from; all of them are webview URIs of local files. */
export interface PageResources {
  /** `webview.cspSource`: the origin of the extension's and the workspace's files inside the webview. */
  readonly cspSource: string;
  /** A fresh random value per page, the only way a script may run. */
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** The deck's folder as a webview URI, ending in `/`, so that `![](img/logo.png)` finds the file. */
  readonly baseUri: string;
  readonly title: string;
}

/**
 * The preview's HTML shell. Its Content-Security-Policy lets in nothing from the network: images, styles and
 * fonts come from local files only, and the only script is the preview's own (by nonce). Decks carry inline
 * `<style>` blocks and `style` attributes that HedgeDoc applies, so inline styles are allowed; inline scripts
 * and event-handler attributes in a deck are not, and never run.
 */
export function previewPage(resources: PageResources): string {
  const csp = [
    "default-src 'none'",
    `img-src ${resources.cspSource} data:`,
    `media-src ${resources.cspSource}`,
    `style-src ${resources.cspSource} 'unsafe-inline'`,
    `font-src ${resources.cspSource}`,
    `script-src 'nonce-${resources.nonce}'`,
    "form-action 'none'",
    `base-uri ${resources.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<base href="${escapeAttribute(resources.baseUri)}">
<link rel="stylesheet" href="${escapeAttribute(resources.styleUri)}">
<title>${escapeText(resources.title)}</title>
</head>
<body>
<div id="decklint-status" role="status" hidden></div>
<main id="decklint-deck" aria-label="${escapeAttribute(resources.title)}"><p class="decklint-waiting">Rendering…</p></main>
<script nonce="${escapeAttribute(resources.nonce)}" src="${escapeAttribute(resources.scriptUri)}"></script>
</body>
</html>
`;
}

/** A nonce for `script-src`: 128 random bits. */
export function makeNonce(randomBytes: (size: number) => Uint8Array): string {
  return Buffer.from(randomBytes(16)).toString('base64');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
