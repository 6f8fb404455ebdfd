import { describe, expect, it } from 'vitest';
import { factValue, qualified, qualifiedMillionYen } from '../../../src/core/facts.ts';
import type { FactValue } from '../../../src/schemas/datasets.ts';

const v = (min: number, max: number, unit: FactValue['unit'], qualifier: FactValue['qualifier'] = min === max ? 'exact' : 'range'): FactValue => ({ min, max, unit, qualifier, text: '' });

describe('core/facts: a program fact in words', () => {
  it('keeps the documents’ qualifiers in each language', () => {
    expect(qualified('5', 'about', 'ja')).toBe('約5');
    expect(qualified('5', 'up-to', 'ja')).toBe('最大5');
    expect(qualified('5', 'at-least', 'ja')).toBe('5以上');
    expect(qualified('5', 'about', 'en')).toBe('about 5');
    expect(qualified('5', 'at-least', 'en')).toBe('at least 5');
    expect(qualifiedMillionYen(5, 10, 'range', 'ja', true)).toBe('5～10百万円／年');
    expect(qualifiedMillionYen(1073, 1073, 'about', 'en')).toBe('about ¥1,073 million');
  });
  it('words counts with the plural English needs and the counter Japanese needs', () => {
    expect(factValue(v(1, 1, 'years'), 'en')).toBe('1 year');
    expect(factValue(v(1, 3, 'years'), 'en')).toBe('1–3 years');
    expect(factValue(v(1, 3, 'weeks'), 'ja')).toBe('1～3週間');
    expect(factValue(v(1, 1, 'countries'), 'en')).toBe('1 country');
    expect(factValue(v(12, 12, 'countries'), 'ja')).toBe('12か国');
    expect(factValue(v(1500, 1500, 'people', 'about'), 'en')).toBe('about 1,500 people');
    expect(factValue(v(20, 25, 'percent', 'about'), 'ja')).toBe('約20～25%');
  });
  it('turns short periods into months, and a period from months to years into both', () => {
    expect(factValue(v(0.5, 0.5, 'years'), 'ja')).toBe('6か月');
    expect(factValue(v(0.25, 0.5, 'years'), 'en')).toBe('3–6 months');
    expect(factValue(v(0.25, 2, 'years'), 'en')).toBe('3 months to 2 years');
    expect(factValue(v(0.25, 1, 'years'), 'en')).toBe('3 months to 1 year');
  });
  it('gives ranks as ordinals and fiscal years by era in Japanese', () => {
    expect(factValue(v(8, 8, 'rank'), 'ja')).toBe('8位');
    expect(factValue(v(22, 22, 'rank'), 'en')).toBe('22nd');
    expect(factValue(v(2014, 2017, 'fiscal-year'), 'ja')).toBe('平成26年度（2014年度）〜平成29年度（2017年度）');
    expect(factValue(v(2014, 2017, 'fiscal-year'), 'en')).toBe('FY2014–FY2017');
  });
});
