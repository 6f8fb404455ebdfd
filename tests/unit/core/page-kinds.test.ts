// Every kind of page has a search-filter label in every language, and the labels tell kinds apart.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/core/locales.ts';
import { PAGE_KINDS, pageKindLabel } from '../../../src/lib/page-kinds.ts';

describe('page kinds', () => {
  it('are labelled in every language, each differently', () => {
    for (const lang of LANGS) {
      const labels = PAGE_KINDS.map((k) => pageKindLabel(k, lang));
      expect(labels.every((l) => l.trim() !== ''), lang).toBe(true);
      expect(new Set(labels).size, lang).toBe(PAGE_KINDS.length);
    }
    expect(pageKindLabel('source', 'ja')).toBe('出典資料');
    expect(pageKindLabel('source', 'en')).toBe('Source document');
  });
});
