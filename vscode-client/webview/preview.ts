// Runs inside the preview webview: shows the slides the server rendered, marks and scrolls to the slide
// under the editor's cursor, and tells the extension which slide was clicked.
import type { FromWebview, ToWebview } from '../src/preview/messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const deck = document.getElementById('decklint-deck') as HTMLElement;
const status = document.getElementById('decklint-status') as HTMLElement;

/** reveal.js markup: a top-level <section> is slide (h, 0), or a stack whose <section>s are (h, 0), (h, 1)… */
function slideElements(root: HTMLElement): Map<string, HTMLElement> {
  const slides = new Map<string, HTMLElement>();
  const container = root.querySelector<HTMLElement>('.slides') ?? root;
  const columns = Array.from(container.children).filter((child): child is HTMLElement => child.tagName === 'SECTION');
  columns.forEach((column, h) => {
    const stack = Array.from(column.children).filter((child): child is HTMLElement => child.tagName === 'SECTION');
    if (stack.length === 0) {
      slides.set(`${h}.0`, column);
    } else {
      column.classList.add('decklint-stack');
      stack.forEach((slide, v) => slides.set(`${h}.${v}`, slide));
    }
  });
  return slides;
}

let slides = new Map<string, HTMLElement>();

function render(html: string, expected: readonly { h: number; v: number }[]): void {
  deck.innerHTML = html;
  slides = slideElements(deck);
  slides.forEach((element, key) => {
    const [h, v] = key.split('.').map(Number);
    element.classList.add('decklint-slide');
    element.dataset.decklintH = String(h);
    element.dataset.decklintV = String(v);
    element.title = `Slide ${key}: click to edit its source`;
    const label = document.createElement('span');
    label.className = 'decklint-label';
    label.textContent = key;
    label.setAttribute('aria-hidden', 'true');
    element.prepend(label);
  });
  if (expected.length !== slides.size) {
    showStatus(`The rendered deck has ${slides.size} slides where the server listed ${expected.length}.`);
  } else {
    showStatus(undefined);
  }
}

function showSlide(h: number, v: number): void {
  const target = slides.get(`${h}.${v}`);
  deck.querySelectorAll('.decklint-current').forEach((element) => element.classList.remove('decklint-current'));
  if (target) {
    target.classList.add('decklint-current');
    target.scrollIntoView({ block: 'start', behavior: 'auto' });
  }
}

function showStatus(message: string | undefined): void {
  status.hidden = message === undefined;
  status.textContent = message ?? '';
}

deck.addEventListener('click', (event) => {
  // A click on a link in a slide should not also move the editor.
  const target = event.target as HTMLElement | null;
  if (!target || target.closest('a')) {
    return;
  }
  const slide = target.closest<HTMLElement>('.decklint-slide');
  if (slide?.dataset.decklintH !== undefined && slide.dataset.decklintV !== undefined) {
    vscode.postMessage({ type: 'reveal', h: Number(slide.dataset.decklintH), v: Number(slide.dataset.decklintV) });
  }
});

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  switch (message?.type) {
    case 'render':
      render(message.html, message.slides);
      break;
    case 'showSlide':
      showSlide(message.h, message.v);
      break;
    case 'error':
      showStatus(`The preview could not be updated: ${message.message}`);
      break;
  }
});

vscode.postMessage({ type: 'ready' });
