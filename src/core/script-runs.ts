/**
 * Split text into Japanese and other runs, so English pages can mark each Japanese word or phrase
 * with lang="ja" (screen readers switch voice, browsers pick Japanese fonts and line breaking).
 * "Amounts in million yen (百万円; 1億円 = …)" → […, { ja: true, text: '百万円' }, …, { ja: true, text: '1億円' }, …].
 */
export interface ScriptRun {
  text: string;
  ja: boolean;
}

const JA = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆〇（）「」『』、。・：；～〜【】＜＞％＋－＝！？　`;
const RUN = new RegExp(String.raw`(?:[0-9０-９,.]*[${JA}]+)+`, 'gu');

export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), ja: false });
    runs.push({ text: m[0], ja: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), ja: false });
  return runs;
}
