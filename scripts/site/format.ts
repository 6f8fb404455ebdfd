import { toJapaneseFiscalYearLabel } from '../../src/core/fiscal-year.ts';
import type { FactValue, Qualifier } from '../../src/schemas/datasets.ts';

export type Lang = 'ja' | 'en';

const nf = { ja: new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 3 }), en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }) };
export const num = (n: number, l: Lang) => nf[l].format(n);

/** FY2023 (令和5年度) in English; 令和5年度（2023年度） in Japanese. */
export function fiscalYear(fy: number, l: Lang): string {
  return l === 'ja' ? `${toJapaneseFiscalYearLabel(fy)}（${fy}年度）` : `FY${fy}`;
}

const QUALIFIER_JA: Record<Qualifier, (s: string) => string> = {
  exact: (s) => s,
  about: (s) => `約${s}`,
  'up-to': (s) => `最大${s}`,
  'at-least': (s) => `${s}以上`,
  range: (s) => s,
};
const QUALIFIER_EN: Record<Qualifier, (s: string) => string> = {
  exact: (s) => s,
  about: (s) => `about ${s}`,
  'up-to': (s) => `up to ${s}`,
  'at-least': (s) => `at least ${s}`,
  range: (s) => s,
};

/** Million yen as a reader expects it: 1,073百万円 / ¥1,073 million. */
export function millionYen(min: number, max: number, q: Qualifier, l: Lang, perYear = false): string {
  const range = min === max ? num(min, l) : l === 'ja' ? `${num(min, l)}〜${num(max, l)}` : `${num(min, l)}–${num(max, l)}`;
  if (l === 'ja') return QUALIFIER_JA[q](`${range}百万円${perYear ? '／年' : ''}`);
  return QUALIFIER_EN[q](`¥${range} million${perYear ? ' a year' : ''}`);
}

const UNIT_WORDS: Record<FactValue['unit'], { ja: string; en: [string, string] }> = {
  'million-yen': { ja: '百万円', en: ['million yen', 'million yen'] },
  'million-yen-per-year': { ja: '百万円／年', en: ['million yen a year', 'million yen a year'] },
  years: { ja: '年', en: ['year', 'years'] },
  months: { ja: 'か月', en: ['month', 'months'] },
  weeks: { ja: '週間', en: ['week', 'weeks'] },
  projects: { ja: '件', en: ['project', 'projects'] },
  proposals: { ja: '件', en: ['proposal', 'proposals'] },
  countries: { ja: 'か国', en: ['country', 'countries'] },
  people: { ja: '人', en: ['person', 'people'] },
  bases: { ja: '拠点', en: ['centre', 'centres'] },
  programs: { ja: 'プログラム', en: ['program', 'programs'] },
  'fiscal-year': { ja: '年度', en: ['', ''] },
  percent: { ja: '%', en: ['%', '%'] },
  credits: { ja: '単位', en: ['credit', 'credits'] },
  rank: { ja: '位', en: ['', ''] },
  calls: { ja: '回', en: ['call', 'calls'] },
  places: { ja: 'か所', en: ['place', 'places'] },
  institutions: { ja: '機関', en: ['institution', 'institutions'] },
};

/** A program fact's value in words: 5〜10百万円／年, 3〜5年, FY2009, 8th, 30%以上 / at least 30%. */
export function factValue(v: FactValue, l: Lang): string {
  if (v.unit === 'million-yen' || v.unit === 'million-yen-per-year') return millionYen(v.min, v.max, v.qualifier, l, v.unit === 'million-yen-per-year');
  if (v.unit === 'fiscal-year') {
    if (l === 'ja') return v.min === v.max ? fiscalYear(v.min, 'ja') : `${fiscalYear(v.min, 'ja')}〜${fiscalYear(v.max, 'ja')}`;
    return v.min === v.max ? `FY${v.min}` : `FY${v.min}–FY${v.max}`;
  }
  if (v.unit === 'years' && v.max < 1) return factValue({ ...v, min: v.min * 12, max: v.max * 12, unit: 'months' }, l);
  if (v.unit === 'years' && v.min < 1) {
    // 3か月〜1年
    return l === 'ja' ? `${num(v.min * 12, l)}か月〜${num(v.max, l)}年` : `${num(v.min * 12, l)} months to ${num(v.max, l)} year${v.max === 1 ? '' : 's'}`;
  }
  const w = UNIT_WORDS[v.unit];
  const range = v.min === v.max ? num(v.min, l) : l === 'ja' ? `${num(v.min, l)}〜${num(v.max, l)}` : `${num(v.min, l)}–${num(v.max, l)}`;
  if (l === 'ja') return QUALIFIER_JA[v.qualifier](`${range}${w.ja}`);
  if (v.unit === 'rank') return QUALIFIER_EN[v.qualifier](ordinal(v.min));
  if (v.unit === 'percent') return QUALIFIER_EN[v.qualifier](`${range}%`);
  return QUALIFIER_EN[v.qualifier](`${range} ${w.en[v.max === 1 && v.min === 1 ? 0 : 1]}`);
}

export function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}
