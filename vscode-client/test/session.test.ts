import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { ToWebview } from '../src/preview/messages';
import { RenderedDeck } from '../src/preview/render';
import { PreviewSession } from '../src/preview/session';

const deck: RenderedDeck = {
  html: '<section>A</section><section><section>B</section><section>C</section></section>',
  slides: [
    { h: 0, v: 0, startLine: 4, endLine: 8 },
    { h: 1, v: 0, startLine: 12, endLine: 16 },
    { h: 1, v: 1, startLine: 20, endLine: 25 },
  ],
};

/** Records what the session sends; each render answers with `deck` unless a test queues its own answers. */
class Surroundings {
  posted: ToWebview[] = [];
  revealed: number[] = [];
  renders = 0;
  answers: Array<() => Promise<RenderedDeck>> = [];

  ports() {
    return {
      render: () => {
        this.renders++;
        return (this.answers.shift() ?? (async () => deck))();
      },
      post: (message: ToWebview) => void this.posted.push(message),
      revealLine: (line: number) => void this.revealed.push(line),
    };
  }

  types(): string[] {
    return this.posted.map((message) => message.type === 'showSlide' ? `show ${message.h}.${message.v}` : message.type);
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await Promise.resolve();
  }
}

describe('PreviewSession', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  it('renders when the page is ready and shows the slide under the cursor', async () => {
    const around = new Surroundings();
    const session = new PreviewSession(around.ports(), 300, 14);
    session.fromWebview({ type: 'ready' });
    await settle();
    assert.deepEqual(around.types(), ['render', 'show 1.0']);
    assert.deepEqual(around.posted[0], { type: 'render', html: deck.html, slides: [{ h: 0, v: 0 }, { h: 1, v: 0 }, { h: 1, v: 1 }] });
  });

  it('renders once, a delay after the last of many keystrokes', async () => {
    const around = new Surroundings();
    const session = new PreviewSession(around.ports(), 300, 0);
    session.fromWebview({ type: 'ready' });
    await settle();
    for (let i = 0; i < 10; i++) {
      session.documentChanged();
      mock.timers.tick(100);
    }
    await settle();
    assert.equal(around.renders, 1);
    mock.timers.tick(200);
    await settle();
    assert.equal(around.renders, 2);
  });

  it('does not render before the page can show anything', () => {
    const around = new Surroundings();
    const session = new PreviewSession(around.ports(), 300, 0);
    session.documentChanged();
    mock.timers.tick(1000);
    assert.equal(around.renders, 0);
  });

  it('follows the cursor to another slide, and stays quiet while it moves within one', async () => {
    const around = new Surroundings();
    const session = new PreviewSession(around.ports(), 300, 5);
    session.fromWebview({ type: 'ready' });
    await settle();
    session.cursorMoved(6);
    session.cursorMoved(21);
    session.cursorMoved(24);
    session.cursorMoved(10);
    assert.deepEqual(around.types(), ['render', 'show 0.0', 'show 1.1', 'show 0.0']);
  });

  it('sends the editor to the first line of a clicked slide', async () => {
    const around = new Surroundings();
    const session = new PreviewSession(around.ports(), 300, 0);
    session.fromWebview({ type: 'ready' });
    await settle();
    session.fromWebview({ type: 'reveal', h: 1, v: 1 });
    session.fromWebview({ type: 'reveal', h: 7, v: 0 });
    session.fromWebview({ type: 'reveal', h: '1', v: 0 });
    assert.deepEqual(around.revealed, [20]);
    // The cursor lands on that slide: the preview already shows it, so it does not jump again.
    session.cursorMoved(20);
    assert.deepEqual(around.types(), ['render', 'show 0.0']);
  });

  it('drops an answer that arrives after a newer one was asked for', async () => {
    const around = new Surroundings();
    let finishOld: (deck: RenderedDeck) => void = () => undefined;
    const older = { html: '<section>old</section>', slides: [{ h: 0, v: 0, startLine: 0, endLine: 1 }] };
    around.answers.push(() => new Promise((resolve) => { finishOld = resolve; }));
    const session = new PreviewSession(around.ports(), 300, 0);
    session.fromWebview({ type: 'ready' });
    await session.refresh();
    finishOld(older);
    await settle();
    const renders = around.posted.filter((message) => message.type === 'render');
    assert.deepEqual(renders.map((message) => message.type === 'render' && message.html), [deck.html]);
  });

  it('keeps the last preview and shows why an update failed', async () => {
    const around = new Surroundings();
    const session = new PreviewSession(around.ports(), 300, 0);
    session.fromWebview({ type: 'ready' });
    await settle();
    around.answers.push(async () => {
      throw new Error('decklint/render answered null instead of {html, slides}');
    });
    await session.refresh();
    assert.deepEqual(around.posted.at(-1), { type: 'error', message: 'decklint/render answered null instead of {html, slides}' });
    assert.equal(around.posted.filter((message) => message.type === 'render').length, 1);
  });

  it('stops rendering once closed', async () => {
    const around = new Surroundings();
    const session = new PreviewSession(around.ports(), 300, 0);
    session.fromWebview({ type: 'ready' });
    await settle();
    session.documentChanged();
    session.dispose();
    mock.timers.tick(1000);
    await settle();
    assert.equal(around.renders, 1);
  });
});
