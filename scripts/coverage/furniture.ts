// Lines of the seeds that are page furniture, not content: coverage leaves them out of its count.
// One list, each entry with the reason a reader loses nothing when the line is on no page but the
// source document's. A rule matches a line's normalised text (NFKC, trimmed) in full.

export interface FurnitureRule {
  /** Seeds it applies to; all when omitted. */
  seeds?: readonly string[];
  /** Matched against the whole normalised line. */
  pattern: RegExp;
  reason: string;
}

export const FURNITURE: readonly FurnitureRule[] = [
  { pattern: /^\d{1,3}$/u, reason: 'a slide or page number' },
  { pattern: /^[-・•◆■●○※〇]*$/u, reason: 'a bullet or mark with no text' },
  {
    pattern: /^[^\s\d]$/u,
    reason: 'one character alone on a line: a letter of a label set vertically on a slide (背/景/・/課/題), read as the heading it spells',
  },
  { pattern: /^(?:\(|（)?参考(?:\)|）)?$/u, reason: 'the "reference" tag in a slide corner (参考)' },
  {
    pattern: /^[(（]?イメージ図[)）]?$/u,
    reason: 'the placeholder of a picture the text dump did not keep ((イメージ図), "illustration")',
  },
  {
    // A line of one or more of these labels (事業の目的・概要 事業スキーム ポイント is one line of 003).
    pattern: /^(?:(?:【(?:事業概要|事業の目的・概要|事業の目的・目標|事業スキーム|これまでの成果|事業の成果|ポイント|現状|対応|事業イメージ|全体スキーム|支援のスキーム)】|事業概要|背景[・·]課題|事業の目的・概要|事業スキーム|これまでの成果|事業の成果|ポイント) ?)+$/u,
    reason: "a slide's section label, repeated on every program slide (事業概要, 背景・課題, 【事業スキーム】, 【これまでの成果】 …): program pages have section headings of their own",
  },
  {
    seeds: ['003'],
    pattern: /^[ぁ-ゖ ]+$/u,
    reason: 'the readings (furigana) of names, printed above them on a slide',
  },
  {
    seeds: ['000'],
    pattern: /^[(（](?:国際共同研究プログラムの更なる推進|国際的な研究ネットワーク、研究拠点|グローバルに活躍する研究者の育成・確保)[)）](?: 海外→日本)?$/u,
    reason: 'the running header of a group of slides ((国際共同研究プログラムの更なる推進) …), repeated over each slide of the group',
  },
  { pattern: /^(?:発展|結果共有)$/u, reason: 'an arrow label or stamp of a slide diagram (発展, 結果共有), no statement of its own' },
];
