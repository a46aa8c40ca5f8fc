import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeNonce, previewPage } from '../src/preview/page';

const resources = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'abc123==',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/preview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/preview.css',
  baseUri: 'https://file+.vscode-resource.vscode-cdn.net/decks/',
  title: 'call <2024>.md',
};

function csp(html: string): Map<string, string> {
  const content = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return new Map(content.split(';').map((directive) => {
    const [name, ...values] = directive.trim().split(/\s+/);
    return [name, values.join(' ')];
  }));
}

describe('previewPage', () => {
  it('loads nothing from the network and runs only its own script', () => {
    const policy = csp(previewPage(resources));
    assert.equal(policy.get('default-src'), "'none'");
    assert.equal(policy.get('script-src'), "'nonce-abc123=='");
    for (const directive of ['img-src', 'style-src', 'font-src', 'media-src']) {
      const sources = policy.get(directive) ?? '';
      assert.ok(sources.startsWith(resources.cspSource), `${directive}: ${sources}`);
      assert.doesNotMatch(sources, /https:(\s|$)|\*(\s|$)|http:/, `${directive} must not allow remote hosts`);
    }
    assert.doesNotMatch(policy.get('script-src') ?? '', /unsafe/);
  });

  it('lets the deck\'s inline styles apply, as HedgeDoc does', () => {
    assert.match(csp(previewPage(resources)).get('style-src') ?? '', /'unsafe-inline'/);
  });

  it('tags its script with the nonce and resolves relative images against the deck\'s folder', () => {
    const html = previewPage(resources);
    assert.match(html, /<script nonce="abc123==" src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/webview\/preview\.js"><\/script>/);
    assert.match(html, /<base href="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/decks\/">/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
  });

  it('escapes the file name', () => {
    assert.match(previewPage(resources), /<title>call &lt;2024&gt;\.md<\/title>/);
  });
});

describe('makeNonce', () => {
  it('encodes 16 random bytes', () => {
    const nonce = makeNonce((size) => new Uint8Array(size).fill(255));
    assert.equal(Buffer.from(nonce, 'base64').length, 16);
  });
});
