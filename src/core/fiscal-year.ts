/**
 * Japanese fiscal years (April to March) → Gregorian: 令和5年度 = FY2023, 平成31年度 = FY2019,
 * 令和元年度 = FY2019, H26 = FY2014, R5 = FY2023, 昭和57年度 = FY1982, 2018年度 = FY2018.
 * Era offsets come from the platform's Japanese calendar, not a hand-kept table.
 */

const eraFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

function readEraYear(date: Date): { era: string; year: number } {
  const parts = eraFormat.formatToParts(date);
  const era = parts.find((p) => p.type === 'era')?.value ?? '';
  const y = parts.find((p) => p.type === 'year')?.value ?? '';
  return { era, year: y === '元' ? 1 : Number(y) };
}

/** Era name → the Gregorian year of its year 0 (so that Gregorian = offset + era year). */
const ERA_OFFSETS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let year = 1869; year <= new Date().getUTCFullYear() + 1; year++) {
    const { era, year: eraYear } = readEraYear(new Date(Date.UTC(year, 11, 31)));
    if (era && !map.has(era)) map.set(era, year - eraYear);
  }
  return map;
})();

const ERA_INITIALS: Readonly<Record<string, string>> = { M: '明治', T: '大正', S: '昭和', H: '平成', R: '令和' };

export function eraOffset(era: string): number {
  const offset = ERA_OFFSETS.get(ERA_INITIALS[era.toUpperCase()] ?? era);
  if (offset === undefined) throw new Error(`unknown era "${era}"`);
  return offset;
}

export function eraYearToGregorian(era: string, year: number | '元'): number {
  return eraOffset(era) + (year === '元' ? 1 : year);
}

export interface ParsedFiscalYear {
  fiscalYear: number;
  /** The text that was read, as written (normalised). */
  label: string;
  /** Where in the (normalised) text it was found. */
  index: number;
}

// 令和5年度 / 令和元年度 / 平成28（2016） / H29年度 / R5 / 2018年度 / 31年度 (era from context) /
// 令和4年第2次補正 (a supplementary budget's year written without 度). 平成31年3月 is a date, not a fiscal year.
const FY_PATTERN =
  /(?<era>明治|大正|昭和|平成|令和)\s*(?<eraYear>\d{1,2}|元)\s*(?:(?:\(\d{4}\))?\s*(?:年度|年(?=\s*第\d次))|\(\d{4}\))|(?<![A-Za-z])(?<initial>[MTSHR])\s*(?<initialYear>\d{1,2})(?!\d)\s*(?:年度)?|(?<gregorian>(?:19|20)\d{2})\s*(?:年度|(?=~\s*(?:19|20)\d{2}\s*年度))|(?<![\d年])(?<bare>\d{1,2})\s*年度/gu;

/**
 * Every fiscal-year label in `text`, in order. Bare "31年度" needs `contextEra` (the era the
 * document writes in); without it such labels are skipped rather than guessed.
 */
export function findFiscalYears(text: string, contextEra?: string): ParsedFiscalYear[] {
  const out: ParsedFiscalYear[] = [];
  // Fold width and wave dashes only: callers use the indices on text they normalised themselves.
  const t = text.normalize('NFKC').replace(/[〜～]/g, '~');
  for (const m of t.matchAll(FY_PATTERN)) {
    const g = m.groups ?? {};
    let fy: number | undefined;
    if (g.era) fy = eraYearToGregorian(g.era, g.eraYear === '元' ? '元' : Number(g.eraYear));
    else if (g.initial) fy = eraYearToGregorian(g.initial, Number(g.initialYear));
    else if (g.gregorian) fy = Number(g.gregorian);
    else if (g.bare && contextEra) fy = eraYearToGregorian(contextEra, Number(g.bare));
    if (fy !== undefined) out.push({ fiscalYear: fy, label: m[0].trim(), index: m.index });
  }
  return out;
}

/** The one fiscal year `text` states; throws if it states none. */
export function parseFiscalYear(text: string, contextEra?: string): ParsedFiscalYear {
  const found = findFiscalYears(text, contextEra)[0];
  if (!found) throw new Error(`no fiscal year in "${text}"`);
  return found;
}

/** 前年度: the fiscal year before the one it accompanies. */
export function previousFiscalYear(fy: number): number {
  return fy - 1;
}

/** FY2023 → 令和5年度, for labels on the site. */
export function toJapaneseFiscalYearLabel(fiscalYear: number): string {
  const { era, year } = readEraYear(new Date(Date.UTC(fiscalYear, 6, 1)));
  return `${era}${year === 1 ? '元' : year}年度`;
}
