// Runs in the preview webview, after the server's reveal.js page: shows the slide the editor's cursor is on,
// tells the extension which slide the user clicked or moved to, and shows why an update failed.
import type { FromWebview, ToWebview } from '../src/preview/messages';
import { changedSections } from '../src/preview/sections';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
}
interface RevealApi {
  isReady(): boolean;
  on(event: string, listener: () => void): void;
  slide(h: number, v: number): void;
  sync(): void;
  getIndices(): { h: number; v?: number };
  getConfig(): { transition?: string };
  configure(options: { transition?: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
declare const Reveal: RevealApi | undefined;

const vscode = acquireVsCodeApi();
const reveal = typeof Reveal === 'undefined' ? undefined : Reveal;
/** The slide the editor asked for last: the page announcing it is not the user moving. */
let requested: string | undefined;
/** The top-level slides of the last update as sent, before reveal.js and the drawing touched them. */
let sentSections: string[] | undefined;

/**
 * Puts the slides of a newer rendering in place of those on screen; the extension sends them only when the
 * rest of the page (theme, options, scripts) is the same. The slide on screen stays on screen.
 */
function update(slidesHtml: string, base: string | undefined): void {
  const slides = document.querySelector('.reveal .slides');
  const place = current();
  if (!reveal || !slides || !place) {
    vscode.postMessage({ type: 'reload' });
    return;
  }
  if (sentSections === undefined && base !== undefined) {
    sentSections = [...sectionsOf(base).children].map((section) => section.outerHTML);
  }
  const fresh = sectionsOf(slidesHtml);
  const incoming = [...fresh.children];
  const incomingHtml = incoming.map((section) => section.outerHTML);
  const onScreen = [...slides.children];
  const changed = onScreen.length === incoming.length ? changedSections(sentSections, incomingHtml) : undefined;
  sentSections = incomingHtml;
  // The editor says which slide to show once the new slides are in.
  requested = undefined;
  if (changed) {
    changed.forEach((index) => onScreen[index].replaceWith(document.importNode(incoming[index], true)));
  } else {
    slides.replaceChildren(document.importNode(fresh, true));
  }
  reveal.sync();
  // The page draws math, diagrams and code when it loads; new slides are drawn on request.
  (window as unknown as { decklintDraw?: () => Promise<void> }).decklintDraw?.();
  // sync() leaves the new sections unmarked: going to the same place marks the present slide again.
  go(place.h, place.v, false);
  document.getElementById('decklint-error')?.remove();
  vscode.postMessage({ type: 'ready' });
}

/** The top-level slides of a page's `.slides` HTML, parsed as the browser parses them, not yet in the page. */
function sectionsOf(slidesHtml: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = slidesHtml;
  return template.content;
}

/** Goes to a slide; the first time on a fresh page without the deck's transition, which would sweep past. */
function go(h: number, v: number, animate: boolean): void {
  if (!reveal) {
    return;
  }
  if (animate) {
    reveal.slide(h, v);
    return;
  }
  const transition = reveal.getConfig().transition;
  reveal.configure({ transition: 'none' });
  reveal.slide(h, v);
  reveal.configure({ transition });
}

function current(): { h: number; v: number } | undefined {
  if (!reveal) {
    return undefined;
  }
  const { h, v } = reveal.getIndices();
  return { h, v: v ?? 0 };
}

function userPicked(h: number, v: number): void {
  requested = `${h}.${v}`;
  vscode.postMessage({ type: 'reveal', h, v });
}

function showError(message: string): void {
  let banner = document.getElementById('decklint-error');
  if (!banner) {
    banner = document.createElement('div');
    banner.id = 'decklint-error';
    banner.setAttribute('role', 'alert');
    banner.style.cssText = 'position:fixed;top:0;left:0;right:0;z-index:1000;padding:6px 10px;font:13px sans-serif;' +
      'background:#5a1d1d;color:#fff;border-bottom:1px solid #be1100';
    document.body.append(banner);
  }
  banner.textContent = message;
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message?.type === 'showSlide') {
    const first = requested === undefined;
    requested = `${message.h}.${message.v}`;
    const now = current();
    if (now?.h !== message.h || now.v !== message.v) {
      go(message.h, message.v, !first);
    }
  } else if (message?.type === 'update') {
    update(message.slides, message.base);
  } else if (message?.type === 'error') {
    showError(message.message);
  }
});

// The page announces every slide change (see the renderer's RevealPage); the ones the editor did not ask
// for are the user's, with the keyboard or reveal.js's controls.
window.addEventListener('decklint:slide', (event) => {
  const { h, v } = (event as CustomEvent<{ h: number; v: number }>).detail;
  if (requested !== undefined && requested !== `${h}.${v}`) {
    userPicked(h, v);
  }
});

// A click on the slide itself (not on a link or reveal.js's controls) asks for its source.
document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const slide = current();
  if (slide && requested !== undefined && target && !target.closest('a, button, .controls, .progress')) {
    userPicked(slide.h, slide.v);
  }
});

if (!reveal || reveal.isReady()) {
  vscode.postMessage({ type: 'ready' });
} else {
  reveal.on('ready', () => vscode.postMessage({ type: 'ready' }));
}
