/**
 * npm run lint:deps: the import rules between the code's layers (.dependency-cruiser.cjs), checked
 * on every module. dependency-cruiser reads .ts/.mjs/.cjs files, and finds cycles and undeclared
 * packages there; it cannot parse .astro files, so their imports (frontmatter and <script>s, found
 * with TypeScript's own import scanner) are checked here against the same path rules, and their
 * packages against package.json. Prints every violation; exit code 1 if there is any.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import ts from 'typescript';

export const CONFIG_FILE = '.dependency-cruiser.cjs';
/** What is checked, relative to the root: the code, its tests and the tools' configs. */
export const CHECKED_PATHS = ['src', 'scripts', 'tests', 'astro.config.mjs', 'vitest.config.ts', 'vitest.browser.config.ts'];

export interface Violation {
  rule: string;
  from: string;
  to: string;
}

export interface Check {
  violations: Violation[];
  /** How many modules dependency-cruiser read, and how many .astro files were checked here. */
  modules: number;
  astroFiles: number;
}

/** Every violation of the rules in `root`'s config, among the modules under `paths`. */
export async function checkDependencies(root: string, paths: readonly string[] = CHECKED_PATHS): Promise<Check> {
  const configFile = join(root, CONFIG_FILE);
  const options = await extractDepcruiseOptions(configFile);
  const present = paths.filter((p) => existsSync(join(root, p)));
  const { output } = await cruise(present, { ...options, baseDir: root, validate: true });
  const result = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult;
  const violations: Violation[] = result.summary.violations.map((v) => ({
    rule: v.rule.name,
    from: v.from,
    // A cycle as its path; a package by the name the code imports it by.
    to: v.cycle ? v.cycle.map((c) => c.name).join(' → ') : v.to.includes('node_modules/') ? (v.unresolvedTo ?? v.to) : v.to,
  }));
  const rules = (options.ruleSet?.forbidden ?? []) as IForbiddenRuleType[];
  const astro = present.flatMap((p) => astroFiles(root, p));
  violations.push(...checkAstroFiles(root, astro, rules));
  return { violations, modules: result.summary.totalCruised, astroFiles: astro.length };
}

/** The .astro files at or under `path`, relative to the root. */
function astroFiles(root: string, path: string): string[] {
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return path.endsWith('.astro') ? [path] : [];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.astro'))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

/** The code of an .astro file that can import: its frontmatter and its <script> elements. */
function astroCode(text: string): string {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function matches(pattern: string | string[] | undefined, path: string): boolean {
  return pattern === undefined ? false : (Array.isArray(pattern) ? pattern : [pattern]).some((p) => new RegExp(p).test(path));
}

/** Does a path rule forbid from → to? Rules on anything else than paths (cycles, resolution) are dependency-cruiser's. */
function forbids(rule: IForbiddenRuleType, from: string, to: string): boolean {
  if (!('to' in rule)) return false; // reachability and dependents rules: dependency-cruiser's alone
  const f = rule.from ?? {};
  const t = (rule.to ?? {}) as Record<string, unknown>;
  const pathOnly = Object.keys(t).every((k) => k === 'path' || k === 'pathNot');
  if (!pathOnly || (t.path === undefined && t.pathNot === undefined)) return false;
  if (f.path !== undefined && !matches(f.path, from)) return false;
  if (f.pathNot !== undefined && matches(f.pathNot, from)) return false;
  if (t.path !== undefined && !matches(t.path as string | string[], to)) return false;
  if (t.pathNot !== undefined && matches(t.pathNot as string | string[], to)) return false;
  return true;
}

function checkAstroFiles(root: string, files: readonly string[], rules: readonly IForbiddenRuleType[]): Violation[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const declared = new Set(['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((k) => Object.keys(pkg[k] ?? {})));
  const violations: Violation[] = [];
  for (const from of files) {
    const { importedFiles } = ts.preProcessFile(astroCode(readFileSync(join(root, from), 'utf8')), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const to = relative(root, resolve(dirname(join(root, from)), specifier));
        if (!existsSync(join(root, to))) violations.push({ rule: 'not-to-unresolvable', from, to: specifier });
        for (const rule of rules) if (forbids(rule, from, to)) violations.push({ rule: rule.name ?? 'unnamed', from, to });
      } else if (/^(astro|virtual):/.test(specifier) || specifier.startsWith('node:') || builtinModules.includes(specifier)) {
        continue;
      } else if (!declared.has(packageName(specifier))) {
        violations.push({ rule: 'no-non-package-json', from, to: specifier });
      }
    }
  }
  return violations;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { violations, modules, astroFiles: astro } = await checkDependencies(process.cwd());
  for (const v of violations) console.error(`error ${v.rule}: ${v.from} → ${v.to}`);
  const checked = `${modules} modules and ${astro} .astro files`;
  console.log(violations.length ? `${violations.length} import rule violations (${CONFIG_FILE}) in ${checked}` : `import rules (${CONFIG_FILE}): no violations in ${checked}`);
  process.exitCode = violations.length ? 1 : 0;
}
