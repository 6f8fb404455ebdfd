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
  { pattern: /^(?:発展|結果共有)$/u, reason: 'an arrow label or stamp of a slide diagram (発展, 結果共有), no statement of its own' },
];
