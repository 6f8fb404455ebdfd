// The layers of the code and the imports allowed between them (`npm run lint:deps`, run first by
// `npm test`). Dependencies flow one way: seeds → scripts/pipeline → generated/ → src/ pages and
// components, with src/core/ the pure helpers both sides share. dependency-cruiser reads the .ts,
// .mjs and .cjs files; scripts/lint-deps.ts applies the same `forbidden` path rules to the imports
// in .astro files, which dependency-cruiser cannot parse.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'src-not-to-scripts',
      comment: 'The site (src/) is built from generated/ and src/core/; the pipeline and generators in scripts/ run before it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'core-imports-only-core',
      comment: 'src/core/ is pure code both sides import: it imports only itself, src/schemas/ and packages.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(src|scripts|tests)/', pathNot: '^src/(core|schemas)/' },
    },
    {
      name: 'pipeline-not-to-site',
      comment: 'The pipeline (parse → extract → validate → emit) never renders: no page generators, components or site code.',
      severity: 'error',
      from: { path: '^scripts/pipeline/' },
      to: { path: '^(scripts/site/|src/(components|pages|lib)/)|\\.astro$' },
    },
    {
      name: 'editorial-imports-schemas-and-core',
      comment: 'Editorial data (scripts/editorial/) is what we write: it imports only src/schemas/, src/core/ and itself.',
      severity: 'error',
      from: { path: '^scripts/editorial/' },
      to: { path: '^(src|scripts|tests)/', pathNot: '^(src/(schemas|core)|scripts/editorial)/' },
    },
    {
      name: 'not-to-tests',
      comment: 'Code never imports tests; shared test helpers live in tests/ and are imported by tests only.',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle of imports ties its modules into one: break it by moving the shared part down a layer. (Type-only imports leave no runtime cycle.)',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing: a typo, or a package that is not installed.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(astro|virtual):' },
    },
    {
      name: 'no-non-package-json',
      comment: 'Every package the code imports is declared in package.json (a transitive dependency can vanish with any update).',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|generated|node_modules|\\.astro)/' },
    // .ts imports are written with their .ts extension (allowImportingTsExtensions).
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mts', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
