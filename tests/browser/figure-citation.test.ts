// "Cite this figure" on the built site: every chart figure carries its own citation, whose URL is the
// figure's anchor on the page it stands on, with its title, and whose BibTeX and RIS citation-js
// reads back to the same figure; the page's own citation stays. Read from the built HTML, as served
// without JavaScript (the citation is a <details> with the text in it).
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { builtPages, htmlOf } from './site.ts';

const SITE = process.env.SITE_URL ?? 'https://japan-sti-cooperation.example';

const decode = (s: string) =>
  s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|#39));/gi, (_, dec: string, hex: string, name: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" } as Record<string, string>)[name.toLowerCase()]!,
  );
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ''));

interface CitedFigure {
  page: string;
  id: string;
  title: string;
  url: string;
  formats: Record<string, string>;
}

/** Every <figure class="chart-figure"> of every built page, with its citation's parts. */
function citedFigures(): { figures: CitedFigure[]; uncited: string[] } {
  const figures: CitedFigure[] = [];
  const uncited: string[] = [];
  for (const { path } of builtPages()) {
    const html = htmlOf(path);
    for (const m of html.matchAll(/<figure class="chart-figure[^"]*"[^>]*\bid="(fig-[^"]+)"[^>]*>([\s\S]*?)<\/figure>/g)) {
      const [, id, body] = m as unknown as [string, string, string];
      const title = textOf(/<h[234][^>]*class="chart-title[^"]*"[^>]*>([\s\S]*?)<\/h[234]>/.exec(body)?.[1] ?? '');
      const cite = /<details class="figure-cite[^"]*"[^>]*data-cite-url="([^"]+)"[^>]*>([\s\S]*?)<\/details>/.exec(body);
      if (!cite) {
        uncited.push(`${path}#${id}`);
        continue;
      }
      const formats = Object.fromEntries([...cite[2]!.matchAll(/<pre[^>]*data-format="([^"]+)"[^>]*>([\s\S]*?)<\/pre>/g)].map((p) => [p[1]!, textOf(p[2]!)]));
      figures.push({ page: path, id, title, url: decode(cite[1]!), formats });
    }
  }
  return { figures, uncited };
}

describe('cite this figure', () => {
  const { figures, uncited } = citedFigures();

  it('is on every figure of the site, in both languages', () => {
    expect(uncited).toEqual([]);
    expect(figures.length).toBeGreaterThan(10);
    expect(new Set(figures.map((f) => (f.page.startsWith('/en/') ? 'en' : 'ja')))).toEqual(new Set(['ja', 'en']));
  });

  it("gives the figure's own anchor on its page as the URL, in every format", () => {
    for (const f of figures) {
      const url = new URL(`${f.page}#${f.id}`, SITE).href;
      expect(f.url, f.page).toBe(url);
      expect(Object.keys(f.formats).sort(), `${f.page}#${f.id}`).toEqual(['bibtex', 'csl-json', 'ris']);
      for (const [format, text] of Object.entries(f.formats)) expect(text, `${f.page}#${f.id} ${format}`).toContain(url);
    }
  });

  it('parses as BibTeX and RIS with citation-js, to the figure with its title, date and source documents', () => {
    for (const f of figures) {
      const where = `${f.page}#${f.id}`;
      const csl = JSON.parse(f.formats['csl-json']!) as { type: string; title: string; URL: string; issued: { 'date-parts': number[][] }; note: string }[];
      expect(csl, where).toHaveLength(1);
      expect(csl[0]!.type, where).toBe('figure');
      expect(csl[0]!.title, where).toBe(f.title);
      for (const [format, text] of [['bibtex', f.formats.bibtex!], ['ris', f.formats.ris!]] as const) {
        const items = new Cite(text).data as { type: string; title: string; URL: string; issued?: { 'date-parts': number[][] } }[];
        expect(items, `${where} ${format}`).toHaveLength(1);
        const item = items[0]!;
        expect(item.URL, `${where} ${format}`).toBe(f.url);
        expect(item.title.replace(/[{}]/g, ''), `${where} ${format}`).toBe(f.title);
        expect(item.issued?.['date-parts'][0]?.[0], `${where} ${format}`).toBe(csl[0]!.issued['date-parts'][0]![0]);
      }
      // The documents it plots are named in the note.
      expect(csl[0]!.note, where).toMatch(/MEXT|文部科学省|JST|科学技術振興機構/);
    }
  });

  it('leaves the page citation in place', () => {
    for (const page of new Set(figures.map((f) => f.page))) expect(htmlOf(page), page).toMatch(/class="cite-this[\s"]/);
  });
});
