// Build-time access to the pipeline's output directory, generated/ (see scripts/build-data.ts).
// Everything is read with node:fs rather than imported, so the bytes served under /data/ are the
// pipeline's bytes, and a missing or malformed generated/ fails the build with a message saying why.
import { readFile, readdir, stat } from 'node:fs/promises';
import { z } from 'astro/zod';
import { LANGS, type Lang } from '../core/locales.ts';
import { Manifest, SeedRecord, datasetRowSchemas, type DatasetName, type DatasetRows } from '../schemas/datasets.ts';

/** Content types for the files served under /data/; any other extension fails the build. */
const contentTypes: Readonly<Record<string, string>> = {
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function generatedDir(root: URL): URL {
  return new URL('generated/', root);
}

export function dataDir(root: URL): URL {
  return new URL('data/', generatedDir(root));
}

async function readGeneratedJson(root: URL, relativePath: string): Promise<unknown> {
  const url = new URL(relativePath, generatedDir(root));
  let text: string;
  try {
    text = await readFile(url, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`generated/${relativePath} is missing: run \`npm run data\` before building the site.`);
    }
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`generated/${relativePath} is not valid JSON: ${(error as Error).message}`);
  }
}

function parseOrExplain<T>(schema: z.ZodType<T>, value: unknown, relativePath: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`generated/${relativePath} does not match its schema:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export async function readManifest(root: URL): Promise<Manifest> {
  return parseOrExplain(Manifest, await readGeneratedJson(root, 'manifest.json'), 'manifest.json');
}

export async function readSeedCatalogue(root: URL): Promise<SeedRecord[]> {
  return parseOrExplain(z.array(SeedRecord), await readGeneratedJson(root, 'seeds.json'), 'seeds.json');
}

export function contentTypeOf(fileName: string): string {
  const extension = fileName.slice(fileName.lastIndexOf('.')).toLowerCase();
  const type = contentTypes[extension];
  if (type === undefined) {
    throw new Error(`generated/data/${fileName}: no content type known for "${extension}" files; add one to src/lib/generated.ts.`);
  }
  return type;
}

/** Paths of the files under generated/data/ (seeds/000_….txt included), sorted; each is served at /data/<path>. */
export async function listDataFiles(root: URL): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dataDir(root), { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('generated/data/ is missing: run `npm run data` before building the site.');
    }
    throw error;
  }
  const base = decodeURIComponent(dataDir(root).pathname);
  const names = entries
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(base.length).replace(/^\/+/, ''))
    .sort();
  names.forEach(contentTypeOf); // fail on an unknown extension now rather than serve it wrongly
  return names;
}

export async function readDataFile(root: URL, fileName: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await readFile(new URL(fileName, dataDir(root))));
}

export async function dataFileSize(root: URL, fileName: string): Promise<number> {
  return (await stat(new URL(fileName, dataDir(root)))).size;
}

const DataPackageField = z.object({
  name: z.string(),
  type: z.string(),
  description: z.string(),
  descriptionJa: z.string(),
  unit: z.string().optional(),
  unitJa: z.string().optional(),
});
const DataPackage = z.object({
  resources: z.array(z.object({ name: z.string(), path: z.string(), format: z.string(), schema: z.object({ fields: z.array(DataPackageField) }) })),
});
export type DataPackageField = z.infer<typeof DataPackageField>;

/** The pipeline's data package descriptor (generated/data/datapackage.json): each file's columns, described. */
export async function readDataPackage(root: URL): Promise<z.infer<typeof DataPackage>> {
  return parseOrExplain(DataPackage, await readGeneratedJson(root, 'data/datapackage.json'), 'data/datapackage.json');
}

/** One seed's lines as the pipeline read them (generated/sources/<id>.json), for its source page. */
export async function readSourceLines(root: URL, seed: string): Promise<string[]> {
  return parseOrExplain(z.array(z.string()), await readGeneratedJson(root, `sources/${seed}.json`), `sources/${seed}.json`);
}

/** A text in every language of the site (src/core/locales.ts). */
const InEveryLang = z.record(z.enum(LANGS as [Lang, ...Lang[]]), z.string());

const ProgramDirectory = z.array(
  z.object({
    category: z.string(),
    label: InEveryLang,
    programs: z.array(
      z.object({
        id: z.string(),
        name: InEveryLang,
        acronym: z.string().nullable(),
        parent: z.string().nullable(),
        summary: InEveryLang,
      }),
    ),
  }),
);
export type ProgramDirectory = z.infer<typeof ProgramDirectory>;

/** The programs by category (generated/programs.json), for the home pages. */
export async function readProgramDirectory(root: URL): Promise<ProgramDirectory> {
  return parseOrExplain(ProgramDirectory, await readGeneratedJson(root, 'programs.json'), 'programs.json');
}

/** One dataset's rows (generated/data/<name>.json), validated with its schema in src/schemas/datasets.ts. */
export async function readDataset<K extends DatasetName>(root: URL, name: K): Promise<DatasetRows[K]> {
  const relativePath = `data/${name}.json`;
  return parseOrExplain(z.array(datasetRowSchemas[name]) as unknown as z.ZodType<DatasetRows[K]>, await readGeneratedJson(root, relativePath), relativePath);
}

const TopicList = z.array(z.object({ id: z.string(), title: InEveryLang, intro: InEveryLang }));

/** The topic pages (generated/topics.json), for the home pages. */
export async function readTopicList(root: URL): Promise<z.infer<typeof TopicList>> {
  return parseOrExplain(TopicList, await readGeneratedJson(root, 'topics.json'), 'topics.json');
}
