// Each figure's downloads at stable URLs, one set per figure id (both languages' pages link the same
// files): /figures/<id>.csv and .json (the rows it plots, with their sources) and /figures/<id>.ja.svg
// and .en.svg (the chart as a standalone SVG with its own styles). Ids come from
// src/lib/charts/registry.ts; the SVG styles are the pages' (src/components/charts/chart-svg.css).
import type { APIRoute, GetStaticPaths } from 'astro';
import { root } from 'astro:config/server';
import css from '../../components/charts/chart-svg.css?raw';
import { loadChartData } from '../../lib/charts/data.ts';
import { figureFiles } from '../../lib/charts/registry.ts';

export const getStaticPaths = (async () => {
  const files = figureFiles(await loadChartData(root));
  return files.map((file) => ({ params: { file: file.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await loadChartData(root);
  const file = figureFiles(data).find((f) => f.name === params.file);
  if (!file) throw new Error(`no figure download named ${params.file}`);
  return new Response(file.body(data, css), { headers: { 'Content-Type': file.contentType } });
};
