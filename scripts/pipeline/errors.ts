/** A problem in a seed: printed as `file:line: message` so an editor can jump to it. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'SeedError';
  }
}

/** Several seed problems found in one run: all are reported, not just the first. */
export class SeedErrors extends Error {
  constructor(readonly errors: SeedError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'SeedErrors';
  }
}
