import { createHash } from 'node:crypto';
import type { Correction } from '../editorial/schema.ts';
import { SeedError } from './errors.ts';
import { locate, type Seed, type SeedLine } from './seed.ts';
import { normalizeForMatch } from './text.ts';

/** A correction as applied: where, what was written, what we print, and why. */
export interface AppliedCorrection {
  seed: string;
  line: number;
  asWritten: string;
  corrected: string;
  why: { ja: string; en: string };
  /** The line as written, for the errata page. */
  quote: string;
}

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆〇`;
const FULLWIDTH_PUNCT = String.raw`、。，．・：；？！「」『』（）［］【】〈〉《》〔〕｛｝～—―…‥`;
// \p{Co}: a private-use code point (U+F075 …), a symbol-font bullet the conversion to text left as it was.
const BULLET = /^(?:[-•✓▷➢◆○■◇●・※\p{Co}]|\d+[.．]|[①-⑳])/u;
/** List marks dropped from the start of a line (the paragraph break they make is kept). */
const LIST_MARK = /^[\s\u3000]*(?:[-•✓▷➢◆○■◇●\p{Co}][\s\u3000]*)+/u;
/** A list mark after a leading label (「【対応】 • 大学学部…」): dropped, the label kept. */
const LABEL_THEN_MARK = /^([\s\u3000]*【[^】]*】)[\s\u3000]*(?:[-•✓▷➢◆○■◇●\p{Co}][\s\u3000]*)+/u;
/** Private-use code points anywhere else: glyphs of a symbol font with no meaning in Unicode. */
const PRIVATE_USE = /\p{Co}/gu;
/** A line wrapped at the page's full width; one ending inside a word and followed by a blank line was cut by a page break. */
const FULL_WIDTH_LINE = 50;
const ENDS_IN_WORD = new RegExp(`[${CJK}]$`, 'u');
// Kanji or katakana: text going on in hiragana is a cut sentence (the rule before).
const STARTS_IN_WORD = /^[\p{Script=Han}\p{Script=Katakana}ー々]/u;
/** Sentence ends: a paragraph ending otherwise, followed by one starting in hiragana, is one sentence split by a page. */
const SENTENCE_END = /[。．.！？!?」』）)]$/u;
const STARTS_HIRAGANA = /^\p{Script=Hiragana}/u;

/**
 * The cleaning every quoted passage gets, beyond the listed corrections: no line breaks inside a
 * sentence (a PDF artefact), no spaces between Japanese characters or before and after full-width
 * punctuation, no Markdown bold markers from the conversion to text, no list dashes and ticks.
 */
export const CLEANING_RULES = {
  ja: [
    '文中の改行（PDFの折り返し）を除いた。',
    '全角の約物の前後、カタカナ語の中、ひらがなの前の空白、および字間に空白を入れた行の文字間の空白を除いた（氏名や見出しと内容の間など語の区切りの空白は残した）。',
    'テキスト変換で生じた強調記号（**）と行頭の箇条書きの記号（-、•、✓、▷、➢、◆、○、■、◇、●）を除いた。',
    'ページの区切りで分かれた文（空行の後がひらがなで始まり、前の行が文末でないもの）を一つにつないだ。',
    'ページの区切りで分かれた語（紙面の幅いっぱいの行が語の途中で終わり、空行の後に続きがあるもの。例：「社会実」＋「装」→「社会実装」、「収容」＋「定員」→「収容定員」）を一つにつないだ。',
    'PDFの記号フォントの文字がテキスト変換で私用領域の文字（U+F075など、Unicodeで意味を持たない字）として残ったものを除いた。行頭のものは箇条書きの記号として扱った。',
    '行頭の見出し（【対応】など）の直後に残った箇条書きの記号（「【対応】 • 大学学部…」の「•」）を除いた。',
  ],
  en: [
    'Line breaks inside sentences (where the PDF wrapped lines) are removed.',
    'Spaces around full-width punctuation are removed, and so are spaces inside a katakana word, before hiragana, and between all Japanese characters where a line is letter-spaced; a space between Japanese words (a name, a label and its value) is kept.',
    'Bold markers (**) left by the conversion to text, and leading list marks (-, •, ✓, ▷, ➢, ◆, ○, ■, ◇, ●), are removed.',
    'A sentence split by a page break (a blank line, after which the text goes on in hiragana and before which no sentence ended) is joined again.',
    'A word split by a page break (a line filled to the page width that ends inside a word, with the rest after a blank line) is joined again: 社会実 + 装 → 社会実装 (put into practice), 収容 + 定員 → 収容定員 (enrolment capacity).',
    'Characters of a PDF symbol font that the conversion to text left as private-use code points (U+F075 and the like, which mean nothing in Unicode) are removed; at the start of a line they are treated as list marks.',
    'A list mark left after a leading label (the • in 「【対応】 • 大学学部…」) is removed, and the label kept.',
  ],
};

const LETTER_SPACED = new RegExp(`(?:^|\\s)[${CJK}](?=\\s)`, 'gu');

function tidyLine(text: string): string {
  // "深 さ 2900km ） ま で を 構成 す る": letter-spaced, so every space between Japanese characters
  // goes; "H21採択課題 葭村雄二 産業技術総合研究所": the spaces separate words and stay.
  const letterSpaced = (text.match(LETTER_SPACED) ?? []).length >= 3;
  const t = text.replace(/\*\*/g, '').replace(LABEL_THEN_MARK, '$1').replace(LIST_MARK, '').replace(PRIVATE_USE, '');
  const spaced = letterSpaced
    ? t.replace(new RegExp(`(?<=[${CJK}${FULLWIDTH_PUNCT}])[ \\t\\u3000]+(?=[${CJK}${FULLWIDTH_PUNCT}])`, 'gu'), '')
    : // Inside a word or before a particle a space is an artefact: "ネット ワーク", "公募 を".
      t.replace(new RegExp(`(?<=[${CJK}])[ \\t\\u3000](?=\\p{Script=Hiragana})|(?<=\\p{Script=Katakana}|ー)[ \\t\\u3000](?=\\p{Script=Katakana})`, 'gu'), '');
  return spaced
    .replace(new RegExp(`[ \\t\\u3000]+(?=[${FULLWIDTH_PUNCT}])|(?<=[${FULLWIDTH_PUNCT}])[ \\t\\u3000]+`, 'gu'), '')
    .replace(/[ \t\u3000]+/g, ' ')
    .trim();
}

/** Join the lines of one paragraph: Japanese wraps need no space; "for\nSDGs" keeps one. */
function joinWrapped(lines: string[]): string {
  return lines.reduce((acc, line) => {
    if (!acc) return line;
    const ascii = /[A-Za-z0-9,.;:)]$/.test(acc) && /^[A-Za-z0-9(]/.test(line);
    return acc + (ascii ? ' ' : '') + line;
  }, '');
}

/** Apply the corrections listed for these lines; each must match its line exactly once. */
export function correctLines(seed: Seed, lines: SeedLine[], corrections: readonly Correction[]): { texts: string[]; applied: AppliedCorrection[] } {
  const texts = lines.map((l) => l.text);
  const applied: AppliedCorrection[] = [];
  const done = new Map<string, string>();
  for (const c of corrections.filter((c) => c.seed === seed.id)) {
    const target = locate(seed, c.at);
    const i = lines.findIndex((l) => l.n === target.n);
    if (i < 0) continue;
    // The same correction may be listed by several programs (or the timeline) that quote the line.
    const key = `${target.n}|${c.asWritten}`;
    if (done.has(key)) {
      if (done.get(key) !== c.corrected) throw new SeedError(seed.path, target.n, `two corrections of "${c.asWritten}" on this line disagree ("${done.get(key)}", "${c.corrected}")`);
      continue;
    }
    done.set(key, c.corrected);
    const count = texts[i]!.split(c.asWritten).length - 1;
    if (count !== 1) throw new SeedError(seed.path, target.n, `the correction of "${c.asWritten}" expects it once on this line, found ${count}`);
    texts[i] = texts[i]!.replace(c.asWritten, c.corrected);
    applied.push({ seed: seed.id, line: target.n, asWritten: c.asWritten, corrected: c.corrected, why: c.why, quote: target.text.trim() });
  }
  return { texts, applied };
}

/** Cleaned paragraphs of a passage: blank lines, list marks and `breakBefore` lines start a new paragraph. */
export function cleanParagraphs(texts: string[], breakBefore: readonly string[] = [], joinBefore: readonly string[] = []): string[] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  const breaks = breakBefore.map((b) => normalizeForMatch(b));
  const joins = joinBefore.map((b) => normalizeForMatch(b));
  // The last line before a blank line, as written: a full-width line ending inside a word continues after it.
  let lastLine = '';
  for (const raw of texts) {
    if (current.length && breaks.some((b) => normalizeForMatch(raw).includes(b))) {
      paragraphs.push(current);
      current = [];
    }
    const tidy = tidyLine(raw);
    if (tidy === '') {
      if (current.length) paragraphs.push(current);
      current = [];
      continue;
    }
    // A page break inside a sentence or a word: rejoin the paragraph it cut.
    const last = paragraphs.at(-1);
    const joined = joins.some((j) => normalizeForMatch(raw).includes(j));
    const bullet = BULLET.test(raw.trim()) || raw.trim().startsWith('【');
    const cutSentence = last && !SENTENCE_END.test(last.at(-1)!) && STARTS_HIRAGANA.test(tidy) && !bullet;
    const cutWord = last && [...lastLine.trim()].length >= FULL_WIDTH_LINE && ENDS_IN_WORD.test(last.at(-1)!) && STARTS_IN_WORD.test(tidy) && !bullet;
    if (current.length === 0 && last && (joined || cutSentence || cutWord)) {
      current = paragraphs.pop()!;
    }
    lastLine = raw;
    if (BULLET.test(raw.trim()) && current.length) {
      paragraphs.push(current);
      current = [];
    }
    current.push(tidy);
  }
  if (current.length) paragraphs.push(current);
  return paragraphs.map(joinWrapped).filter((p) => p !== '');
}

/**
 * Where the cleanings that touch particular lines apply in a document, for the errata page: the
 * rule's index in CLEANING_RULES and the lines (a word cut: the line that ends inside the word).
 */
export function cleaningSites(seed: Seed): { rule: number; lines: number[] }[] {
  const lines = seed.lines;
  const next = (i: number) => lines[i + 2]?.text ?? '';
  const wordCut = lines.filter(
    (l, i) =>
      [...l.text.trim()].length >= FULL_WIDTH_LINE &&
      ENDS_IN_WORD.test(tidyLine(l.text)) &&
      lines[i + 1]?.text.trim() === '' &&
      STARTS_IN_WORD.test(tidyLine(next(i))) &&
      !BULLET.test(next(i).trim()) &&
      !next(i).trim().startsWith('【'),
  );
  return [
    { rule: RULE.wordCut, lines: wordCut.map((l) => l.n) },
    { rule: RULE.privateUse, lines: lines.filter((l) => /\p{Co}/u.test(l.text)).map((l) => l.n) },
    { rule: RULE.labelThenMark, lines: lines.filter((l) => LABEL_THEN_MARK.test(l.text)).map((l) => l.n) },
  ].filter((x) => x.lines.length > 0);
}

/** The index in CLEANING_RULES of the rules cleaningSites reports. */
const RULE = { wordCut: 4, privateUse: 5, labelThenMark: 6 } as const;

export const jaHash = (paragraphs: string[]) => createHash('sha256').update(paragraphs.join('\n\n')).digest('hex').slice(0, 12);
