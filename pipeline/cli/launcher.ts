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
 * Files in a run past which the optimizing compiler pays for itself.  Wall
 * time through the bin, in one process (`--workers 0`), with allocation-site
 * pretenuring off (see the launcher), medians of five alternating runs: news
 * articles 4 files 0.41 s with it against 0.43 s without, 16 files 0.60
 * against 0.68 s, 64 files 1.25 against 1.29 s, 200 files 2.35 against
 * 2.62 s; generated stories 32 files 0.81 against 0.90 s, 200 files 1.38
 * against 2.76 s, 500 files 1.98 against 4.20 s.  It costs more CPU on
 * varied text (its compiles run on a helper thread: news, 200 files, 3.8
 * against 2.7 s), so a short run (a pre-commit hook's few files, where it
 * costs the cold start ~25 ms) goes without it.  (Before pretenuring was
 * turned off the limit was 500 files: measured then by CPU, with the
 * collector's pathology below hiding the compiler's gain.)
 */
export const OPTIMIZE_FROM_FILES = 16

/**
 * V8 flags a batch runs under once the launcher has turned the optimizing
 * compiler back on, by V8 version: on varied text the compiles of a batch's
 * first stories cost more CPU than the check.  No inlining, and functions
 * optimized later, on fuller feedback: V8 11 (node 20) counts that in
 * bytecode run (`--interrupt-budget`, twice its default), V8 12 (node 22) in
 * calls (`--invocation-count-for-turbofan`, twice its default; it does not
 * know the other flag, and setting an unknown flag prints an error).  V8 13
 * (node 24, with Maglev in front of TurboFan) gained nothing from either
 * (1,000 news articles through the bin: 4.08 s with V8's defaults, 4.17 s
 * without inlining, 4.29 s with both), so it keeps V8's defaults, as does any
 * version not measured.  Set by the bin's launcher (pipeline/build/bundle.ts,
 * where the measurements are) and by the bench's batch runs;
 * `WIRELINT_INLINING=1` keeps V8's defaults everywhere.
 */
export const BATCH_V8_FLAGS: Readonly<Record<string, readonly string[]>> = {
  '11': ['--no-turbo-inlining', '--interrupt-budget=135168'],
  '12': ['--no-turbo-inlining', '--invocation-count-for-turbofan=6000']
}

/** The batch flags for a V8 version string (`process.versions.v8`); none for a version not measured. */
export function batchV8Flags(v8Version: string): readonly string[] {
  return BATCH_V8_FLAGS[v8Version.split('.')[0]] ?? []
}

/** A run of `files` files: on with the optimizing compiler if it is that large. */
export function sizeRun(files: number): void {
  if (files > OPTIMIZE_FROM_FILES) launcher?.optimize(`${files} files`)
}
