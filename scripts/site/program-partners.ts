import { formatList } from '../../src/core/format.ts';
import { nameIn, type Lang } from '../../src/core/locales.ts';
import type { PartnerRow } from '../../src/schemas/datasets.ts';
import { link, pageText } from './mdx.ts';
import { agencyHref, agencyOf, placeFilter, placeHref, placesOf } from './places.ts';
import { words } from './words.ts';

/**
 * A program page's list of partner countries, groups and agencies, from the partners dataset rows
 * whose program is this page's: each place linked to its page, each agency to its glossary entry.
 * Returns '' when the documents tie the program to none.
 */
export function programPartnersMdx(rows: readonly PartnerRow[], l: Lang): string {
  const w = words(l);
  const places = placesOf(rows);
  const agencies = [...new Set(rows.map((r) => r.agency).filter((a): a is string => a !== null))];
  const items: string[] = [];
  if (places.length) {
    const names = formatList(places.map((p) => link(p.name[l], placeHref(p.key, l), { class: 'place' })), l);
    items.push(`- **${w.text('pages.label', { label: w.t('countries.partners.places') })}** ${names}`);
  }
  if (agencies.length) {
    const names = agencies.map((a) => {
      const official = agencyOf(a);
      const name = official ? nameIn(official, l) : null;
      const short = link(a, agencyHref(a, l), { class: 'agency' });
      return name && name !== a ? w.mdx('pages.parenthetical', { text: short, note: pageText(l, name) }) : short;
    });
    items.push(`- **${w.text('pages.label', { label: w.t('countries.partners.agencies') })}** ${names.join(w.t('pages.separator'))}`);
  }
  if (!items.length) return '';
  return `${items.join('\n')}\n\n${placeFilter(places.map((p) => p.name[l]), l)}\n`;
}
