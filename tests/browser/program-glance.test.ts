// "At a glance" on program pages as a reader meets it: on every program page in both languages, every
// field is there with a value or "not stated", each figure in it links to a source line that holds it,
// it starts on the first screen at 1280 px, and on a phone it can be reached and read without sideways
// scrolling.
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../scripts/pipeline/text.ts';
import { GLANCE_FIELDS } from '../../scripts/site/program-glance.ts';
import { builtPages, limitFor, pagesIfBuilt, seedLines, useBuiltSite, type SitePage } from './site.ts';

let programs: SitePage[];
const programCount = pagesIfBuilt().filter((p) => p.kind === 'program').length;
const site = useBuiltSite(() => {
  programs = builtPages().filter((p) => p.kind === 'program');
});

const normalise = (s: string) => normalizeForMatch(s).replace(/\s+/g, '');

interface GlanceSeen {
  fields: { key: string | null; term: string; value: string; notStated: boolean }[];
  figures: { seed: string; line: number; written: string; text: string }[];
  top: number;
  bottom: number;
  /** Fields whose term starts within the first screen. */
  onFirstScreen: number;
  widest: number;
}

async function readGlance(width: number, height: number, only?: (p: SitePage) => boolean): Promise<Map<string, GlanceSeen | null>> {
  site.ready();
  const context = await site.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const seen = new Map<string, GlanceSeen | null>();
  try {
    for (const p of programs.filter(only ?? (() => true))) {
      await page.goto(site.server.origin + p.path, { waitUntil: 'domcontentloaded' });
      seen.set(
        p.path,
        await page.evaluate(() => {
          const dl = document.querySelector('main dl.glance');
          if (!dl) return null;
          const box = dl.getBoundingClientRect();
          const fields = [...dl.querySelectorAll(':scope > div')].map((div) => ({
            key: div.getAttribute('data-glance'),
            term: div.querySelector('dt')?.textContent?.trim() ?? '',
            value: div.querySelector('dd')?.textContent?.trim() ?? '',
            notStated: div.querySelector('dd > .not-stated') !== null,
          }));
          const figures = [...dl.querySelectorAll<HTMLAnchorElement>('a.figure')].map((a) => ({
            seed: a.dataset.seed ?? '',
            line: Number(a.dataset.line),
            written: a.dataset.written ?? '',
            text: a.textContent ?? '',
          }));
          const onFirstScreen = [...dl.querySelectorAll('dt')].filter((dt) => dt.getBoundingClientRect().top < window.innerHeight).length;
          const widest = Math.max(...[...dl.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right));
          return { fields, figures, top: box.top + window.scrollY, bottom: box.bottom + window.scrollY, onFirstScreen, widest };
        }),
      );
    }
  } finally {
    await context.close();
  }
  return seen;
}

const PHONE_CHECKED = ['sicorp', 'satreps', 'aspire', 'wpi', 'kakenhi-international-leading-research'];

let desktop: Promise<Map<string, GlanceSeen | null>> | undefined;
const atDesktop = () => (desktop ??= readGlance(1280, 800));

describe('at a glance on program pages', () => {
  it(
    'is on every program page in both languages with every field, each a value or "not stated"',
    async () => {
      const seen = await atDesktop();
      expect(programs.length).toBeGreaterThan(40);
      expect(new Set(programs.map((p) => p.lang))).toEqual(new Set(['ja', 'en']));
      for (const p of programs) {
        const g = seen.get(p.path);
        expect(g, `${p.path} has a glance`).toBeTruthy();
        expect(g!.fields.map((f) => f.key), p.path).toEqual([...GLANCE_FIELDS]);
        for (const f of g!.fields) {
          expect(f.term.length, `${p.path} ${f.key} term`).toBeGreaterThan(0);
          expect(f.value.length, `${p.path} ${f.key} value`).toBeGreaterThan(0);
          if (f.notStated) expect(f.value, `${p.path} ${f.key}`).toMatch(p.lang === 'en' ? /^not stated in the source documents$/ : /^資料に記載なし$/);
        }
      }
    },
    limitFor(programCount),
  );

  it(
    'links each figure in it to a source line that holds the figure',
    async () => {
      const seen = await atDesktop();
      const lines = new Map<string, string[]>();
      let figures = 0;
      for (const [path, g] of seen) {
        for (const f of g?.figures ?? []) {
          figures++;
          if (!lines.has(f.seed)) lines.set(f.seed, seedLines(f.seed));
          const line = lines.get(f.seed)![f.line - 1];
          expect(line, `${path}: ${f.text} cites ${f.seed}:${f.line}`).toBeDefined();
          expect(normalise(line!), `${path}: "${f.text}" as written "${f.written}" on ${f.seed}:${f.line}`).toContain(normalise(f.written));
        }
      }
      expect(figures).toBeGreaterThan(100);
    },
    limitFor(programCount),
  );

  it(
    'starts on the first screen at 1280 px, with what it is and who runs it in view',
    async () => {
      const seen = await atDesktop();
      for (const [path, g] of seen) {
        expect(g!.top, path).toBeLessThan(800);
        expect(g!.onFirstScreen, `${path}: fields whose term is on the first screen`).toBeGreaterThanOrEqual(2);
      }
    },
    limitFor(programCount),
  );

  it(
    'can be reached and read on a 390 px phone without sideways scrolling (the longest glances)',
    async () => {
      // The programs with the most types and figures, in both languages.
      const phone = await readGlance(390, 844, (p) => PHONE_CHECKED.some((id) => p.path.endsWith(`/programs/${id}/`)));
      expect(phone.size).toBe(PHONE_CHECKED.length * 2);
      for (const [path, g] of phone) {
        expect(g, path).toBeTruthy();
        expect(g!.widest, `${path}: the glance's widest element ends at`).toBeLessThanOrEqual(390);
        // Reached by scrolling past the title alone: it begins within the second screen.
        expect(g!.top, path).toBeLessThan(2 * 844);
      }
    },
    limitFor(PHONE_CHECKED.length * 2),
  );
});
