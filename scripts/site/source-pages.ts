import type { SeedRecord } from '../../src/schemas/datasets.ts';
import type { AppliedCorrection } from '../pipeline/clean.ts';
import { CLEANING_RULES } from '../pipeline/clean.ts';
import type { Lang } from './format.ts';
import { lang as inLang, link, pageText, table, yamlString } from './mdx.ts';
import { sourceHref } from './program-page.ts';


/** A source document's page: its record, then its full text with a numbered, linkable line each. */
export function sourcePage(rec: SeedRecord, l: Lang): string {
  // src/content/docs/sources/000.mdx → src/components; one level deeper under en/.
  const components = l === 'ja' ? '../../../components' : '../../../../components';
  const title = l === 'ja' ? `資料${rec.id}：${rec.titleJa}` : `Document ${rec.id}: ${rec.titleEn}`;
  const rows: [string, string][] =
    l === 'ja'
      ? [
          ['表題', pageText(l, rec.titleJa)],
          ['英訳題', inLang('en', rec.titleEn)],
          ['発行', pageText(l, rec.issuer.ja)],
          ['種類', pageText(l, rec.kind.ja)],
          ['時点', `${pageText(l, rec.date)}。${pageText(l, rec.dateNote.ja)}`],
          ['時点の根拠', rec.datedBy.map((s) => link(`${s.line}行`, `#L${s.line}`)).join('、')],
          ['行数', pageText(l, String(rec.lines))],
          ['ファイル', `${link(rec.file, `/data/seeds/${rec.file}`)}（SHA-256 <code>${rec.sha256}</code>）`],
        ]
      : [
          ['Title', inLang('ja', rec.titleJa)],
          ['Title in English', pageText(l, rec.titleEn)],
          ['Issued by', pageText(l, rec.issuer.en)],
          ['Kind', pageText(l, rec.kind.en)],
          ['Date', `${pageText(l, rec.date)}. ${pageText(l, rec.dateNote.en)}`],
          ['Dated by', rec.datedBy.map((s) => link(`line ${s.line}`, `#L${s.line}`)).join(', ')],
          ['Lines', pageText(l, String(rec.lines))],
          ['File', `${link(rec.file, `/data/seeds/${rec.file}`)} (SHA-256 <code>${rec.sha256}</code>)`],
        ];
  const intro =
    l === 'ja'
      ? 'この資料の全文を、受け取ったとおりに行番号つきで掲載する（PDFをテキスト化したもので、改行や空白の乱れを含む）。本サイトの引用はすべてこの行番号にリンクしている。'
      : 'The full text of this document as received, with line numbers (it was converted from PDF to text, so line breaks and spaces are irregular). Every citation on this site links to a line here. The text is in Japanese.';
  return [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(l === 'ja' ? `${rec.titleJa}（${rec.issuer.ja}、${rec.date}）の全文と書誌情報` : `Full text and record of "${rec.titleEn}" (${rec.issuer.en}, ${rec.date})`)}`,
    'sidebar:',
    `  label: ${yamlString(l === 'ja' ? `資料${rec.id}` : `Document ${rec.id}`)}`,
    `  order: ${Number(rec.id) + 1}`,
    'pageKind: source',
    `sources: ["${rec.id}"]`,
    '---',
    '',
    `import SourceText from '${components}/SourceText.astro';`,
    '',
    pageText(l, intro),
    '',
    table(l === 'ja' ? ['項目', '内容'] : ['Field', 'Value'], rows.map(([k, v]) => [pageText(l, k), v])),
    `## ${l === 'ja' ? '本文' : 'Text (Japanese)'}`,
    '',
    `<SourceText seed="${rec.id}" lang="${l}" />`,
    '',
  ].join('\n');
}

export function errataPage(corrections: AppliedCorrection[], seeds: ReadonlyMap<string, SeedRecord>, l: Lang): string {
  const sorted = [...corrections].sort((a, b) => a.seed.localeCompare(b.seed) || a.line - b.line);
  const header = l === 'ja' ? ['資料・行', '原文の表記', '訂正後', '理由'] : ['Document, line', 'As written', 'As corrected', 'Why'];
  const rows = sorted.map((c) => [
    link(l === 'ja' ? `資料${c.seed} ${c.line}行` : `${c.seed}, line ${c.line}`, sourceHref(l, c.seed, c.line)),
    l === 'ja' ? pageText(l, c.asWritten) : inLang('ja', c.asWritten),
    c.corrected === '' ? pageText(l, l === 'ja' ? '（削除）' : '(removed)') : l === 'ja' ? pageText(l, c.corrected) : inLang('ja', c.corrected),
    pageText(l, c.why[l]),
  ]);
  const intro =
    l === 'ja'
      ? '本サイトが資料の本文を引用する際に行った訂正の一覧。資料のページ（出典）には原文をそのまま掲載している。以下の訂正のほか、すべての引用に次の整形を行った。'
      : "Every correction this site makes where it quotes the documents' text. The source pages show the text exactly as received. Besides the corrections below, every quotation is tidied as follows.";
  return [
    '---',
    `title: ${yamlString(l === 'ja' ? '正誤表' : 'Errata')}`,
    `description: ${yamlString(l === 'ja' ? '資料の本文に対して本サイトが行った訂正の一覧' : "Corrections this site makes to the documents' text")}`,
    'sidebar:',
    `  order: 0`,
    'pageKind: errata',
    `sources: ${JSON.stringify([...new Set(sorted.map((c) => c.seed))].sort())}`,
    '---',
    '',
    pageText(l, intro),
    '',
    CLEANING_RULES[l].map((r) => `- ${pageText(l, r)}`).join('\n'),
    '',
    `## ${l === 'ja' ? '訂正の一覧' : 'Corrections'}`,
    '',
    rows.length ? table(header, rows) : pageText(l, l === 'ja' ? '訂正はない。' : 'There are no corrections.'),
    '',
    pageText(l, l === 'ja' ? `対象の資料：${[...seeds.keys()].join('、')}` : `Documents: ${[...seeds.keys()].join(', ')}`),
    '',
  ].join('\n');
}
