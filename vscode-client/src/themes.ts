/** "Convert Deck to Theme…" lists the themes with this command of the server (and previews the conversion, see conversion/). */
export const LIST_THEMES_COMMAND = 'decklint.server.listThemes';

/** One entry of the list `decklint.server.listThemes` answers. */
export interface ThemeChoice {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
}

/** Checks the server's theme list; entries without an id are left out rather than offered. */
export function asThemeChoices(value: unknown): ThemeChoice[] {
  if (!Array.isArray(value)) {
    throw new Error(`${LIST_THEMES_COMMAND} answered ${JSON.stringify(value)} instead of a list of themes`);
  }
  return value.flatMap((entry): ThemeChoice[] => {
    if (typeof entry !== 'object' || entry === null || typeof (entry as { id?: unknown }).id !== 'string') {
      return [];
    }
    const { id, label, description } = entry as { id: string; label?: unknown; description?: unknown };
    return [{
      id,
      label: typeof label === 'string' && label !== '' ? label : id,
      ...(typeof description === 'string' && description !== '' ? { description } : {}),
    }];
  });
}
