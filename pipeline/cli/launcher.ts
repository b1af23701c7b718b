/**
 * What the bundled CLI's launcher (dist/bin/cli.cjs, written by
 * pipeline/build/bundle.ts) hands the bundle besides its prebuilt tables: a
 * way to turn V8's optimizing compiler back on.  The launcher runs a check
 * without it (for a short run its compiles cost more than they give back);
 * a batch large enough to repay them asks for it.  Without the launcher (the
 * library, the unbundled CLI) there is nothing to do.
 */
declare const __wirelintLauncher: {optimize(reason: string): void} | undefined
const launcher = typeof __wirelintLauncher === 'undefined' ? undefined : __wirelintLauncher

/**
 * Files in a run past which the optimizing compiler pays for itself (CPU of a
 * run through the bin, news articles: without it 64 files 1.3 s against
 * 2.0 s, 600 files 5.9 s against 6.5 s; with it 1,200 files 11.3 s against 12.4 s).
 */
export const OPTIMIZE_FROM_FILES = 500

/** A run of `files` files: on with the optimizing compiler if it is that large. */
export function sizeRun(files: number): void {
  if (files > OPTIMIZE_FROM_FILES) launcher?.optimize(`${files} files`)
}
