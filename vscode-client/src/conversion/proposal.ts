import { Debouncer } from '../debounce';
import { asRenderedDeck, RenderedDeck } from '../preview/render';

export const PREVIEW_CONVERSION_REQUEST = 'decklint/previewConversion';

/** An LSP text edit, as the server sends it: 0-based lines and UTF-16 characters. */
export interface LspTextEdit {
  readonly range: {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
  };
  readonly newText: string;
}

/**
 * The answer of `decklint/previewConversion`: the open deck converted to a theme, applied to nothing. `edits` fit
 * only the deck's text of `version`; `rendered` is the converted deck as the preview shows it.
 */
export interface ConversionPreview {
  readonly version: number;
  readonly theme: string;
  readonly summary: string;
  readonly notes: readonly string[];
  readonly edits: readonly LspTextEdit[];
  readonly text: string;
  readonly rendered: RenderedDeck;
}

/** Checks the server's answer before the editor shows or applies any of it; throws with what is wrong. */
export function asConversionPreview(value: unknown): ConversionPreview {
  const answer = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const { version, theme, summary, notes, edits, text } = answer;
  if (typeof version !== 'number' || !Number.isInteger(version) || typeof theme !== 'string'
    || typeof summary !== 'string' || typeof text !== 'string' || !isStringList(notes) || !Array.isArray(edits)) {
    throw new Error(`${PREVIEW_CONVERSION_REQUEST} answered ${JSON.stringify(value)?.slice(0, 200)} instead of `
      + '{version, theme, summary, notes, edits, text, html, slides}');
  }
  return { version, theme, summary, notes, edits: edits.map(asTextEdit), text, rendered: asRenderedDeck(answer) };
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function asTextEdit(value: unknown, index: number): LspTextEdit {
  const edit = (typeof value === 'object' && value !== null ? value : {}) as { range?: unknown; newText?: unknown };
  const range = (typeof edit.range === 'object' && edit.range !== null ? edit.range : {}) as Record<string, unknown>;
  if (typeof edit.newText !== 'string' || !isPosition(range.start) || !isPosition(range.end)) {
    throw new Error(`${PREVIEW_CONVERSION_REQUEST}: edit ${index} is ${JSON.stringify(value)}, not {range, newText}`);
  }
  return { range: { start: range.start, end: range.end }, newText: edit.newText };
}

function isPosition(value: unknown): value is { line: number; character: number } {
  const position = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return [position.line, position.character].every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
}

/** How a proposal ended. */
export type Outcome = 'applied' | 'cancelled' | 'withdrawn';

/** What a proposal needs from the editor and the server. */
export interface ProposalPorts {
  /** Asks the server to convert the deck as it is now. */
  convert(): Promise<ConversionPreview>;
  /** The version of the deck's text in the editor now. */
  version(): number;
  /** Shows the converted deck: the diff's side and the preview's page (first time, or again after a change). */
  show(preview: ConversionPreview): void;
  /** Applies the edits to the deck as one undoable edit; false when the editor refused them. */
  apply(preview: ConversionPreview): Promise<boolean>;
  /** The proposal is over: close the diff, put the preview back on the deck. */
  close(outcome: Outcome): void;
  /** Tells the user something about the proposal. */
  tell(message: string): void;
}

/**
 * A theme conversion shown, not yet applied: the user looks at the converted deck and applies or cancels it.
 * While the deck changes, the conversion is computed again for its new text; only a conversion of the text as it
 * is now is ever applied, never one of an older version.
 */
export class ConversionProposal {
  private current: ConversionPreview | undefined;
  private latest = 0;
  private state: 'open' | 'applying' | 'closed' = 'open';
  private readonly recompute: Debouncer;

  /** @param first the conversion the user is shown first, which `apply` applies while the deck has its version */
  constructor(private readonly ports: ProposalPorts, delayMs: number, first?: ConversionPreview) {
    this.current = first;
    this.recompute = new Debouncer(() => void this.refresh(), delayMs);
  }

  get open(): boolean {
    return this.state !== 'closed';
  }

  /** The conversion on show, when it fits the deck's text as it is now. */
  get fresh(): ConversionPreview | undefined {
    return this.current?.version === this.ports.version() ? this.current : undefined;
  }

  /** Computes the conversion of the deck as it is now and shows it; ends the proposal when the server cannot. */
  async refresh(): Promise<void> {
    this.recompute.cancel();
    const request = ++this.latest;
    let preview: ConversionPreview;
    try {
      preview = await this.ports.convert();
    } catch (error) {
      if (request === this.latest && this.open) {
        this.end('withdrawn');
        this.ports.tell(`The theme conversion was withdrawn: ${error instanceof Error ? error.message : String(error)}`);
      }
      return;
    }
    // A newer request is under way, or the deck changed after the server answered: this one is stale already.
    if (request !== this.latest || !this.open || preview.version !== this.ports.version()) {
      return;
    }
    this.current = preview;
    this.ports.show(preview);
  }

  /** The deck changed: what is on show no longer fits it, so it is computed again once typing pauses. */
  deckChanged(): void {
    if (this.state === 'open') {
      this.recompute.call();
    }
  }

  /** Applies the conversion on show if it fits the deck's text as it is now; otherwise computes it again. */
  async apply(): Promise<void> {
    if (this.state !== 'open') {
      return;
    }
    const preview = this.fresh;
    if (!preview) {
      this.ports.tell('The deck changed since the conversion was shown, so it was not applied. Look at the '
        + 'conversion of the deck as it is now, then apply it again.');
      await this.refresh();
      return;
    }
    this.state = 'applying';
    const applied = await this.ports.apply(preview);
    this.state = 'open';
    if (applied) {
      this.end('applied');
    } else {
      this.ports.tell('VS Code did not apply the theme conversion; the deck is as it was.');
    }
  }

  cancel(): void {
    if (this.state === 'open') {
      this.end('cancelled');
    }
  }

  private end(outcome: Outcome): void {
    this.state = 'closed';
    this.recompute.cancel();
    this.current = undefined;
    this.ports.close(outcome);
  }
}
