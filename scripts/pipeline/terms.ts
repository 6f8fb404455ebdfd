import { SeedError } from './errors.ts';

/** English for the seeds' field and funder names: the site's glossary draws on the same words. */
const FIELDS: Readonly<Record<string, string>> = {
  バイオ: 'Biotechnology',
  'AI・情報': 'AI and informatics',
  マテリアル: 'Materials',
  半導体: 'Semiconductors',
  エネルギー: 'Energy',
  量子: 'Quantum',
  通信: 'Communications',
};

const FUNDERS: Readonly<Record<string, string>> = {
  民間等: 'Private and other',
  公的研究機関: 'Public research institution',
  // The seed writes CHIR for the Canadian Institutes of Health Research (CIHR).
  CHIR: 'CIHR',
};

export function fieldEn(field: string, file: string, line: number): string {
  const en = FIELDS[field];
  if (!en) throw new SeedError(file, line, `no English name for the field "${field}" (add it to scripts/pipeline/terms.ts)`);
  return en;
}

/** Funders the seed names by acronym keep it; the others need an entry. */
export function funderEn(funder: string, file: string, line: number): string {
  const en = FUNDERS[funder] ?? (/^[A-Z]{2,6}$/.test(funder) ? funder : undefined);
  if (!en) throw new SeedError(file, line, `no English name for the funder "${funder}" (add it to scripts/pipeline/terms.ts)`);
  return en;
}
