/**
 * The glossary's section on partner agencies (topic "glossary"): every agency the documents name,
 * with its official names in both languages and an id (#agency-nsf) that country pages and program
 * pages link to, the place it belongs to and the first line that names it.
 */
import type { Lang } from '../../src/core/locales.ts';
import { sourceLineHref } from '../../src/core/urls.ts';
import type { PartnerRow } from '../../src/schemas/datasets.ts';
import { partnerAgencies } from '../editorial/partners.ts';
import { link, pageText } from './mdx.ts';
import { lineRef } from './program-page.ts';
import { agencyAnchor, placeHref, placesOf } from './places.ts';
import { termList } from './term-list.ts';
import { words } from './words.ts';

export function agencyGlossaryMdx(rows: readonly PartnerRow[], l: Lang): string {
  const w = words(l);
  const places = new Map(placesOf(rows).map((p) => [p.key, p]));
  const entries = partnerAgencies.map((a) => {
    const placeKey = a.country ?? a.region ?? null;
    const place = placeKey ? places.get(placeKey) : undefined;
    const first = rows.filter((r) => r.agency === a.short).sort((x, y) => x.source.seed.localeCompare(y.source.seed) || x.source.line - y.source.line)[0];
    const label = (key: string, value: string) => w.mdx('glance.labelled', { label: w.text(`countries.glossary.${key}`), value });
    return {
      id: agencyAnchor(a.short),
      ...(a.ja ? { ja: a.ja } : {}),
      en: `${pageText(l, a.short)}${w.t('topic.glossary.between')}<span lang="en">${pageText('en', a.en)}</span>`,
      notes: [
        label('place', place ? link(place.name[l], placeHref(place.key, l)) : pageText(l, placeKey ?? '—')),
        first ? label('first', link(lineRef(first.source.seed, first.source.line, first.source.line, l), sourceLineHref(first.source.seed, first.source.line, l))) : '',
      ],
    };
  });
  return `## ${w.text('countries.glossary.heading')}\n\n${w.text('countries.glossary.intro')}\n\n${termList(entries, l)}`;
}
