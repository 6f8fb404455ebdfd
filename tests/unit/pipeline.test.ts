import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { dataPackage, columnsOf } from '../../scripts/pipeline/emit.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { datasetRowSchemas, type DatasetName, type Source } from '../../src/schemas/datasets.ts';
import { tempDir, writeFiles } from './helpers.ts';

const site = { name: 'test', title: 'test', version: '0.0.0' };
const out = runPipeline('seeds', site);
const names = Object.keys(datasetRowSchemas) as DatasetName[];

/** Read a seed line independently of the pipeline's own parser. */
const seedLines = new Map(
  readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f.slice(0, 3), readFileSync(join('seeds', f), 'utf8').split('\n')]),
);

describe('seeds', () => {
  it('are the files received, byte for byte (SHA-256 as listed in seeds/SHA256SUMS)', () => {
    const listed = readFileSync('seeds/SHA256SUMS', 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/) as [string, string]);
    const files = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();
    expect(listed.map(([, f]) => f).sort()).toEqual(files);
    for (const [sum, file] of listed) {
      expect(createHash('sha256').update(readFileSync(join('seeds', file))).digest('hex'), file).toBe(sum);
    }
    // Where the shared originals are beside the repo (on CI they are), the copies equal them.
    const shared = '../shared/seeds';
    if (existsSync(shared)) {
      for (const file of readdirSync(shared)) expect(readFileSync(join('seeds', file)).equals(readFileSync(join(shared, file))), file).toBe(true);
    }
  });
});

describe('every emitted figure', () => {
  it("quotes its cited line of its seed verbatim (and so do the rows' context lines)", () => {
    let checked = 0;
    const check = (s: Source) => {
      const line = seedLines.get(s.seed)?.[s.line - 1];
      expect(line, `${s.seed}:${s.line}`).toBeDefined();
      expect(line!).toContain(s.quote);
      checked++;
    };
    for (const name of names) {
      for (const row of out.datasets[name] as Record<string, unknown>[]) {
        if (row.source) check(row.source as Source);
        for (const c of (row.context ?? row.datedBy ?? []) as Source[]) check(c);
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('has its number written on its cited line (budgets, invitees, shares, counts)', () => {
    const digits = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
    const onLine = (s: Source, text: string) => expect(seedLines.get(s.seed)![s.line - 1]!.normalize('NFKC')).toContain(text);
    for (const r of out.datasets['sakura-science']) onLine(r.source, digits(r.people));
    for (const r of out.datasets.coauthorship) onLine(r.source, `${r.sharePercent}%`);
    for (const r of out.datasets['aspire-trial-call'].filter((r) => r.breakdown !== 'adoptions-by-field')) onLine(r.source, String(r.count));
    for (const r of out.datasets.budgets) onLine(r.source, r.amountText.replace(/~/g, '～').normalize('NFKC'));
  });
});

describe('outputs', () => {
  it('are byte-identical from run to run', () => {
    const again = runPipeline('seeds', site);
    expect([...again.files.keys()]).toEqual([...out.files.keys()]);
    for (const [k, v] of out.files) expect(again.files.get(k), k).toBe(v);
  });

  it('have a CSV per dataset whose rows and columns match the JSON', () => {
    for (const name of names) {
      const csv = csvParse(out.files.get(`data/${name}.csv`)!);
      const json = JSON.parse(out.files.get(`data/${name}.json`)!) as { id: string }[];
      expect(csv.length, name).toBe(json.length);
      expect(csv.columns).toEqual(columnsOf(name).map((c) => c.name));
      expect(csv.map((r) => r.id)).toEqual(json.map((r) => r.id));
    }
  });

  it('describe every resource and field in English and Japanese in datapackage.json', () => {
    const pkg = JSON.parse(out.files.get('data/datapackage.json')!) as ReturnType<typeof dataPackage>;
    // Each dataset as CSV, and the same rows as an Excel workbook (written by build-data, tested in xlsx.test.ts).
    expect(pkg.resources.map((r) => r.name).sort()).toEqual([...names, ...names.map((n) => `${n}-xlsx`)].sort());
    for (const r of pkg.resources) {
      expect(r.title && r.titleJa && r.description && r.descriptionJa).toBeTruthy();
      if (r.format === 'xlsx') {
        expect(r.path).toBe(`${r.name.replace(/-xlsx$/, '')}.xlsx`);
        expect(r.schema).toEqual(pkg.resources.find((c) => `${c.name}-xlsx` === r.name)!.schema);
        continue;
      }
      expect(out.files.has(`data/${r.path}`)).toBe(true);
      const header = csvParse(out.files.get(`data/${r.path}`)!).columns;
      expect(r.schema.fields.map((f) => f.name)).toEqual(header);
      for (const f of r.schema.fields) expect(f.description && f.descriptionJa, `${r.name}.${f.name}`).toBeTruthy();
    }
  });

  it('list each dataset in the manifest with its row count and the seeds it draws on', () => {
    for (const d of out.manifest.datasets) {
      expect(d.rows).toBe(out.datasets[d.name].length);
      expect(d.seeds.length).toBeGreaterThan(0);
      expect(d.bytes.csv).toBe(Buffer.byteLength(out.files.get(`data/${d.name}.csv`)!));
    }
  });
});

describe('program facts', () => {
  const facts = out.datasets['program-facts'];
  it('keep both versions where a funding type changed between documents', () => {
    // SICORP's Consortium type: 30–50 million yen a year in 000 and 002, 20–30 in 003.
    const consortium = facts.filter((f) => f.program === 'sicorp' && f.scheme === 'Consortium Joint Research Type' && f.metric === 'support-per-project-year');
    expect(new Set(consortium.map((f) => `${f.value.min}-${f.value.max}`)).size).toBeGreaterThan(1);
    expect(new Set(consortium.map((f) => f.source.seed))).toEqual(new Set(['000', '002', '003']));
  });
  it('tell planned figures and rules of a scheme from actual counts', () => {
    expect(facts.filter((f) => f.status === 'planned').length).toBeGreaterThan(5);
    for (const f of facts.filter((f) => f.value.unit === 'million-yen-per-year' || f.value.unit === 'years')) expect(['rule', 'planned']).toContain(f.status);
  });
});

describe('bad input', { timeout: 60_000 }, () => {
  const tsx = join('node_modules', '.bin', 'tsx');
  const run = (seedDir: string, outDir: string) =>
    spawnSync(tsx, ['scripts/build-data.ts'], { env: { ...process.env, SEED_DIR: seedDir, OUT_DIR: outDir, DOCS_DIR: join(outDir, '..', 'docs') }, encoding: 'utf8' });

  /** A copy of the real seeds with one file changed; returns its directory. */
  const seedsWith = (file: string, content: string | Uint8Array | null) => {
    const dir = tempDir('seeds');
    cpSync('seeds', dir, { recursive: true });
    if (content === null) writeFileSync(join(dir, file), '');
    else writeFiles(dir, { [file]: content });
    return dir;
  };
  const previous = () => {
    const dir = join(tempDir('out'), 'generated');
    execFileSync(tsx, ['scripts/build-data.ts'], { env: { ...process.env, OUT_DIR: dir, DOCS_DIR: join(dir, '..', 'docs') } });
    return { dir, before: readFileSync(join(dir, 'data', 'budgets.json')), page: readFileSync(join(dir, '..', 'docs', 'programs', 'sicorp.mdx')) };
  };
  const seed = (id: string) => readdirSync('seeds').find((f) => f.startsWith(id))!;
  const text = (id: string) => readFileSync(join('seeds', seed(id)), 'utf8');

  it.each([
    ['not UTF-8', '001', () => Buffer.concat([Buffer.from(text('001').split('\n').slice(0, 4).join('\n') + '\n'), Buffer.from([0xff, 0xfe, 0x0a])]), /001_[0-9a-f]+\.txt:5: not valid UTF-8/],
    ['empty', '002', () => null, /002_[0-9a-f]+\.txt:1: the seed is empty/],
    ['a figure that does not parse', '003', () => text('003').replace('令和5年度予算額            1,073百万円', '令和5年度予算額            千七十三百万円'), /003_[0-9a-f]+\.txt:357: no amount after the budget label reads as yen: "令和5年度予算額 {12}千七十三百万円"/],
    ['a total that no longer adds up', '000', () => text('000').replace('合 計 19,298人', '合 計 19,299人'), /000_[0-9a-f]+\.txt:186: the stated total 19299 does not equal the sum 19298/],
    ['a quote the pipeline relies on is gone', '004', () => text('004').replace('相手国別提案案件数', '相手国別の提案'), /004_[0-9a-f]+\.txt:1: no line contains "相手国別提案案件数"/],
  ])('%s: file:line: message, exit 1, previous output intact', (_what, id, content, message) => {
    const { dir, before, page } = previous();
    const result = run(seedsWith(seed(id), content() as string | Uint8Array | null), dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/left as they were/);
    expect(readFileSync(join(dir, 'data', 'budgets.json')).equals(before)).toBe(true);
    expect(readFileSync(join(dir, '..', 'docs', 'programs', 'sicorp.mdx')).equals(page)).toBe(true);
    // Nothing half-written is left beside the outputs.
    expect(readdirSync(join(dir, '..')).sort()).toEqual(['docs', 'generated']);
    expect(readdirSync(join(dir, '..', 'docs')).sort()).toEqual(['countries', 'en', 'programs', 'sources', 'topics']);
  });

  it('a seed with no catalogue record is refused', () => {
    const dir = seedsWith('005_new.txt', '新しい資料\n');
    const result = run(dir, join(tempDir('out'), 'generated'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/catalogue\.json:1: no record for seed 005/);
  });
});
