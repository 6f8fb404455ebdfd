// The part of citation-js 0.8 (which ships no types) that ./formats.ts and the tests use.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    static parse: unknown;
    data: Record<string, any>[];
    format(format: string, options?: Record<string, unknown>): any;
  }
  export const plugins: {
    config: { get(name: string): any };
    output: { format(name: string, data: unknown, options?: Record<string, unknown>): any };
    input: { chain(data: unknown, options?: Record<string, unknown>): any };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
