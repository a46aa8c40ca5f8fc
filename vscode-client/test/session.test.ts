import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { ToWebview } from '../src/preview/messages';
import { RenderedDeck, SlideLocation } from '../src/preview/render';
import { PreviewSession } from '../src/preview/session';

const slides = [
  { h: 0, v: 0, startLine: 0, endLine: 10 },
  { h: 1, v: 0, startLine: 11, endLine: 18 },
  { h: 1, v: 1, startLine: 19, endLine: 25 },
];

/** A rendering as the server makes it: the whole page, its frame and its slides. */
function rendered(sections: string, frame = 'F1'): RenderedDeck {
  return { html: `page ${frame}: ${sections}`, frame, sections, slides };
}

const deck = rendered('<section>three slides</section>\n');

/**
 * Records what the session does; each render answers with `deck` unless a test queued its own renderings, and
 * leaves the page out, as the server does, when asked with the rendering's frame.
 */
class Surroundings {
  events: string[] = [];
  revealed: string[] = [];
  renders = 0;
  /** The frame each render named. */
  frames: Array<string | undefined> = [];
  answers: Array<() => Promise<RenderedDeck>> = [];
  posted: ToWebview[] = [];

  ports() {
    return {
      render: async (frame: string | undefined) => {
        this.renders++;
        this.frames.push(frame);
        const answer = await (this.answers.shift() ?? (async () => deck))();
        return answer.frame !== undefined && answer.frame === frame ? { ...answer, html: undefined } : answer;
      },
      load: (html: string) => void this.events.push(`load ${html}`),
      showMessage: (message: string) => void this.events.push(`message ${message}`),
      post: (message: ToWebview) => {
        this.posted.push(message);
        this.events.push(summary(message));
      },
      revealSlide: (slide: SlideLocation) => void this.revealed.push(`${slide.h}.${slide.v}`),
    };
  }
}

function summary(message: ToWebview): string {
  switch (message.type) {
    case 'showSlide':
      return `show ${message.h}.${message.v}`;
    case 'update':
      return `update ${message.slides}`;
    case 'error':
      return `error ${message.message}`;
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await Promise.resolve();
  }
}

/** A session whose first page has loaded, as after opening the preview. */
async function opened(around: Surroundings, cursorLine: number): Promise<PreviewSession> {
  const session = new PreviewSession(around.ports(), 300, cursorLine);
  await session.refresh();
  session.fromWebview({ type: 'ready' });
  return session;
}

describe('PreviewSession', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  it('loads the rendered deck and, once the page is ready, shows the slide under the cursor', async () => {
    const around = new Surroundings();
    await opened(around, 14);
    assert.deepEqual(around.events, [`load ${deck.html}`, 'show 1.0']);
  });

  it('renders once, a delay after the last of many keystrokes', async () => {
    const around = new Surroundings();
    const session = await opened(around, 0);
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

  it('swaps the slides of the page on screen after an edit, and shows the cursor\'s slide once that is done', async () => {
    const around = new Surroundings();
    const session = await opened(around, 21);
    around.answers.push(async () => rendered('<section>edited</section>\n'));
    await session.refresh();
    session.cursorMoved(22); // the page is busy with the update: nothing to tell it yet
    session.fromWebview({ type: 'ready' });
    assert.deepEqual(around.events, [`load ${deck.html}`, 'show 1.1', 'update <section>edited</section>\n', 'show 1.1']);
  });

  it('sends the first update after a page loads with the slides it loaded, so the page swaps only what changed', async () => {
    const around = new Surroundings();
    const session = await opened(around, 0);
    for (const text of ['first', 'second']) {
      around.answers.push(async () => rendered(`<section>${text}</section>\n`));
      await session.refresh();
      session.fromWebview({ type: 'ready' });
    }
    const updates = around.posted.filter((message) => message.type === 'update');
    assert.deepEqual(updates.map((message) => message.type === 'update' ? message.base : 'none'),
      [deck.sections, undefined]);
  });

  it('keeps swapping slides across many edits, never loading the page again', async () => {
    const around = new Surroundings();
    const session = await opened(around, 0);
    for (let i = 1; i <= 10; i++) {
      around.answers.push(async () => rendered(`<section>edit ${i}</section>\n`));
      await session.refresh();
      session.fromWebview({ type: 'ready' });
    }
    assert.equal(around.events.filter((event) => event.startsWith('load')).length, 1);
    assert.deepEqual(around.events.slice(-2), ['update <section>edit 10</section>\n', 'show 0.0']);
  });

  it('swaps the slides again when the next rendering comes before the page said it swapped the last', async () => {
    // On a busy machine the page's answer can take longer than the pause in typing.
    const around = new Surroundings();
    const session = await opened(around, 0);
    for (const text of ['first', 'second']) {
      around.answers.push(async () => rendered(`<section>${text}</section>\n`));
      await session.refresh();
    }
    assert.deepEqual(around.events.slice(2), ['update <section>first</section>\n', 'update <section>second</section>\n']);
  });

  it('names the page on screen, so an edit brings the slides alone, and asks for the whole page to load one', async () => {
    const around = new Surroundings();
    const session = new PreviewSession(around.ports(), 300, 0);
    await session.refresh(); // nothing on screen yet
    await session.refresh(); // the page is still loading: its bridge would not take slides
    session.fromWebview({ type: 'ready' });
    around.answers.push(async () => rendered('<section>edited</section>\n'));
    await session.refresh();
    around.answers.push(async () => rendered('<section>edited</section>\n'));
    session.reload(); // the preview's policy changed
    await settle();
    assert.deepEqual(around.frames, [undefined, undefined, 'F1', undefined]);
    assert.deepEqual(around.events.slice(2), ['show 0.0', 'update <section>edited</section>\n',
      'load page F1: <section>edited</section>\n']);
  });

  it('loads the page again when a rendering comes while the page is still loading', async () => {
    const around = new Surroundings();
    const session = new PreviewSession(around.ports(), 300, 0);
    await session.refresh();
    await session.refresh();
    assert.deepEqual(around.events, [`load ${deck.html}`, `load ${deck.html}`]);
  });

  it('loads the newest page when the update changed more than the slides', async () => {
    const around = new Surroundings();
    const session = await opened(around, 0);
    const themed = rendered('<section>three slides</section>\n', 'F2');
    around.answers.push(async () => themed);
    await session.refresh();
    assert.deepEqual(around.events.slice(2), [`load ${themed.html}`]);
  });

  it('loads the newest page when the page on screen cannot swap its slides', async () => {
    const around = new Surroundings();
    const session = await opened(around, 0);
    around.answers.push(async () => rendered('<section>edited</section>\n'));
    await session.refresh();
    around.answers.push(async () => rendered('<section>edited</section>\n'));
    session.fromWebview({ type: 'reload' });
    await settle();
    assert.equal(around.events.at(-1), 'load page F1: <section>edited</section>\n');
  });

  it('shows the cursor\'s slide again when VS Code reloads a hidden preview', async () => {
    const around = new Surroundings();
    const session = await opened(around, 13);
    session.fromWebview({ type: 'ready' });
    assert.deepEqual(around.events.slice(1), ['show 1.0', 'show 1.0']);
  });

  it('follows the cursor to another slide, and stays quiet while it moves within one', async () => {
    const around = new Surroundings();
    const session = await opened(around, 5);
    session.cursorMoved(6);
    session.cursorMoved(21);
    session.cursorMoved(24);
    session.cursorMoved(10);
    session.cursorMoved(11); // the blank line before 1.0's separator is 1.0's
    assert.deepEqual(around.events.slice(1), ['show 0.0', 'show 1.1', 'show 0.0', 'show 1.0']);
  });

  it('sends the editor to the source of a slide picked in the preview', async () => {
    const around = new Surroundings();
    const session = await opened(around, 0);
    session.fromWebview({ type: 'reveal', h: 1, v: 1 });
    session.fromWebview({ type: 'reveal', h: 7, v: 0 });
    session.fromWebview({ type: 'reveal', h: '1', v: 0 });
    assert.deepEqual(around.revealed, ['1.1']);
    // The cursor lands on that slide, which the preview already shows: it is not told again.
    session.cursorMoved(21);
    assert.deepEqual(around.events.slice(1), ['show 0.0']);
  });

  it('drops an answer that arrives after a newer one was asked for', async () => {
    const around = new Surroundings();
    let finishOld: (deck: RenderedDeck) => void = () => undefined;
    around.answers.push(() => new Promise((resolve) => { finishOld = resolve; }));
    const session = new PreviewSession(around.ports(), 300, 0);
    const older = session.refresh();
    await session.refresh();
    finishOld({ html: 'old', slides: [] });
    await older;
    assert.deepEqual(around.events, [`load ${deck.html}`]);
  });

  it('keeps the last preview and shows on it why an update failed', async () => {
    const around = new Surroundings();
    const session = await opened(around, 0);
    around.answers.push(async () => {
      throw new Error('decklint/render answered null instead of {html, slides}');
    });
    await session.refresh();
    assert.deepEqual(around.events.at(-1),
      'error The preview could not be updated: decklint/render answered null instead of {html, slides}');
    assert.equal(around.events.filter((event) => event.startsWith('load')).length, 1);
  });

  it('says why when there is no page yet to show the failure on', async () => {
    const around = new Surroundings();
    around.answers.push(async () => {
      throw new Error('decklint\'s language server is not running');
    });
    await new PreviewSession(around.ports(), 300, 0).refresh();
    assert.deepEqual(around.events, ['message The preview could not be updated: decklint\'s language server is not running']);
  });

  it('stops rendering once closed', async () => {
    const around = new Surroundings();
    const session = await opened(around, 0);
    session.documentChanged();
    session.dispose();
    mock.timers.tick(1000);
    await settle();
    assert.equal(around.renders, 1);
  });
});
