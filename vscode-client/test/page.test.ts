import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeNonce, messagePage, webviewPage } from '../src/preview/page';

const resources = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'abc123==',
  bridgeUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/bridge.js',
  baseUri: 'https://file+.vscode-resource.vscode-cdn.net/decks/',
  allowRemoteContent: true,
};

// The shape of the renderer's reveal.js page: its own policy (HedgeDoc lets decks load images from anywhere),
// reveal.js and its start-up script inline, allowed by their hashes.
const serverPage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-AAAA' 'sha256-BBBB'; style-src 'unsafe-inline'; img-src 'self' https: http: data: blob: file:; media-src 'self' https: http: data: blob: file:; font-src data:; frame-src https: http:; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'">
<title>SCS Community Call</title>
<style>.reveal { color: red }</style>
</head>
<body>
<div class="reveal"><div class="slides"><section data-line-start="12" data-line-end="20"><h1>Hi</h1><img src="logo.png"></section></div></div>
<script>/* reveal.js */</script>
<script>Reveal.initialize({});</script>
</body>
</html>
`;

function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
  assert.equal(metas.length, 1, 'exactly one policy');
  return new Map(metas[0][1].split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    return [name, sources];
  }));
}

describe('webviewPage', () => {
  it('keeps the server\'s scripts allowed by their hashes and adds only the bridge, by nonce', () => {
    const html = webviewPage(serverPage, resources);
    assert.deepEqual(policyOf(html).get('script-src'), ["'sha256-AAAA'", "'sha256-BBBB'", "'nonce-abc123=='"]);
    assert.match(html, /<script>Reveal\.initialize\(\{\}\);<\/script>\n<script nonce="abc123==" src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/webview\/bridge\.js"><\/script>\n<\/body>/);
  });

  it('lets the deck show pictures, videos, styles and fonts from https servers, as VS Code\'s Markdown preview does', () => {
    const policy = policyOf(webviewPage(serverPage, resources));
    for (const directive of ['img-src', 'media-src', 'font-src']) {
      assert.deepEqual(policy.get(directive), [resources.cspSource, 'data:', 'https:'], directive);
    }
    assert.deepEqual(policy.get('style-src'), [resources.cspSource, 'data:', 'https:', "'unsafe-inline'"]);
  });

  it('runs no remote script, frame or connection, whether remote content is allowed or not', () => {
    for (const allowRemoteContent of [true, false]) {
      const policy = policyOf(webviewPage(serverPage, { ...resources, allowRemoteContent }));
      assert.deepEqual(policy.get('default-src'), ["'none'"]);
      assert.ok(!policy.get('script-src')?.some((source) => /https|http|\*|unsafe/.test(source)), 'script-src');
      assert.deepEqual(policy.get('frame-src'), ["'none'"]);
      assert.deepEqual(policy.get('connect-src'), ["'none'"]);
      assert.deepEqual(policy.get('object-src'), ["'none'"]);
    }
  });

  it('lets the deck load local files only when remote content is turned off', () => {
    const policy = policyOf(webviewPage(serverPage, { ...resources, allowRemoteContent: false }));
    for (const directive of ['img-src', 'media-src', 'font-src']) {
      assert.deepEqual(policy.get(directive), [resources.cspSource, 'data:'], directive);
    }
    assert.deepEqual(policy.get('style-src'), [resources.cspSource, 'data:', "'unsafe-inline'"]);
  });

  it('resolves relative images against the deck\'s folder, before anything loads', () => {
    const html = webviewPage(serverPage, resources);
    const head = html.slice(html.indexOf('<head>'), html.indexOf('<title>'));
    assert.match(head, /<base href="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/decks\/">/);
    assert.ok(head.indexOf('Content-Security-Policy') < head.indexOf('<base'), 'the policy comes first');
    assert.deepEqual(policyOf(html).get('base-uri'), [resources.cspSource]);
  });

  it('trusts no inline script when the server\'s page has no policy, and never a wildcard from it', () => {
    assert.deepEqual(policyOf(webviewPage('<html><head></head><body><script>x()</script></body></html>', resources))
      .get('script-src'), ["'nonce-abc123=='"]);
    const loose = serverPage.replace("script-src 'sha256-AAAA' 'sha256-BBBB'", "script-src 'unsafe-inline' https: 'sha256-AAAA'");
    assert.deepEqual(policyOf(webviewPage(loose, resources)).get('script-src'), ["'sha256-AAAA'", "'nonce-abc123=='"]);
  });

  it('leaves the deck\'s markup alone', () => {
    const html = webviewPage(serverPage, resources);
    assert.ok(html.includes('<section data-line-start="12" data-line-end="20"><h1>Hi</h1><img src="logo.png"></section>'));
    assert.ok(html.includes('<style>.reveal { color: red }</style>'));
  });
});

describe('messagePage', () => {
  it('shows the message escaped, and runs no script', () => {
    const html = messagePage('Cannot render <deck>', resources.cspSource);
    assert.match(html, /Cannot render &lt;deck&gt;/);
    assert.doesNotMatch(html, /<script/);
    assert.doesNotMatch(policyOf(html).get('default-src')?.join(' ') ?? '', /self|https/);
  });
});

describe('makeNonce', () => {
  it('encodes 16 random bytes', () => {
    const nonce = makeNonce((size) => new Uint8Array(size).fill(255));
    assert.equal(Buffer.from(nonce, 'base64').length, 16);
  });
});
