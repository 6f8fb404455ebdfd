// The same measure across the documents, one figure per program that has such measures
// (measures-<program>), for the program pages.
import type { Chart } from '../chart.ts';
import { sourceColumns } from '../model.ts';
import { measurePrograms, measuresOf } from './marks.ts';
import { measuresScene } from './scene.ts';
import { measuresWords } from './words.ts';

export { measurePrograms, measuresOf, type Measure } from './marks.ts';
export { measuresScene } from './scene.ts';
export { measuresTitle, pointValue } from './words.ts';

export const measuresFigureId = (program: string) => `measures-${program}`;

export interface MeasuresParams {
  program: string;
}

const DOWNLOAD_COLUMNS = ['figure', 'measure', 'program', 'scheme', 'metric', 'documentDate', 'asOf', 'value', 'qualifier', 'valueText', 'id', 'sourceSeed', 'sourceLine', 'sourceQuote', 'sourcePage'];

export const measuresChart: Chart<MeasuresParams> = {
  name: 'measures',
  figures: (data) => measurePrograms(data).map((program) => ({ id: measuresFigureId(program), params: { program } })),
  scene: (data, { program }, lang, width) => measuresScene(measuresOf(data, program), lang, width),
  words: (data, { program }, lang) => measuresWords(measuresOf(data, program), lang),
  sources: (data, { program }) => measuresOf(data, program).flatMap((m) => m.points.map((p) => p.source)),
  rows: (data, { id, params }) => ({
    dataset: params.program === 'sakura-science' ? '/data/program-facts.json /data/sakura-science.json' : '/data/program-facts.json',
    columns: DOWNLOAD_COLUMNS,
    rows: measuresOf(data, params.program).flatMap((m) =>
      m.points.map((p) => ({
        figure: id,
        measure: m.key,
        program: m.program.id,
        scheme: m.scheme,
        metric: m.metric,
        documentDate: p.date,
        asOf: p.asOf,
        value: p.value,
        qualifier: p.qualifier,
        valueText: p.fact ? p.fact.value.text : p.sakura!.peopleText,
        id: p.key,
        ...sourceColumns(p.source),
      })),
    ),
  }),
};
