/** The user's words with `word` added: one of each, sorted as the workspace words file is (ignoring case). */
export function withWord(words: unknown, word: string): string[] {
  const known = Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : [];
  const all = new Set([...known, word.trim()]);
  return [...all].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0));
}
