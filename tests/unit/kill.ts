// Running the build scripts as a person or CI would, and killing them: for the atomicity tests.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A script run with the project's Node and tsx in one process (tsx's CLI would add a second). */
const command = (script: string, args: string[]) => [process.execPath, ['--import', 'tsx', join('scripts', script), ...args]] as const;

export function runScript(script: string, env: NodeJS.ProcessEnv, args: string[] = []) {
  const [node, argv] = command(script, args);
  return spawnSync(node, argv, { env: { ...process.env, ...env }, encoding: 'utf8' });
}

/**
 * Run a script in its own process group and SIGKILL the whole group (Astro and Pagefind included)
 * when `poll` first holds (checked every 2 ms) or after `ms`. Resolves with whether it was killed.
 */
export function runAndKill(script: string, env: NodeJS.ProcessEnv, when: { ms?: number; poll?: () => boolean }): Promise<{ killed: boolean; code: number | null }> {
  const [node, argv] = command(script, []);
  return new Promise((resolve) => {
    const child = spawn(node, argv, { env: { ...process.env, ...env }, detached: true, stdio: 'ignore' });
    let killed = false;
    const kill = () => {
      if (killed || child.exitCode !== null) return;
      killed = true;
      process.kill(-child.pid!, 'SIGKILL');
    };
    const timer = when.ms === undefined ? undefined : setTimeout(kill, when.ms);
    const poller = when.poll ? setInterval(() => when.poll!() && kill(), 2) : undefined;
    child.on('close', (code) => {
      clearTimeout(timer);
      clearInterval(poller);
      resolve({ killed, code });
    });
  });
}

export const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

/** Holds once a folder ending in `suffix` appears in `dir` that was not there at the first check. */
export function appears(dir: string, suffix: string): () => boolean {
  let seen: Set<string> | undefined;
  return () => {
    seen ??= new Set(entries(dir));
    return entries(dir).some((f) => f.endsWith(suffix) && !seen!.has(f));
  };
}

/** Every file under `dir` with the SHA-256 of its bytes. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out[relative(dir, path).split(sep).join('/')] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

/** The id of a process that has ended: what a killed run's folder names carry. */
export const deadPid = () => spawnSync('true').pid!;
