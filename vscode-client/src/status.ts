/** The language server's state as the status bar tells it. */
export type ServerState =
  | { readonly kind: 'starting' }
  | { readonly kind: 'running'; readonly java: string }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'failed'; readonly reason: string };

export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
  /** Draws the item in the status bar's warning or error colours. */
  readonly alert: 'none' | 'warning' | 'error';
}

/** What the status-bar item shows; clicking it opens the decklint output in every state. */
export function statusView(state: ServerState): StatusView {
  switch (state.kind) {
    case 'starting':
      return { text: '$(sync~spin) decklint', tooltip: 'decklint is starting its language server…', alert: 'none' };
    case 'running':
      return {
        text: '$(check) decklint',
        tooltip: `decklint is checking decks (Java ${state.java}). Click for its output.`,
        alert: 'none',
      };
    case 'stopped':
      return {
        text: '$(debug-stop) decklint',
        tooltip: 'decklint\'s language server has stopped. Run "decklint: Restart Server" to start it again.',
        alert: 'warning',
      };
    case 'failed':
      return { text: '$(error) decklint', tooltip: state.reason, alert: 'error' };
  }
}
