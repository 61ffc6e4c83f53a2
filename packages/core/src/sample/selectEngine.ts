import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'
import { loadWasmEngine } from '../wasm/wasmEngine'
import { jsKernels, type SamplerKernels } from './samplerKernels'

/**
 * Which implementation samples: `'auto'` (the fastest available), `'js'` (the pure-JS reference) or
 * `'wasm'` (the WebAssembly SIMD kernels). All give the same bits.
 *
 * @remarks Resolved by {@link selectEngine}; force `'js'` in tests to check the WASM kernels against.
 *
 * @example
 * ```ts
 * import type { Engine } from '@weightinit/core'
 * const engine: Engine = 'js'
 * ```
 */
export type Engine = 'auto' | 'js' | 'wasm'

/** The engines {@link selectEngine} accepts. */
const ENGINES: readonly string[] = ['auto', 'js', 'wasm']

/**
 * Picks the sampling kernels for an engine request.
 *
 * @param engine - `'auto'` (default), `'js'` or `'wasm'`
 * @returns the {@link SamplerKernels} to use
 *
 * @remarks
 * The seam between the pure-JS and WebAssembly engines: `'js'` gives `jsKernels`; `'auto'`
 * gives the WebAssembly SIMD kernels (`src/wasm/`, loaded on first use) wherever they run, else
 * `jsKernels`; `'wasm'` gives the WebAssembly kernels and fails with `INVALID_ARGUMENT` where
 * they cannot run. Anything else fails with `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * import { selectEngine } from '@weightinit/core/samplers'
 * selectEngine('js').engine // 'js'
 * ```
 */
export function selectEngine(engine: Engine = 'auto'): SamplerKernels {
  checkEngine(engine)
  if (engine === 'js') return jsKernels
  const wasm = loadWasmEngine()
  if (wasm) return wasm
  if (engine === 'wasm') {
    fail(
      'INVALID_ARGUMENT',
      "engine 'wasm' is not available in this runtime (it needs WebAssembly SIMD): use 'auto' or 'js' (the same bits)",
      { engine },
    )
  }
  return jsKernels
}

/**
 * Checks an engine request: `'auto'`, `'js'` or `'wasm'`.
 *
 * @param engine - the request
 * @returns `engine`
 * @throws `INVALID_ARGUMENT` for anything else
 *
 * @remarks Shared by {@link selectEngine} and the engine choice of the Householder QR.
 *
 * @example
 * ```ts
 * import { checkEngine } from './selectEngine'
 * checkEngine('js') // 'js'
 * ```
 */
export function checkEngine(engine: unknown): Engine {
  if (typeof engine !== 'string' || !ENGINES.includes(engine)) {
    fail(
      'INVALID_ARGUMENT',
      `engine must be one of ${ENGINES.join(', ')}, got ${describeValue(engine)}`,
      { engine, allowed: [...ENGINES] },
    )
  }
  return engine as Engine
}
