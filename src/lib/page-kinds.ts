/** The kinds of page the site has (frontmatter `pageKind`), with the labels readers see in search filters. */
export const PAGE_KINDS = ['home', 'data', 'program', 'topic', 'source', 'errata'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const pageKindLabels: Record<PageKind, { ja: string; en: string }> = {
  home: { ja: 'ホーム', en: 'Home' },
  data: { ja: 'データ', en: 'Data' },
  program: { ja: 'プログラム', en: 'Program' },
  topic: { ja: 'トピック', en: 'Topic' },
  source: { ja: '出典資料', en: 'Source document' },
  errata: { ja: '正誤表', en: 'Errata' },
};
