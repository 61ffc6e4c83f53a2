import { createRequire } from 'node:module'
import type { WorkerOptions } from 'node:worker_threads'

/**
 * What `new Worker` needs to start the generation worker: its script and options.
 *
 * @returns `[script, options]` for `new Worker(script, options)`
 * @remarks
 * Built (`dist/`), the script is `generateWorker.js` beside this module. Run from TypeScript source
 * (this monorepo's tests and benches), a worker cannot load `.ts` by itself on Node 20: the script
 * is a small bootstrap that registers `tsx` in the worker, then imports `generateWorker.ts`, with the
 * `@weightinit/source` condition so `@weightinit/core` resolves to its source too. Internal.
 *
 * @example
 * ```ts
 * import { Worker } from 'node:worker_threads'
 * import { workerScript } from './workerScript'
 * const worker = new Worker(...workerScript())
 * ```
 */
export function workerScript(): [script: URL | string, options: WorkerOptions] {
  const here = import.meta.url
  if (!here.endsWith('.ts')) return [new URL('./generateWorker.js', here), {}]
  const entry = new URL('./generateWorker.ts', here).href
  const execArgv = withoutTsx(process.execArgv)
  if (!execArgv.some((arg) => arg.includes('@weightinit/source')))
    execArgv.push('--conditions=@weightinit/source')
  const bootstrap = `import(${JSON.stringify(tsxApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  return [bootstrap, { eval: true, execArgv }]
}

/** The process's flags without tsx's own loader flags (`--import tsx…`, `--require …/tsx/…`), which workers reject. */
function withoutTsx(args: readonly string[]): string[] {
  const kept: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const next = args[i + 1]
    if (
      (arg === '--import' || arg === '--require' || arg === '--loader' || arg === '-r') &&
      next?.includes('tsx')
    ) {
      i++
      continue
    }
    if (!arg.includes('tsx')) kept.push(arg)
  }
  return kept
}

/** The URL of tsx's ESM register API, from this module's location. */
function tsxApi(): string {
  const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve
  if (typeof resolve === 'function') return resolve('tsx/esm/api')
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api')
  return new URL(`file://${cjs.replace(/\.cjs$/, '.mjs')}`).href
}
