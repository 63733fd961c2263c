import { execFileSync, spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import path from 'node:path';

export type AppBuild = { dir: string; seconds: number; commit: string };

/**
 * The browser build of the app (`npm run build:web`: `vite build --mode web`), built once per
 * run into the bench's own output folder rather than dist/web, which e2e runs of the same
 * checkout build and serve at the same time. From the working tree as it is: the store, the
 * seed and the app all come from the same files (docs/benchmarks.md: measuring a commit).
 */
export async function buildWebApp(outDir: string): Promise<AppBuild> {
  const dir = path.resolve(outDir, 'app');
  const started = performance.now();
  const vite = path.resolve('node_modules', '.bin', 'vite');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      vite,
      ['build', '--mode', 'web', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`vite build --mode web exited with ${String(code)}`));
    });
  });
  await access(path.join(dir, 'index.html'));
  return { dir, seconds: (performance.now() - started) / 1000, commit: describeCommit() };
}

/** The commit built, and whether the working tree's app differed from it. */
function describeCommit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'renderer', 'shared', 'server');
    const head = git('rev-parse', '--short', 'HEAD');
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown commit';
  }
}
