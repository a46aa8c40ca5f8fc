/**
 * Which of the page's top-level slides (`<section>`s, a vertical stack being one) a newer rendering changes,
 * comparing the HTML the preview was sent last with the new one, slide by slide: only those are put in, so the
 * others keep what was drawn on them (math, diagrams) and the browser lays out one slide, not the deck.
 * Undefined when the slides cannot be matched one to one (none sent yet, a slide added or removed): then all of
 * them are put in.
 */
export function changedSections(sent: readonly string[] | undefined, incoming: readonly string[]): number[] | undefined {
  if (sent === undefined || sent.length !== incoming.length) {
    return undefined;
  }
  return incoming.flatMap((html, index) => (html === sent[index] ? [] : [index]));
}
