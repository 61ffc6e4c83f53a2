import { describeValue } from '../errors/describeValue'
import { suggestion } from '../errors/didYouMean'
import { fail } from '../errors/WeightinitError'
import type { KerasAxesLayout } from '../layout/resolveAxesLayout'
import { aliases } from './aliases'
import type { InitSpec } from './initSpec'
import { type KerasClassName, kerasClassNames } from './kerasClassNames'
import { normalizeSpec } from './normalizeSpec'

/** A serialized Keras 3 / tf.keras initializer (`class_name`), or a tfjs one (`className`), or a bare name. */
export type KerasConfig =
  | string
  | {
      readonly class_name: string
      readonly config?: Readonly<Record<string, unknown>>
      readonly module?: string
      readonly registered_name?: string | null
    }
  | { readonly className: string; readonly config?: Readonly<Record<string, unknown>> }

/** What a Keras or tfjs config says: the spec, its seed (null when unseeded) and any explicit fan axes. */
export interface ImportedInitializer {
  readonly spec: InitSpec
  readonly seed: number | null
  /** Keras 3.15's `input_axes`/`output_axes`, as a layout. */
  readonly layout?: KerasAxesLayout
}

const camelValues: Readonly<Record<string, string>> = {
  fanIn: 'fan_in',
  fanOut: 'fan_out',
  fanAvg: 'fan_avg',
}

/**
 * Reads a serialized Keras or tfjs initializer: Keras 3's `{module, class_name, config}`, tf.keras's
 * `{class_name, config}`, tfjs's `{className, config}` (camelCase values like `fanAvg`), or a bare
 * name. The result keeps the source framework's semantics — a tfjs `HeNormal` becomes
 * `tfjs.heNormal` (corrected, as weightinit is by default), a Keras one `keras.he_normal`.
 *
 * @param config - the serialized initializer
 * @param framework - whose semantics to read `class_name` configs with (default `keras`; `className` configs are tfjs)
 * @example
 * ```ts
 * import { fromKerasConfig } from '@weightinit/core'
 * fromKerasConfig({ class_name: 'VarianceScaling', config: { scale: 2, mode: 'fan_in', distribution: 'uniform', seed: 7 } })
 * // { spec: { init: 'keras.variance_scaling', scale: 2, mode: 'fan_in', distribution: 'uniform' }, seed: 7 }
 * ```
 */
export function fromKerasConfig(
  config: KerasConfig,
  framework: 'keras' | 'tfjs' = 'keras',
): ImportedInitializer {
  if (typeof config === 'string') {
    const name = Object.hasOwn(kerasClassNames, config)
      ? kerasClassNames[config as KerasClassName][framework]
      : config
    return { spec: normalizeSpec({ init: name }) && ({ init: name } as InitSpec), seed: null }
  }
  if (config === null || typeof config !== 'object') {
    fail(
      'INVALID_CONFIG',
      'an initializer config must be an object with class_name (Keras) or className (tfjs), or a name',
    )
  }
  const isTfjs = 'className' in config
  const className = isTfjs ? config.className : (config as { class_name: unknown }).class_name
  const source = isTfjs ? 'tfjs' : framework
  if (typeof className !== 'string' || !Object.hasOwn(kerasClassNames, className)) {
    const snake = typeof className === 'string' && Object.hasOwn(aliases, className)
    if (snake) return fromKerasConfig(className as string, source)
    fail(
      'INVALID_CONFIG',
      `unknown initializer class ${describeValue(className)}${typeof className === 'string' ? suggestion(className, Object.keys(kerasClassNames)) : ''}; known: ${Object.keys(kerasClassNames).join(', ')}`,
      { className },
    )
  }
  const init = kerasClassNames[className as KerasClassName][source]
  const options: Record<string, unknown> = {}
  let seed: number | null = null
  let inputAxes: readonly number[] | undefined
  let outputAxes: readonly number[] | undefined
  for (const [rawKey, rawValue] of Object.entries(config.config ?? {})) {
    const key = rawKey.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    const value = typeof rawValue === 'string' ? (camelValues[rawValue] ?? rawValue) : rawValue
    if (key === 'seed') {
      if (value !== null && value !== undefined && !Number.isSafeInteger(value)) {
        fail('INVALID_CONFIG', `seed must be an integer or null, got ${describeValue(value)}`, {
          seed: value,
        })
      }
      seed = (value as number | null | undefined) ?? null
    } else if (key === 'input_axes') inputAxes = axes(value, key)
    else if (key === 'output_axes') outputAxes = axes(value, key)
    else if (key !== 'dtype') options[key] = value
  }
  const spec = { init, ...options } as InitSpec
  normalizeSpec(spec)
  if ((inputAxes === undefined) !== (outputAxes === undefined)) {
    fail(
      'INVALID_CONFIG',
      'input_axes and output_axes must be given together (Keras ignores one alone)',
      { className },
    )
  }
  return inputAxes && outputAxes
    ? { spec, seed, layout: { inputAxes, outputAxes } }
    : { spec, seed }
}

function axes(value: unknown, key: string): readonly number[] | undefined {
  if (value === null || value === undefined) return undefined
  const list = typeof value === 'number' ? [value] : value
  if (!Array.isArray(list) || !list.every((axis) => Number.isSafeInteger(axis))) {
    fail(
      'INVALID_CONFIG',
      `${key} must be an integer or a list of integers, got ${describeValue(value)}`,
    )
  }
  return list as number[]
}
