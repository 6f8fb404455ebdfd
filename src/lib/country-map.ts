/**
 * The countries index map, computed at build time: Natural Earth 1:110m outlines (world-atlas) in an
 * Equal Earth projection (d3-geo), one path for the world's land and borders and one linked path per
 * partner country, shaded by the number of programs tied to it. Countries too small for 1:110m
 * (Singapore) are taken from 1:50m and drawn as a dot. Coordinates are rounded to whole units of a
 * 960-wide view box: the SVG scales, and a unit is under a pixel at any width the page has.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath, geoCentroid } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import { whereAlpha2 } from 'iso-3166-1';
import { feature, merge, mesh } from 'topojson-client';
import { z } from 'astro/zod';
import type { Lang } from '../core/locales.ts';
import { generatedDir } from './generated.ts';

/** One place of generated/countries.json (scripts/site/country-pages.ts, countryIndexData). */
export const CountryIndexEntry = z.object({
  key: z.string(),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['country', 'group']),
  iso: z.string().regex(/^[A-Z]{2}$/).nullable(),
  name: z.object({ ja: z.string(), en: z.string() }),
  programs: z.number().int().nonnegative(),
  statements: z.number().int().positive(),
});
export type CountryIndexEntry = z.infer<typeof CountryIndexEntry>;

export async function readCountryIndex(root: URL): Promise<CountryIndexEntry[]> {
  const url = new URL('countries.json', generatedDir(root));
  let text: string;
  try {
    text = await readFile(url, 'utf8');
  } catch {
    throw new Error('generated/countries.json is missing: run `npm run data` before building the site.');
  }
  const parsed = z.array(CountryIndexEntry).safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`generated/countries.json does not match its schema:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** A world-atlas topology (its type from topojson-client's signatures). */
type World = Parameters<typeof mesh>[0];
type Collection = Extract<NonNullable<Parameters<typeof mesh>[1]>, { type: 'GeometryCollection' }>;
const countriesOf = (w: World) => w.objects['countries'] as Collection;

/** The world outline from the world-atlas package, resolved as Node resolves packages from the project root (or a folder inside it). */
export async function readWorld(root: URL, scale: '110m' | '50m'): Promise<World> {
  const file = createRequire(new URL('package.json', root)).resolve(`world-atlas/countries-${scale}.json`);
  return JSON.parse(await readFile(file, 'utf8')) as World;
}

/** Shades by programs tied: 0 (meetings or figures only), 1, 2, 3–4, 5 or more. */
export const BUCKETS = [
  { min: 0, max: 0 },
  { min: 1, max: 1 },
  { min: 2, max: 2 },
  { min: 3, max: 4 },
  { min: 5, max: Infinity },
] as const;
export const bucketOf = (programs: number) => BUCKETS.findIndex((b) => programs >= b.min && programs <= b.max);

export interface MapShape {
  entry: CountryIndexEntry;
  bucket: number;
  /** The outline's path, or for a country too small for the map a dot at its centre. */
  d: string | null;
  dot: { cx: number; cy: number } | null;
}

export interface MapScene {
  width: number;
  height: number;
  land: string;
  borders: string;
  shapes: MapShape[];
}

const WIDTH = 960;

/**
 * A d3-geo path context writing SVG path data with integer coordinates, each point relative to the
 * one before ("l3-2 1 0") and points that round onto the previous one dropped.
 */
class RelativePath {
  private d = '';
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private drawing = false;
  beginPath() {}
  moveTo(x: number, y: number) {
    this.x = this.startX = Math.round(x);
    this.y = this.startY = Math.round(y);
    this.d += `M${this.x} ${this.y}`;
    this.drawing = false;
  }
  lineTo(x: number, y: number) {
    const dx = Math.round(x) - this.x;
    const dy = Math.round(y) - this.y;
    if (dx === 0 && dy === 0) return;
    this.d += `${this.drawing ? (dx < 0 ? '' : ' ') : 'l'}${dx}${dy < 0 ? '' : ' '}${dy}`;
    this.x += dx;
    this.y += dy;
    this.drawing = true;
  }
  closePath() {
    this.d += 'z';
    this.x = this.startX;
    this.y = this.startY;
    this.drawing = false;
  }
  arc() {
    throw new Error('the map draws no points (geoPath.pointRadius)');
  }
  take(): string {
    const d = this.d;
    this.d = '';
    return d;
  }
}
/** Antarctica: no partner, and a third of the map's height in most projections. */
const ANTARCTICA = '010';

/** ISO 3166-1 numeric code (world-atlas's feature ids) of an alpha-2 code. */
function numericOf(iso: string): string | undefined {
  return whereAlpha2(iso)?.numeric;
}

export function mapScene(world: World, detail: World, entries: readonly CountryIndexEntry[]): MapScene {
  const all = feature(world, countriesOf(world));
  const shown = { type: 'FeatureCollection' as const, features: all.features.filter((f) => f.id !== ANTARCTICA) };
  const projection = geoEqualEarth().fitWidth(WIDTH, shown as GeoPermissibleObjects);
  const context = new RelativePath();
  const draw = geoPath(projection, context);
  const path = (o: GeoPermissibleObjects) => {
    draw(o);
    return context.take();
  };
  const height = Math.ceil(geoPath(projection).bounds(shown as GeoPermissibleObjects)[1][1]);
  const land = path(merge(world, countriesOf(world).geometries.filter((g) => g.id !== ANTARCTICA) as Parameters<typeof merge>[1]));
  const borders = path(mesh(world, countriesOf(world), (a, b) => a !== b));
  const detailed = feature(detail, countriesOf(detail)).features;
  const shapes: MapShape[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'country' || !entry.iso) continue;
    const id = numericOf(entry.iso);
    const f = all.features.find((x) => x.id === id);
    if (f) {
      shapes.push({ entry, bucket: bucketOf(entry.programs), d: path(f as GeoPermissibleObjects), dot: null });
      continue;
    }
    const small = detailed.find((x) => x.id === id);
    if (!small) continue;
    const [cx, cy] = projection(geoCentroid(small as GeoPermissibleObjects)) ?? [NaN, NaN];
    if (Number.isFinite(cx) && Number.isFinite(cy)) shapes.push({ entry, bucket: bucketOf(entry.programs), d: null, dot: { cx: Math.round(cx), cy: Math.round(cy) } });
  }
  return { width: WIDTH, height, land, borders, shapes };
}

/** The words of a place on the map and in the table: "India: 4 programs, 9 statements". */
export function placeLabel(t: (key: string, values?: Record<string, string | number>) => string, e: CountryIndexEntry, lang: Lang, formatNumber: (n: number, l: Lang) => string): string {
  const statements = t('countries.statementCount', { count: e.statements, n: formatNumber(e.statements, lang) });
  return t('countries.map.label', { count: e.programs, n: formatNumber(e.programs, lang), place: e.name[lang], statements });
}
