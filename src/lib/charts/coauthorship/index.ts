// The United States' main co-authoring partners: a slope chart of each partner's share of US
// international co-authored papers, 2005–2007 against 2015–2017, with ranks in the labels.
import { countryName } from '../../../core/format.ts';
import type { CoauthorshipRow } from '../../../schemas/datasets.ts';
import type { Chart } from '../chart.ts';
import { sourceColumns } from '../model.ts';
import { citedLines, partners } from './marks.ts';
import { slopeScene } from './scene.ts';
import { coauthorshipWords } from './words.ts';

export { partners, type Partner } from './marks.ts';
export { slopeScene } from './scene.ts';
export { coauthorshipTitle, originGloss, partnerName } from './words.ts';

export const FIGURE_ID = 'coauthorship-us-partners';

const DOWNLOAD_COLUMNS = ['figure', 'id', 'partner', 'partnerIso', 'partnerNameEn', 'period', 'rank', 'sharePercent', 'countingMethod', 'origin', 'sourceSeed', 'sourceLine', 'sourceQuote', 'sourcePage'];

export const coauthorshipChart: Chart<null> = {
  name: 'coauthorship',
  figures: () => [{ id: FIGURE_ID, params: null }],
  scene: (data, _, lang, width) => slopeScene(partners(data.coauthorship), lang, width),
  words: (data, _, lang) => coauthorshipWords(data.coauthorship, partners(data.coauthorship), lang),
  sources: (data) => citedLines(data.coauthorship),
  rows: (data, { id }) => ({
    dataset: '/data/coauthorship.json',
    columns: DOWNLOAD_COLUMNS,
    rows: partners(data.coauthorship).flatMap((p) =>
      [p.before, p.after]
        .filter((r): r is CoauthorshipRow => r !== null)
        .map((r) => ({ figure: id, id: r.id, partner: r.partner, partnerIso: r.partnerIso, partnerNameEn: countryName(r.partnerIso, 'en'), period: r.period, rank: r.rank, sharePercent: r.sharePercent, countingMethod: r.countingMethod, origin: r.origin, ...sourceColumns(r.source) })),
    ),
  }),
};
