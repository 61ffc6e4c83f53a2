import type { serialization } from '@tensorflow/tfjs-core'
import type { LayersModel, LayerVariable } from '@tensorflow/tfjs-layers'
import { fail } from '@weightinit/core/errors'

/** A tfjs layer, as `model.layers` holds it. */
type Layer = LayersModel['layers'][number]

/**
 * One weight of a model, with what `reinitialize` reads from its layer.
 *
 * @example
 * ```ts
 * import type { ModelWeight } from './modelWeights'
 * const describe = (w: ModelWeight) => `${w.path}: ${w.className}.${w.role} [${w.shape.join(', ')}]`
 * ```
 */
export interface ModelWeight {
  /** The layer path and role, `dense_1/kernel`; nested models and wrappers add their names in front. It is the stream key. */
  readonly path: string
  /** The name of the layer that owns the weight (the wrapper's, for `Bidirectional`/`TimeDistributed`). */
  readonly layerName: string
  /** The class of the layer that computes with it: the wrapped layer's for wrappers. */
  readonly className: string
  /** The weight's role in its layer: `kernel`, `recurrent_kernel`, `bias`, `gamma`, … */
  readonly role: string
  /** Its shape. */
  readonly shape: readonly number[]
  /** The config of the layer that computes with it (the wrapped layer's for wrappers). */
  readonly config: serialization.ConfigDict
  /** The variable itself. */
  readonly variable: LayerVariable
}

/** A serialized layer, as wrappers hold the layer they wrap in their config. */
function isSerializedLayer(
  value: unknown,
): value is { className: string; config: serialization.ConfigDict } {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { className?: unknown }).className === 'string' &&
    typeof (value as { config?: unknown }).config === 'object'
  )
}

/** A nested model: a layer that has layers. */
function isContainer(layer: Layer): layer is LayersModel {
  return Array.isArray((layer as Partial<LayersModel>).layers)
}

function collect(layer: Layer, prefix: string, into: ModelWeight[]): void {
  if (isContainer(layer)) {
    for (const inner of layer.layers) collect(inner, `${prefix}${layer.name}/`, into)
    return
  }
  const outer = layer.getConfig()
  const wrapped = outer['layer']
  const { className, config } = isSerializedLayer(wrapped)
    ? wrapped
    : { className: layer.getClassName(), config: outer }
  for (const variable of layer.weights) {
    const name = variable.originalName
    const role = name.slice(name.lastIndexOf('/') + 1)
    const scoped = name.startsWith(`${layer.name}/`) ? name : `${layer.name}/${name}`
    into.push({
      path: `${prefix}${scoped}`,
      layerName: layer.name,
      className,
      role,
      shape: variable.shape as number[],
      config,
      variable,
    })
  }
}

/**
 * Every weight of a model, in layer order, each with its layer path: nested models and wrappers
 * (`Bidirectional`, `TimeDistributed`) are walked into, and a weight shared by several layers is
 * listed once.
 *
 * @param model - a built `tf.LayersModel` (or `tf.Sequential`)
 * @throws `INVALID_ARGUMENT` when `model` is not a model, or two weights have the same path (they
 *   would draw the same values)
 * @remarks
 * Paths use tfjs's layer names. A name tfjs generated (`dense_Dense3`) counts the layers built
 * before it in the process; name your layers for keys that do not depend on that.
 * @example
 * ```ts
 * import * as tf from '@tensorflow/tfjs'
 * import { modelWeights } from './modelWeights'
 * const model = tf.sequential({ layers: [tf.layers.dense({ name: 'fc', units: 2, inputShape: [3] })] })
 * modelWeights(model).map((w) => w.path) // ['fc/kernel', 'fc/bias']
 * ```
 */
export function modelWeights(model: LayersModel): readonly ModelWeight[] {
  if (model === null || typeof model !== 'object' || !isContainer(model as Layer)) {
    fail('INVALID_ARGUMENT', 'expected a tf.LayersModel (something with .layers)')
  }
  const all: ModelWeight[] = []
  for (const layer of model.layers) collect(layer, '', all)
  const seen = new Set<number>()
  const paths = new Map<string, ModelWeight>()
  const weights: ModelWeight[] = []
  for (const weight of all) {
    if (seen.has(weight.variable.id)) continue
    seen.add(weight.variable.id)
    if (paths.has(weight.path)) {
      fail(
        'INVALID_ARGUMENT',
        `two weights have the path ${weight.path}; they would draw the same values. Give the layers distinct names`,
        { path: weight.path },
      )
    }
    paths.set(weight.path, weight)
    weights.push(weight)
  }
  return weights
}
