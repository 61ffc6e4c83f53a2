import type { InitSpec, QualifiedName, SpecOptions } from '@weightinit/core'
import { checkOptions } from '@weightinit/core/errors'
import { WeightinitInitializer, type WeightinitInitializerArgs } from './WeightinitInitializer'

/**
 * The options of a named factory in {@link initializers}: the initializer's own options (tfjs's
 * names and defaults) plus `seed`, `key`, `layout` and `groups`.
 *
 * @example
 * ```ts
 * import type { NamedInitializerOptions } from '@weightinit/tfjs'
 * const options: NamedInitializerOptions<'tfjs.heNormal'> = { seed: 1, key: 'conv1/kernel', correct: false }
 * ```
 */
export type NamedInitializerOptions<N extends QualifiedName> = SpecOptions<N> &
  Omit<WeightinitInitializerArgs, 'spec'>

/** A factory for one tfjs name: its options in, a {@link WeightinitInitializer} out. */
function named<N extends QualifiedName>(init: N) {
  return (options: NamedInitializerOptions<N>): WeightinitInitializer => {
    const { seed, key, layout, groups, ...specOptions } = checkOptions(options, 'options', 'a seed')
    return new WeightinitInitializer({
      spec: { init, ...specOptions } as InitSpec,
      seed,
      ...(key === undefined ? {} : { key }),
      ...(layout === undefined ? {} : { layout }),
      ...(groups === undefined ? {} : { groups }),
    })
  }
}

/** A factory for a deterministic fill: no seed needed (0 is recorded). */
function fill(init: 'tfjs.zeros' | 'tfjs.ones') {
  return (): WeightinitInitializer => new WeightinitInitializer({ spec: { init }, seed: 0 })
}

/** `constant`: the seed is optional (the values do not depend on it; 0 is recorded). */
function constant(
  options: SpecOptions<'tfjs.constant'> & { readonly seed?: number; readonly key?: string },
): WeightinitInitializer {
  const { seed, key, value } = checkOptions(options, 'options', 'a value')
  return new WeightinitInitializer({
    spec: { init: 'tfjs.constant', value },
    seed: seed ?? 0,
    ...(key === undefined ? {} : { key }),
  })
}

/**
 * Drop-in replacements for `tf.initializers`, with tfjs's names and options, drawn by weightinit:
 * truncated normals have the variance tfjs means (tfjs's is 0.774× too small; `correct: false`
 * reproduces it), `minval: 0` and `maxval: 0` are kept (tfjs replaces a 0 by its default, so its
 * `{ minval: 0, maxval: 1 }` is U(−0.05, 1)), seed 0 is a seed, `orthogonal` takes milliseconds instead of minutes, and the values are the same on
 * every backend and platform.
 *
 * @remarks
 * Each factory returns a {@link WeightinitInitializer}; every random one needs a `seed`, and should
 * get a `key` per weight (see the class for why). Depthwise kernels need `layout: 'hwim'` for
 * correct fans (tfjs overcounts fan_in by the channel count). Serializable once
 * `@weightinit/tfjs/register` is imported.
 *
 * @example
 * ```ts
 * import * as tf from '@tensorflow/tfjs'
 * import { initializers } from '@weightinit/tfjs'
 * const conv = tf.layers.conv2d({
 *   filters: 32,
 *   kernelSize: 3,
 *   activation: 'relu',
 *   kernelInitializer: initializers.heNormal({ seed: 1, key: 'conv1/kernel' }),
 * })
 * ```
 */
export const initializers = {
  /** Every element 0. */
  zeros: fill('tfjs.zeros'),
  /** Every element 1. */
  ones: fill('tfjs.ones'),
  /** Every element `value` (no seed needed). */
  constant,
  /** U(minval, maxval), default ±0.05; 0 is kept. */
  randomUniform: named('tfjs.randomUniform'),
  /** N(mean, stddev²), default stddev 0.05. */
  randomNormal: named('tfjs.randomNormal'),
  /** N(mean, stddev²) cut at ±2·stddev (as tfjs, not corrected). */
  truncatedNormal: named('tfjs.truncatedNormal'),
  /** Variance scale/n; `distribution: 'normal'` is truncated and corrected. */
  varianceScaling: named('tfjs.varianceScaling'),
  /** U(±√(3 / fan_avg)). */
  glorotUniform: named('tfjs.glorotUniform'),
  /** Truncated normal with variance 1 / fan_avg. */
  glorotNormal: named('tfjs.glorotNormal'),
  /** U(±√(6 / fan_in)). */
  heUniform: named('tfjs.heUniform'),
  /** Truncated normal with variance 2 / fan_in. */
  heNormal: named('tfjs.heNormal'),
  /** U(±√(3 / fan_in)). */
  leCunUniform: named('tfjs.leCunUniform'),
  /** Truncated normal with variance 1 / fan_in. */
  leCunNormal: named('tfjs.leCunNormal'),
  /** A (semi-)orthogonal matrix times `gain`; all dims but the last flattened. */
  orthogonal: named('tfjs.orthogonal'),
  /** `gain` times the identity (any 2-D shape). */
  identity: named('tfjs.identity'),
} as const
