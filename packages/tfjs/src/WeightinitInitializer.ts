import type { DataType, serialization, Tensor } from '@tensorflow/tfjs-core'
import { initializers } from '@tensorflow/tfjs-layers'
import type { InitName, InitSpec, Layout } from '@weightinit/core'
import { normalizeSpec } from '@weightinit/core/catalogue'
import { fail } from '@weightinit/core/errors'
import { normalizeSeed } from '@weightinit/core/random'
import { decodeConfigCase, encodeConfigCase } from './configCase'
import { toTensor } from './toTensor'

/** tfjs-layers' `Initializer` base class, as a type (it is not exported by name). */
type TfjsInitializer = ReturnType<typeof initializers.ones>

/** tfjs-layers' `Initializer` base class, found through an instance: tfjs does not export it. */
const InitializerBase = Object.getPrototypeOf(
  initializers.zeros().constructor,
) as abstract new () => TfjsInitializer

/**
 * What a {@link WeightinitInitializer} is made of: a spec, a seed and a stream key, and how to read
 * fans from the shapes tfjs passes.
 *
 * @example
 * ```ts
 * import type { WeightinitInitializerArgs } from '@weightinit/tfjs'
 * const args: WeightinitInitializerArgs = { spec: { init: 'he_normal' }, seed: 42, key: 'conv1/kernel' }
 * ```
 */
export interface WeightinitInitializerArgs {
  /** The initializer as plain data, or just its name (any name of the catalogue). */
  readonly spec: InitSpec | InitName
  /** A safe integer from 0 to 2^53 − 1 (a number, so the config stays JSON); 0 is a seed. */
  readonly seed: number
  /** The stream key (default `''`): give each weight its own, e.g. `'conv1/kernel'`. */
  readonly key?: string
  /** How to read fans (default `'hwio'`, tfjs's kernel layout; `'hwim'` depthwise, `'hwoi'` transposed). */
  readonly layout?: Layout
  /** Groups of a grouped convolution (default 1). */
  readonly groups?: number
}

/**
 * A tfjs `Initializer` that draws any weightinit initializer: usable as `kernelInitializer`,
 * `recurrentInitializer`, `biasInitializer`, `embeddingsInitializer`, and serializable.
 *
 * @param args - spec, seed, key, layout and groups (see {@link WeightinitInitializerArgs})
 *
 * @remarks
 * **Keys.** tfjs calls `apply(shape, dtype)` without saying which weight it builds, so the stream
 * key is the initializer's own `key`. The first `apply` uses `key`, the n-th after it `key#n`
 * (so a shared instance, or the bias of an LSTM with `unitForgetBias`, which tfjs draws in two
 * calls, never repeats values). Give each weight its own instance and key: then its values depend
 * only on (spec, shape, seed, key), and survive serialization. Two instances with the same seed
 * and key draw the same values for the same shape. An instance shared by several layers depends on
 * build order, and after deserialization each layer gets its own copy (keyed `key` again); for
 * order-independent initialization of a whole model, use {@link reinitialize}, which keys each
 * weight by its layer path.
 *
 * **Layout.** tfjs passes channels-last shapes, so the default layout is `hwio` whatever the
 * spec's home framework (`io` for rank 2). Depthwise kernels need `layout: 'hwim'` for correct
 * fans, transposed-convolution kernels `'hwoi'`.
 *
 * **Serialization.** `getConfig()` returns `{ spec, seed, key, layout?, groups? }` with every
 * string percent-encoded for `%`, `_` and capitals (`'he_normal'` → `'he%5fnormal'`): tfjs
 * re-cases strings when it writes and reads model JSON, which would turn `kaiming_normal` into
 * `kaimingNormal`. Import `@weightinit/tfjs/register` once so `tf.models.modelFromJSON` finds the
 * class. Only float32 weights are drawn (`INVALID_DTYPE` otherwise).
 *
 * @example
 * ```ts
 * import * as tf from '@tensorflow/tfjs'
 * import '@weightinit/tfjs/register'
 * import { WeightinitInitializer } from '@weightinit/tfjs'
 * const dense = tf.layers.dense({
 *   units: 64,
 *   activation: 'relu',
 *   kernelInitializer: new WeightinitInitializer({
 *     spec: { init: 'kaiming_normal', nonlinearity: 'relu' },
 *     seed: 42,
 *     key: 'hidden/kernel',
 *   }),
 * })
 * ```
 */
export class WeightinitInitializer extends InitializerBase {
  /** The name tfjs serialization knows this class by. */
  static readonly className = 'WeightinitInitializer'
  /** The spec as given (a name becomes `{ init: name }`). */
  readonly spec: InitSpec
  /** The seed. */
  readonly seed: number
  /** The stream key of the first `apply`. */
  readonly key: string
  /** The layout fans are read with. */
  readonly layout: Layout
  /** Groups, when given. */
  readonly groups: number | undefined
  #calls = 0

  constructor(args: WeightinitInitializerArgs) {
    super()
    if (args === null || typeof args !== 'object') {
      fail(
        'INVALID_ARGUMENT',
        'WeightinitInitializer needs { spec, seed }, e.g. { spec: { init: "he_normal" }, seed: 42 }',
      )
    }
    const spec = (typeof args.spec === 'string' ? { init: args.spec } : args.spec) as InitSpec
    normalizeSpec(spec)
    if (typeof args.seed !== 'number') {
      fail(
        'INVALID_SEED',
        `a WeightinitInitializer seed must be a number (it is stored in JSON), got ${typeof args.seed}`,
        { seed: args.seed },
      )
    }
    normalizeSeed(args.seed)
    if (args.key !== undefined && typeof args.key !== 'string') {
      fail('INVALID_KEY', `key must be a string, got ${typeof args.key}`, { key: args.key })
    }
    this.spec = Object.freeze({ ...spec })
    this.seed = args.seed
    this.key = args.key ?? ''
    this.layout = args.layout ?? 'hwio'
    this.groups = args.groups
  }

  /**
   * Draws the initial value of one weight (tfjs calls this while building a layer).
   *
   * @param shape - the weight's shape, channels-last
   * @param dtype - must be float32 (or omitted)
   */
  apply(shape: readonly (number | null)[], dtype?: DataType): Tensor {
    if (dtype !== undefined && dtype !== 'float32') {
      fail(
        'INVALID_DTYPE',
        `WeightinitInitializer draws float32 weights, tfjs asked for ${dtype}`,
        { dtype },
      )
    }
    const key = this.#calls === 0 ? this.key : `${this.key}#${this.#calls}`
    const value = toTensor(this.spec, shape as readonly number[], {
      seed: this.seed,
      key,
      layout: this.layout,
      ...(this.groups === undefined ? {} : { groups: this.groups }),
    })
    this.#calls += 1
    return value
  }

  /** The serializable config: spec, seed, key, layout and groups, strings escaped (see the class). */
  override getConfig(): serialization.ConfigDict {
    return encodeConfigCase({
      spec: this.spec,
      seed: this.seed,
      key: this.key,
      layout: this.layout,
      ...(this.groups === undefined ? {} : { groups: this.groups }),
    }) as serialization.ConfigDict
  }

  /**
   * Rebuilds an initializer from {@link WeightinitInitializer.getConfig}'s output (tfjs calls this
   * when it deserializes a model).
   *
   * @param cls - the class to build
   * @param config - the config, as tfjs hands it back (extra keys such as `customObjects` are ignored)
   */
  static fromConfig<T extends serialization.Serializable>(
    cls: serialization.SerializableConstructor<T>,
    config: serialization.ConfigDict,
  ): T {
    const { spec, seed, key, layout, groups } = decodeConfigCase({
      spec: config['spec'],
      seed: config['seed'],
      key: config['key'],
      layout: config['layout'],
      groups: config['groups'],
    }) as Record<string, unknown>
    return new cls({
      spec,
      seed,
      key,
      ...(layout === null || layout === undefined ? {} : { layout }),
      ...(groups === null || groups === undefined ? {} : { groups }),
    })
  }
}
