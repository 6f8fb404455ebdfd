// Serves every file the pipeline wrote to generated/data/ at /data/<file> (and /data/seeds/<file>), byte for byte.
// These are prerendered endpoints: the build writes dist/data/<file> next to the Data page's
// dist/data/index.html, which Starlight renders from src/content/docs/data.mdx.
import type { APIRoute, GetStaticPaths } from 'astro';
import { root } from 'astro:config/server';
import { contentTypeOf, listDataFiles, readDataFile } from '../../lib/generated.ts';

export const getStaticPaths = (async () => {
  const files = await listDataFiles(root);
  return files.map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = params.file;
  if (file === undefined) throw new Error('data endpoint called without a file name');
  const body = await readDataFile(root, file);
  return new Response(body, { headers: { 'Content-Type': contentTypeOf(file) } });
};
