import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitPage } from '../src/preview/frame';
import { webviewPage } from '../src/preview/page';
import { rendering } from './rendering';

/** What VS Code makes of a page in a webview: its own style and script first in <head>, the policy rewritten. */
function asVsCodeShowsIt(page: string): string {
  return page
    .replace('<head>', '<head><style id="_defaultStyles">body { color: var(--vscode-editor-foreground) }</style>' +
      '<script id="_vscodeApiScript">const acquireVsCodeApi = () => ({});</script>')
    .replace('<body>', '<body role="document" class="vscode-dark">');
}

describe('splitPage', () => {
  it('finds the same frame in renderings that differ only in their slides', () => {
    const before = splitPage(rendering());
    const after = splitPage(rendering({ slides: '<section><h1>Hello</h1><p>new</p></section>\n<section></section>\n' }));
    assert.ok(before && after);
    assert.equal(after.frame, before.frame);
    assert.equal(after.slides, '<section><h1>Hello</h1><p>new</p></section>\n<section></section>\n');
  });

  it('sees a new theme or new options as a new frame', () => {
    const frame = splitPage(rendering())?.frame;
    assert.notEqual(splitPage(rendering({ theme: 'black' }))?.frame, frame);
    assert.notEqual(splitPage(rendering({ options: '{"transition":"none"}' }))?.frame, frame);
  });

  it('compares what the server rendered, not the page VS Code shows with its own style and script', () => {
    // The preview used to compare the webview's page, where VS Code's additions made every edit look like a
    // new frame, so each edit reloaded the whole preview.
    const resources = { cspSource: 'https://x', nonce: 'n', bridgeUri: 'https://x/b.js', baseUri: 'https://x/', allowRemoteContent: true };
    const shown = asVsCodeShowsIt(webviewPage(rendering(), resources));
    assert.ok(shown.includes('_defaultStyles') && shown.includes('_vscodeApiScript'));
    const next = splitPage(rendering({ slides: '<section><h1>Edited</h1></section>\n' }));
    assert.notEqual(splitPage(shown)?.frame, next?.frame, 'the shown page has another frame');
    assert.equal(next?.frame, splitPage(rendering())?.frame, 'the renderings have the same');
  });

  it('gives up on a page of another shape, which is then loaded anew', () => {
    assert.equal(splitPage('<html><body><p>no slides</p></body></html>'), undefined);
    assert.equal(splitPage(rendering().replace('</div>\n</div>\n<script>', '</div></div><script>')), undefined);
    assert.equal(splitPage(rendering().replace(/<script>[\s\S]*<\/script>\n/, '')), undefined);
  });
});
