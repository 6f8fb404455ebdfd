// The trial-call figure laid out at a width: three panels stacked — proposals by partner country, by
// field with the adoptions over them, and by the partner's funding agency — on one shared scale
// where the layout leaves the bars room.
import { max } from 'd3-array';
import { formatNumber } from '../../../core/format.ts';
import type { Lang } from '../../../core/locales.ts';
import { sourceLineHref } from '../../../core/urls.ts';
import type { TrialCallRow } from '../../../schemas/datasets.ts';
import type { Scene } from '../chart.ts';
import { barPanel, FONT, legend, paragraph, type BarRow, type Item } from '../svg.ts';
import { chartWords, citeList, proposals } from '../words.ts';
import { breakdown, byCount } from './marks.ts';
import { barName, countLabel, countryName, fieldLabel, fieldName, funderName, panelHeading } from './words.ts';

export function panelsOf(rows: readonly TrialCallRow[], lang: Lang): { heading: string; rows: BarRow[] }[] {
  const link = (r: TrialCallRow) => sourceLineHref(r.source.seed, r.source.line, lang);
  const cite = (...rows: TrialCallRow[]) => citeList(rows.map((r) => r.source), lang);
  const sep = chartWords(lang)('charts.sep.colon');
  const countries = breakdown(rows, 'proposals-by-country').sort(byCount);
  const fields = breakdown(rows, 'proposals-by-field').sort(byCount);
  const adoptions = breakdown(rows, 'adoptions-by-field');
  const funders = breakdown(rows, 'proposals-by-funder');
  const countryRows: BarRow[] = countries.map((r) => ({ key: r.id, group: countryName(r, lang), label: '', value: r.count, valueLabel: countLabel(r.count, lang), barCls: 'bar k-solid', href: link(r), tip: `${countryName(r, lang)}${sep}${proposals(r.count, lang)}${cite(r)}`, data: { id: r.id, count: r.count } }));
  const fieldRows: BarRow[] = fields.map((r) => {
    const adopted = adoptions.find((a) => a.field === r.field);
    const n = adopted?.count ?? 0;
    const label = fieldLabel(r.count, n, lang);
    return { key: r.id, group: fieldName(r, lang), label: '', value: r.count, overlay: adopted ? n : null, valueLabel: label, barCls: 'bar k-outline', overlayCls: 'bar k-solid', href: link(r), tip: `${fieldName(r, lang)}${sep}${label}${cite(...(adopted ? [r, adopted] : [r]))}`, data: { id: r.id, count: r.count, adopted: n, ...(adopted ? { adoptionId: adopted.id } : {}) } };
  });
  // Funders grouped by country, countries in the order of the first panel.
  const funderRows: BarRow[] = countries.flatMap((c) =>
    funders
      .filter((f) => f.countryIso === c.countryIso)
      .sort(byCount)
      .map((f, i) => ({ key: f.id, group: i === 0 ? countryName(c, lang) : null, label: funderName(f, lang), value: f.count, valueLabel: countLabel(f.count, lang), barCls: 'bar k-solid', href: link(f), tip: `${countryName(c, lang)} ${funderName(f, lang)}${sep}${proposals(f.count, lang)}${cite(f)}`, data: { id: f.id, count: f.count } })),
  );
  return [
    { heading: panelHeading('countries', lang), rows: countryRows },
    { heading: panelHeading('fields', lang), rows: fieldRows },
    { heading: panelHeading('funders', lang), rows: funderRows },
  ];
}

/** Each panel's bars in words (a funder with its country), for the description. */
export function panelItems(rows: readonly TrialCallRow[], lang: Lang): { heading: string; items: string[] }[] {
  return panelsOf(rows, lang).map((spec) => {
    let group = '';
    const items = spec.rows.map((r) => {
      if (r.group) group = r.group;
      return `${barName(group, r.label, lang)} ${r.valueLabel}`;
    });
    return { heading: spec.heading, items };
  });
}

export interface TrialCallScene extends Scene {
  panels: ReturnType<typeof barPanel>[];
}

/** Three panels, stacked, on one scale. */
export function trialCallScene(rows: readonly TrialCallRow[], lang: Lang, width: number): TrialCallScene {
  const t = chartWords(lang);
  const tickLabel = (v: number) => formatNumber(v, lang);
  const items: Item[] = [];
  const lg = legend(
    0,
    0,
    [
      { swatch: { cls: 'bar k-solid' }, label: t('charts.trialCall.legend.solid') },
      { swatch: { cls: 'bar k-outline' }, label: t('charts.trialCall.legend.outline') },
    ],
    width,
  );
  items.push(...lg.items);
  const maxCount = max(rows, (r) => r.count)!;
  const specs = panelsOf(rows, lang);
  // Stacked, and on one scale: every panel's bars start and end where the widest labels allow.
  const natural = specs.map((spec) => barPanel({ x: 0, y: 0, width, heading: spec.heading, rows: spec.rows, domainMax: maxCount, tickLabel, lang }));
  // One scale where that leaves the bars room; on a narrow layout with long labels each panel keeps its own.
  const sharedStart = Math.max(...natural.map((p) => p.barStart));
  const sharedEnd = Math.min(...natural.map((p) => p.barEnd));
  const shared = sharedEnd - sharedStart >= 140;
  const [barStart, barEnd] = shared ? [sharedStart, sharedEnd] : [undefined, undefined];
  const note = paragraph(0, lg.bottom + FONT + 8, t(shared ? 'charts.trialCall.scale.shared' : 'charts.trialCall.scale.own'), width, { cls: 't t-muted' });
  items.push(...note.items);
  const laid: ReturnType<typeof barPanel>[] = [];
  let y = Math.ceil(note.bottom) + 14;
  for (const spec of specs) {
    const panel = barPanel({ x: 0, y, width, heading: spec.heading, rows: spec.rows, domainMax: shared ? maxCount : undefined, tickLabel, lang, ...(shared ? { barStart, barEnd } : {}) });
    items.push({ type: 'group', cls: 'panel', children: panel.items });
    laid.push(panel);
    y += panel.height + 18;
  }
  return { width, height: Math.ceil(y - 18), items, panels: laid };
}
