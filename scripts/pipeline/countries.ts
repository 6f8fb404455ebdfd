/**
 * Country names the documents use that the platform's Japanese names (Intl.DisplayNames, see
 * countryNames below) do not include: the established short forms. Every other name comes from the platform.
 */
const DOCUMENT_NAMES: Readonly<Record<string, string>> = {
  英国: 'GB',
  米国: 'US',
  アメリカ: 'US',
  南ア: 'ZA',
};

/** A country name as the seeds write it (NFKC-equivalent) → ISO 3166-1 alpha-2. */
export function countryIso(name: string): string | undefined {
  return countryNames.get(name.normalize('NFKC').trim());
}

const english = new Intl.DisplayNames(['en'], { type: 'region' });
export function countryNameEn(iso: string): string {
  return english.of(iso) ?? iso;
}

// ── Names in running text (the partners dataset) ──

/** Codes ISO 3166-1 reserves or leaves to users, which the platform still names (EU, UN, XA …). */
const NOT_COUNTRIES = /^(?:AA|AC|CP|CQ|DG|EA|EU|EZ|IC|TA|UN|Q[M-Z]|X[A-Z]|ZZ)$/;

/**
 * A current ISO 3166-1 alpha-2 country code: one the platform names and keeps as its own canonical
 * form (DD, SU, UK are aliases of DE, RU, GB), and not reserved.
 */
export function isIsoCountry(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.test(code)) return false;
  const named = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
  return named !== undefined && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}

const ALL_CODES = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))).filter(isIsoCountry);

/**
 * Names the documents use where the platform's Japanese differs and the documents' name is the
 * established one in Japanese government usage (英国, 米国 rather than イギリス, アメリカ合衆国).
 */
const ESTABLISHED: Readonly<Record<'ja' | 'en', Readonly<Record<string, string>>>> = { ja: { GB: '英国', US: '米国' }, en: {} };

/** A country's name in Japanese or English: the established name, else the platform's. */
export function countryName(iso: string, lang: 'ja' | 'en'): string {
  return ESTABLISHED[lang][iso] ?? new Intl.DisplayNames([lang], { type: 'region' }).of(iso) ?? iso;
}

/**
 * One-character names used in compounds after 日 (日英, 日米独, 日越共同研究) and before an agency
 * (米NSF, 独DFG). These are not in the platform's data.
 */
export const COUNTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  英: 'GB', 米: 'US', 独: 'DE', 仏: 'FR', 中: 'CN', 印: 'IN', 星: 'SG', 越: 'VN', 露: 'RU', 韓: 'KR', 豪: 'AU', 加: 'CA', 伊: 'IT',
};

/**
 * Every country name the seeds may use → ISO code: the platform's Japanese names of every country
 * and the documents' short forms (DOCUMENT_NAMES).
 */
export const countryNames: ReadonlyMap<string, string> = (() => {
  const ja = new Intl.DisplayNames(['ja'], { type: 'region', fallback: 'none' });
  const m = new Map<string, string>();
  for (const code of ALL_CODES) {
    const name = ja.of(code);
    if (!name) continue;
    m.set(name, code);
    // "ミャンマー (ビルマ)", "コンゴ民主共和国(キンシャサ)": also the name without its gloss.
    const bare = name.replace(/\s*[(（].*[)）]$/u, '');
    if (bare !== name && !m.has(bare)) m.set(bare, code);
  }
  for (const [name, code] of Object.entries(DOCUMENT_NAMES)) m.set(name, code);
  return m;
})();
