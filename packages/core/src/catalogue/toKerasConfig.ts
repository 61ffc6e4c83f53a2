import { fail } from '../errors/WeightinitError'
import type { InitName } from './aliases'
import type { InitSpec } from './initSpec'
import { kerasClassNames } from './kerasClassNames'
import { normalizeSpec } from './normalizeSpec'
import type { Recipe } from './recipe'

/** A Keras 3 serialized initializer. */
export interface KerasSerialized {
  readonly module: 'keras.initializers'
  readonly class_name: string
  readonly config: Readonly<Record<string, unknown>>
  readonly registered_name: null
}

/** A tfjs serialized initializer (camelCase keys and values). */
export interface TfjsSerialized {
  readonly className: string
  readonly config: Readonly<Record<string, unknown>>
}

const toCamel = (text: string) => text.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/**
 * Writes a spec as a Keras 3 config (`format: 'keras'`, the default) or a tfjs config
 * (`format: 'tfjs'`), so a model file built elsewhere initializes the same way. Keras and tfjs
 * names map to their own class; any other spec maps to the Keras class with the same
 * distribution (PyTorch's `kaiming_normal` becomes `VarianceScaling` with `untruncated_normal`), or
 * fails with `INVALID_CONFIG` when Keras has no equivalent (sparse, dirac, absolute truncation bounds).
 *
 * @param spec - the initializer
 * @param options - `format` and the `seed` to record (null: unseeded)
 * @example
 * ```ts
 * import { toKerasConfig } from '@weightinit/core'
 * toKerasConfig({ init: 'kaiming_uniform', nonlinearity: 'relu' })
 * // { module: 'keras.initializers', class_name: 'VarianceScaling',
 * //   config: { scale: 2.0000000000000004, mode: 'fan_in', distribution: 'uniform', seed: null }, registered_name: null }
 * ```
 */
export function toKerasConfig(
  spec: InitSpec | InitName,
  options: { readonly format?: 'keras'; readonly seed?: number | null },
): KerasSerialized
export function toKerasConfig(
  spec: InitSpec | InitName,
  options: { readonly format: 'tfjs'; readonly seed?: number | null },
): TfjsSerialized
export function toKerasConfig(spec: InitSpec | InitName): KerasSerialized
export function toKerasConfig(
  spec: InitSpec | InitName,
  {
    format = 'keras',
    seed = null,
  }: { readonly format?: 'keras' | 'tfjs'; readonly seed?: number | null } = {},
): KerasSerialized | TfjsSerialized {
  const { definition, options, init } = normalizeSpec(spec)
  const entry = Object.entries(kerasClassNames).find(
    ([, names]) =>
      names.keras === `keras.${definition.name}` || names.tfjs === `tfjs.${definition.name}`,
  )
  let className: string
  let config: Record<string, unknown>
  if (
    (definition.framework === 'keras' || definition.framework === 'tfjs') &&
    entry &&
    !('correct' in options && options.correct === false)
  ) {
    className = entry[0]
    const { correct: _correct, ...rest } = options
    config = { ...rest }
  } else {
    ;({ className, config } = equivalent(init, definition.recipe(options as never)))
  }
  config = { ...config, seed }
  if (format === 'keras')
    return { module: 'keras.initializers', class_name: className, config, registered_name: null }
  const camel: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(config)) {
    camel[toCamel(key)] = typeof value === 'string' && key === 'mode' ? toCamel(value) : value
  }
  return { className, config: camel }
}

function equivalent(
  init: string,
  recipe: Recipe,
): { className: string; config: Record<string, unknown> } {
  switch (recipe.kind) {
    case 'constant':
      return { className: 'Constant', config: { value: recipe.value } }
    case 'uniform':
      return { className: 'RandomUniform', config: { minval: recipe.low, maxval: recipe.high } }
    case 'normal':
      return { className: 'RandomNormal', config: { mean: recipe.mean, stddev: recipe.std } }
    case 'eye':
      return { className: 'Identity', config: { gain: recipe.gain } }
    case 'orthogonal':
      if (recipe.flatten === 'leading')
        return { className: 'Orthogonal', config: { gain: recipe.gain } }
      break
    case 'truncated_normal':
      if (recipe.units === 'sigma' && recipe.a === -2 && recipe.b === 2 && !recipe.correct) {
        return { className: 'TruncatedNormal', config: { mean: recipe.mean, stddev: recipe.std } }
      }
      break
    case 'variance_scaling':
      if (
        recipe.mode !== 'fan_geo_avg' &&
        (recipe.distribution !== 'truncated_normal' || recipe.correct)
      ) {
        return {
          className: 'VarianceScaling',
          config: { scale: recipe.scale, mode: recipe.mode, distribution: recipe.distribution },
        }
      }
      break
    default:
      break
  }
  return fail('INVALID_CONFIG', `${init} has no Keras equivalent (${recipe.kind} as configured)`, {
    init,
  })
}
