// The layer rules (.dependency-cruiser.cjs, run by `npm run lint:deps` in `npm test`) on a crafted
// project: one import breaking each rule, in .ts and .astro files, next to imports that are allowed.
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE, checkDependencies } from '../../scripts/lint-deps.ts';
import { tempDir } from './helpers.ts';

const root = tempDir('lint-deps');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

copyFileSync(join(process.cwd(), CONFIG_FILE), join(root, CONFIG_FILE));
// The repository's packages, installed but (apart from d3-format) not declared by this project.
symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
write({
  'package.json': JSON.stringify({ name: 'fixture', type: 'module', devDependencies: { 'd3-format': '*' } }),
  // Allowed: core imports core, schemas and declared packages; lib imports core; tests import anything.
  'src/core/ok.ts': "import { format } from 'd3-format';\nimport { S } from '../schemas/s.ts';\nexport const ok = [format, S];\n",
  'src/schemas/s.ts': 'export const S = 1;\n',
  'src/lib/fine.ts': "import { ok } from '../core/ok.ts';\nexport const fine = ok;\n",
  'tests/helper.ts': "import { fine } from '../src/lib/fine.ts';\nimport { g } from '../scripts/site/g.ts';\nexport const h = [fine, g];\n",
  'scripts/editorial/ed-ok.ts': "import { ok } from '../../src/core/ok.ts';\nimport { S } from '../../src/schemas/s.ts';\nexport const e = [ok, S];\n",
  'src/components/Fine.astro': "---\nimport { ok } from '../core/ok.ts';\nimport { root } from 'astro:config/server';\nimport { readFile } from 'node:fs/promises';\n---\n<p>{String(ok)}</p>\n",
  // Each breaks one rule.
  'src/core/bad.ts': "import { fine } from '../lib/fine.ts';\nexport const bad = fine;\n",
  'src/lib/to-scripts.ts': "import { g } from '../../scripts/site/g.ts';\nexport const x = g;\n",
  'scripts/site/g.ts': 'export const g = 1;\n',
  'scripts/pipeline/p.ts': "import { g } from '../site/g.ts';\nexport const p = g;\n",
  'scripts/editorial/ed-bad.ts': "import { p } from '../pipeline/p.ts';\nexport const e = p;\n",
  'scripts/uses-tests.ts': "import { h } from '../tests/helper.ts';\nexport const u = h;\n",
  'src/lib/cycle-a.ts': "import { b } from './cycle-b.ts';\nexport const a = () => b;\n",
  'src/lib/cycle-b.ts': "import { a } from './cycle-a.ts';\nexport const b = () => a;\n",
  'src/lib/undeclared.ts': "import { sum } from 'd3-array';\nexport const s = sum;\n",
  'src/lib/missing.ts': "import { nothing } from './nowhere.ts';\nexport const m = nothing;\n",
  'src/components/Bad.astro': "---\nimport { g } from '../../scripts/site/g.ts';\nimport { sum } from 'd3-array';\nimport { x } from './Nowhere.astro';\n---\n<p>{g}</p>\n<script>\n  import { h } from '../../tests/helper.ts';\n</script>\n",
});

describe('npm run lint:deps', () => {
  it('reports every import that breaks a layer rule, and nothing else', { timeout: 120_000 }, async () => {
    const { violations, astroFiles } = await checkDependencies(root, ['src', 'scripts', 'tests']);
    expect(astroFiles).toBe(2);
    const found = violations.map((v) => `${v.rule}: ${v.from} → ${v.to}`).sort();
    expect(found).toEqual(
      [
        'core-imports-only-core: src/core/bad.ts → src/lib/fine.ts',
        'editorial-imports-schemas-and-core: scripts/editorial/ed-bad.ts → scripts/pipeline/p.ts',
        'no-circular: src/lib/cycle-a.ts → src/lib/cycle-b.ts → src/lib/cycle-a.ts',
        'no-non-package-json: src/components/Bad.astro → d3-array',
        'no-non-package-json: src/lib/undeclared.ts → d3-array',
        'not-to-tests: scripts/uses-tests.ts → tests/helper.ts',
        'not-to-tests: src/components/Bad.astro → tests/helper.ts',
        'not-to-unresolvable: src/components/Bad.astro → ./Nowhere.astro',
        'not-to-unresolvable: src/lib/missing.ts → ./nowhere.ts',
        'pipeline-not-to-site: scripts/pipeline/p.ts → scripts/site/g.ts',
        'src-not-to-scripts: src/components/Bad.astro → scripts/site/g.ts',
        'src-not-to-scripts: src/lib/to-scripts.ts → scripts/site/g.ts',
      ].sort(),
    );
  });
});
