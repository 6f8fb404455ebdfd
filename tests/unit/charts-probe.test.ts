import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { it, expect } from 'vitest';
import { pathToFileURL } from 'node:url';
import ChartFigure from '../../src/components/charts/ChartFigure.astro';
import { loadChartData } from '../../src/lib/charts/data.ts';
import { sakuraFigure } from '../../src/lib/charts/sakura.ts';
it('renders', async () => {
  const data = await loadChartData(pathToFileURL(`${process.cwd()}/`));
  const container = await AstroContainer.create();
  const html = await container.renderToString(ChartFigure, { props: { model: sakuraFigure(data, 'ja') } });
  console.log(html.slice(0, 500));
  expect(html).toContain('<figure');
});
