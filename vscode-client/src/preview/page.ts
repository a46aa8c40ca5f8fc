/** What the webview adds to the server's page; all of it refers to local files through webview URIs. */
export interface PageResources {
  /** `webview.cspSource`: the origin of the extension's and the workspace's files inside the webview. */
  readonly cspSource: string;
  /** A fresh random value per page: the preview's own script runs by it. */
  readonly nonce: string;
  /** The preview's script, which connects the page to the editor. */
  readonly bridgeUri: string;
  /** The deck's folder as a webview URI, ending in `/`, so that `![](img/logo.png)` finds the file. */
  readonly baseUri: string;
  /** Whether images, media, styles and fonts may come from https servers (`decklint.preview.allowRemoteContent`). */
  readonly allowRemoteContent: boolean;
}

const CSP_META = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]*)"|'([^']*)')\s*\/?>/i;

/**
 * Turns the reveal.js page the server rendered into the preview's webview page. The server's policy allows
 * only its own scripts (by hash or nonce), which stays so; this adds the preview's script by its nonce.
 * Images, media, styles and fonts come from the webview's own origin, data: URLs and, when remote content is
 * allowed, https servers, as in VS Code's Markdown preview (HedgeDoc keeps a deck's pictures on its server).
 * Never plain http, and frames and connections nowhere, so no remote script runs.
 */
export function webviewPage(page: string, resources: PageResources): string {
  const match = CSP_META.exec(page);
  const theirs = match ? parsePolicy(decodeAttribute(match[1] ?? match[2])) : new Map<string, string[]>();
  const content = [resources.cspSource, 'data:', ...(resources.allowRemoteContent ? ['https:'] : [])];
  const policy = new Map<string, string[]>([
    ['default-src', ["'none'"]],
    // Without a policy of the server's, only the preview's script runs: no inline script is trusted.
    ['script-src', [...(theirs.get('script-src') ?? []).filter(isScriptSource), `'nonce-${resources.nonce}'`]],
    ['style-src', [...content, "'unsafe-inline'"]],
    ['img-src', content],
    ['media-src', content],
    ['font-src', content],
    ['frame-src', ["'none'"]],
    ['connect-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['form-action', ["'none'"]],
    ['base-uri', [resources.cspSource]],
  ]);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(formatPolicy(policy))}">`;
  const head = `${meta}\n<base href="${escapeAttribute(resources.baseUri)}">\n`;
  const bridge = `<script nonce="${escapeAttribute(resources.nonce)}" src="${escapeAttribute(resources.bridgeUri)}"></script>\n`;

  let html = match ? page.replace(CSP_META, '') : page;
  // The policy and <base> must come before anything that loads, so they open the <head>.
  html = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (tag) => `${tag}\n${head}`) : `${head}${html}`;
  // The bridge needs reveal.js, so it runs after the page's scripts.
  return /<\/body>/i.test(html) ? html.replace(/<\/body>(?![\s\S]*<\/body>)/i, `${bridge}</body>`) : `${html}${bridge}`;
}

/** The webview's page while the first rendering is on its way, or when it failed. */
export function messagePage(message: string, cspSource: string): string {
  const policy = `default-src 'none'; style-src ${cspSource} 'unsafe-inline'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">
<style>body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 1em; }</style>
</head>
<body><p role="status">${escapeText(message)}</p></body>
</html>
`;
}

/** A nonce for `script-src`: 128 random bits. */
export function makeNonce(randomBytes: (size: number) => Uint8Array): string {
  return Buffer.from(randomBytes(16)).toString('base64');
}

/** Script sources of the server that are tied to its own scripts; host wildcards and `'unsafe-*'` are not. */
function isScriptSource(source: string): boolean {
  return /^'(sha256|sha384|sha512|nonce)-[A-Za-z0-9+/=_-]+'$/.test(source);
}

function parsePolicy(text: string): Map<string, string[]> {
  const policy = new Map<string, string[]>();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) {
      policy.set(name.toLowerCase(), sources);
    }
  }
  return policy;
}

function formatPolicy(policy: Map<string, string[]>): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

function decodeAttribute(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
