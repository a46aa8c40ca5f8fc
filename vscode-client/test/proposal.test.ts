import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { asConversionPreview, ConversionPreview, ConversionProposal, Outcome } from '../src/conversion/proposal';
import { rendering } from './rendering';

/** The server's answer for the deck's text of `version`, as `decklint/previewConversion` sends it. */
function answer(version: number, title = '# Community Call 2023-11-23'): Record<string, unknown> {
  return {
    version,
    theme: 'scs-2024',
    summary: 'converted to scs-2024 (scs-2023, 100% alike before); 9 edits.',
    notes: ['38:14: info: Removed the title slide\'s background picture'],
    edits: [{ range: { start: { line: 9, character: 0 }, end: { line: 10, character: 0 } }, newText: '' }],
    text: `---\ntype: slide\n---\n\n${title}\n`,
    html: rendering({ slides: `<section>${title}</section>\n` }),
    slides: [{ h: 0, v: 0, startLine: 0, endLine: 4 }],
  };
}

/** An editor and a server around a proposal: records what it is shown, applies and tells. */
class Editor {
  version = 1;
  events: string[] = [];
  applied: ConversionPreview[] = [];
  applyAccepted = true;
  /** Each convert answers for the version the deck has when the server reads it, unless a test queued another. */
  answers: Array<() => Promise<unknown>> = [];
  converts = 0;

  proposal(first?: ConversionPreview): ConversionProposal {
    return new ConversionProposal({
      convert: async () => {
        this.converts++;
        const next = this.answers.shift();
        return asConversionPreview(next ? await next() : answer(this.version, `# Version ${this.version}`));
      },
      version: () => this.version,
      show: (preview) => void this.events.push(`show ${preview.version}: ${preview.text.trim().split('\n').pop()}`),
      apply: async (preview) => {
        this.applied.push(preview);
        return this.applyAccepted;
      },
      close: (outcome: Outcome) => void this.events.push(`close ${outcome}`),
      tell: (message) => void this.events.push(`tell ${message}`),
    }, 300, first);
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
  }
}

describe('asConversionPreview', () => {
  it('takes the server\'s answer with the rendered page', () => {
    const preview = asConversionPreview(answer(3));
    assert.equal(preview.version, 3);
    assert.equal(preview.edits.length, 1);
    assert.deepEqual(preview.rendered.slides, [{ h: 0, v: 0, startLine: 0, endLine: 4 }]);
  });

  it('rejects an answer without the converted text, or with a broken edit, saying what is wrong', () => {
    assert.throws(() => asConversionPreview({ ...answer(1), text: undefined }), /instead of \{version, theme/);
    assert.throws(() => asConversionPreview({ ...answer(1), edits: [{ newText: 'x' }] }), /edit 0 is .* not \{range, newText\}/);
    assert.throws(() => asConversionPreview({ ...answer(1), html: 3 }), /"html" text/);
    assert.throws(() => asConversionPreview(null), /instead of/);
  });
});

describe('ConversionProposal', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  it('shows the conversion and applies it only when asked, then ends', async () => {
    const editor = new Editor();
    const proposal = editor.proposal();
    await proposal.refresh();
    assert.deepEqual(editor.events, ['show 1: # Version 1']);
    assert.equal(editor.applied.length, 0, 'nothing is applied before the user says so');
    await proposal.apply();
    assert.equal(editor.applied.length, 1);
    assert.equal(editor.applied[0].version, 1);
    assert.deepEqual(editor.events, ['show 1: # Version 1', 'close applied']);
    assert.equal(proposal.open, false);
  });

  it('applies the conversion it was opened with, as long as the deck has that version', async () => {
    const editor = new Editor();
    editor.version = 5;
    const proposal = editor.proposal(asConversionPreview(answer(5)));
    await proposal.apply();
    assert.deepEqual(editor.applied.map((preview) => preview.version), [5]);
    assert.equal(editor.converts, 0, 'no need to ask the server again');
    assert.deepEqual(editor.events, ['close applied']);
    const late = new Editor();
    const stale = late.proposal(asConversionPreview(answer(4)));
    late.version = 5;
    await stale.apply();
    assert.equal(late.applied.length, 0);
  });

  it('cancel ends it with nothing applied, and a late "Apply" does nothing', async () => {
    const editor = new Editor();
    const proposal = editor.proposal();
    await proposal.refresh();
    proposal.cancel();
    await proposal.apply();
    proposal.deckChanged();
    mock.timers.tick(1000);
    await settle();
    assert.equal(editor.applied.length, 0);
    assert.deepEqual(editor.events, ['show 1: # Version 1', 'close cancelled']);
  });

  it('computes the conversion again once the deck stops changing, and applies the new one', async () => {
    const editor = new Editor();
    const proposal = editor.proposal();
    await proposal.refresh();
    for (let version = 2; version <= 4; version++) {
      editor.version = version;
      proposal.deckChanged();
      mock.timers.tick(100);
    }
    await settle();
    assert.equal(editor.converts, 1, 'not while typing');
    mock.timers.tick(300);
    await settle();
    assert.equal(editor.converts, 2);
    assert.deepEqual(editor.events, ['show 1: # Version 1', 'show 4: # Version 4']);
    await proposal.apply();
    assert.deepEqual(editor.applied.map((preview) => preview.version), [4]);
  });

  it('never applies a conversion of an older text: "Apply" right after an edit shows the new one instead', async () => {
    const editor = new Editor();
    const proposal = editor.proposal();
    await proposal.refresh();
    editor.version = 2;
    proposal.deckChanged();
    await proposal.apply();
    assert.equal(editor.applied.length, 0);
    assert.match(editor.events[1], /^tell The deck changed since the conversion was shown, so it was not applied/);
    assert.equal(editor.events[2], 'show 2: # Version 2');
    assert.equal(proposal.open, true);
    await proposal.apply();
    assert.deepEqual(editor.applied.map((preview) => preview.version), [2]);
  });

  it('drops an answer for a text the deck no longer has, and an answer overtaken by a newer request', async () => {
    const editor = new Editor();
    const proposal = editor.proposal();
    let release: () => void = () => undefined;
    editor.answers.push(() => new Promise((resolve) => {
      release = () => resolve(answer(1, '# Old'));
    }));
    const first = proposal.refresh();
    editor.version = 2;
    await proposal.refresh();
    release();
    await first;
    assert.deepEqual(editor.events, ['show 2: # Version 2']);
    editor.answers.push(async () => answer(2, '# Answered for 2'));
    editor.version = 3;
    await proposal.refresh();
    assert.deepEqual(editor.events, ['show 2: # Version 2'], 'the answer fits version 2, the deck is at 3');
    await proposal.apply();
    assert.equal(editor.applied.length, 0);
  });

  it('is withdrawn, with the reason, when the server cannot convert the changed deck', async () => {
    const editor = new Editor();
    const proposal = editor.proposal();
    await proposal.refresh();
    editor.answers.push(async () => {
      throw new Error('decklint/previewConversion: untitled:deck.md is not open in the editor');
    });
    editor.version = 2;
    proposal.deckChanged();
    mock.timers.tick(300);
    await settle();
    assert.deepEqual(editor.events, ['show 1: # Version 1', 'close withdrawn',
      'tell The theme conversion was withdrawn: decklint/previewConversion: untitled:deck.md is not open in the editor']);
    await proposal.apply();
    assert.equal(editor.applied.length, 0);
  });

  it('stays open when VS Code refuses the edit, and says so', async () => {
    const editor = new Editor();
    editor.applyAccepted = false;
    const proposal = editor.proposal();
    await proposal.refresh();
    await proposal.apply();
    assert.equal(proposal.open, true);
    assert.deepEqual(editor.events, ['show 1: # Version 1', 'tell VS Code did not apply the theme conversion; the deck is as it was.']);
  });
});
