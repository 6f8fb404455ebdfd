/**
 * Normalise seed text for matching: NFKC folds full-width digits, letters and symbols (１,０７８（案）→
 * 1,078(案)); the wave dash and middle-dot variants NFKC leaves alone are folded by hand; runs of
 * white space become one space. Citations never use this form: they quote the original line.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[〜～~]/g, '~')
    .replace(/[·･]/g, '・')
    .replace(/[ヶケ箇]/g, 'か')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/** A number as written in a seed (1,078 / １，０７８ / 22.5) → 1078 / 22.5; null if it is not one. */
export function parseNumber(text: string): number | null {
  const t = text.normalize('NFKC').replace(/,/g, '').trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}
