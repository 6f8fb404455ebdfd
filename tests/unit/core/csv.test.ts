import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { csvText, neutraliseCell, toCsv } from '../../../src/core/csv.ts';

describe('core/csv', () => {
  it('writes a header row, quotes fields that need it and ends every line with LF', () => {
    expect(toCsv([{ a: 'x,y', b: 'say "hi"', c: null, d: 3 }], ['a', 'b', 'c', 'd'])).toBe('a,b,c,d\n"x,y","say ""hi""",,3\n');
    expect(toCsv([{ a: 'two\nlines', b: true }], ['a', 'b'])).toBe('a,b\n"two\nlines",true\n');
  });
  it('gives an empty cell for a missing column and keeps column order', () => {
    expect(toCsv([{ b: 2, a: 1 }, { a: 3 }], ['a', 'b'])).toBe('a,b\n1,2\n3,\n');
  });
  it('neutralises text cells a spreadsheet would read as formulas (= + - @ tab CR)', () => {
    for (const s of ['=SUM(A1:A2)', '+1', '-2+3', '@cmd', '\tx', '\rx']) expect(neutraliseCell(s)).toBe(`'${s}`);
    for (const s of ['SUM', '1=1', 'a-b', '', '令和5年度']) expect(neutraliseCell(s)).toBe(s);
    // Numbers stay numbers, even negative ones; booleans and null too.
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(true)).toBe(true);
    expect(neutraliseCell(null)).toBeNull();
  });
  it('neutralises every cell it writes, and the result parses back to the neutralised text', () => {
    const text = csvText([['h'], ['=HYPERLINK("http://x")'], [-1]]);
    expect(csvParseRows(text)).toEqual([['h'], ['\'=HYPERLINK("http://x")'], ['-1']]);
  });
  it('writes nothing for no rows', () => {
    expect(csvText([])).toBe('');
  });
});
