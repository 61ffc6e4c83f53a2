import { tensor, tidy } from '@tensorflow/tfjs-core'
import type { LayersModel } from '@tensorflow/tfjs-layers'
import {
  type InitSpec,
  type Layout,
  type ModelContext,
  type Plan,
  plan,
  resolveScheme,
  type SchemePlan,
  type Seed,
  sample,
  sampleScheme,
} from '@weightinit/core'
import { normalizeSpec } from '@weightinit/core/catalogue'
import { checkOptions, describeValue, fail } from '@weightinit/core/errors'
import { normalizeSeed } from '@weightinit/core/random'
import { layerKind } from './layerKinds'
import type { ModelRecipe, PresetRecipe, RecipeRule, SchemeRecipe, WeightInit } from './modelRecipe'
import { type ModelWeight, modelWeights } from './modelWeights'
import { presetInit, weightLayout } from './presetInit'
import { schemeContext, schemeInit } from './schemeInit'

/**
 * Options of {@link reinitialize}.
 *
 * @example
 * ```ts
 * import type { ReinitializeOptions } from '@weightinit/tfjs'
 * const options: ReinitializeOptions = { seed: 42 }
 * ```
 */
export interface ReinitializeOptions {
  /** The seed of every weight's stream: a safe integer or a bigint below 2^64; 0 is a seed. */
  readonly seed: Seed
}

/**
 * What {@link reinitialize} did to one weight: the spec, layout and plan it drew with (its key is
 * `path`), or why it left the weight alone (`keep`: a rule said so; `unknown`: no preset knows it).
 *
 * @example
 * ```ts
 * import type { ReinitializedWeight } from '@weightinit/tfjs'
 * const line = (w: ReinitializedWeight) => (w.action === 'init' ? `${w.path}: std ${w.plan.std}` : `${w.path}: ${w.action}`)
 * ```
 */
export type ReinitializedWeight =
  | {
      readonly action: 'init'
      readonly path: string
      readonly className: string
      readonly role: string
      readonly spec: InitSpec
      readonly layout: Layout
      readonly plan: Plan
      /** LSTM forget-gate bias: elements [start, end) were set to 1. */
      readonly unitForgetBias?: { readonly start: number; readonly end: number }
      /**
       * Under a {@link SchemeRecipe}: the weight's plan (its role, block, parameters with their
       * origins, derivation, and for a packed Q/K/V kernel each block, drawn from `path#Q`, …).
       */
      readonly scheme?: SchemePlan
    }
  | {
      readonly action: 'keep' | 'unknown'
      readonly path: string
      readonly className: string
      readonly role: string
    }

const presets: readonly PresetRecipe[] = ['auto', 'keras', 'torch']

function checkRecipe(recipe: ModelRecipe): {
  rules: readonly RecipeRule[]
  otherwise: PresetRecipe
  scheme: SchemeRecipe | null
} {
  if (typeof recipe === 'string') {
    if (presets.includes(recipe)) return { rules: [], otherwise: recipe, scheme: null }
  } else if (recipe !== null && typeof recipe === 'object' && 'scheme' in recipe) {
    resolveScheme(recipe.scheme)
    const otherwise = recipe.otherwise ?? 'auto'
    if (!presets.includes(otherwise)) {
      fail(
        'INVALID_ARGUMENT',
        `recipe.otherwise must be one of ${presets.join(', ')}, got ${describeValue(otherwise)}`,
      )
    }
    return { rules: [], otherwise, scheme: recipe }
  } else if (recipe !== null && typeof recipe === 'object' && Array.isArray(recipe.rules)) {
    const otherwise = recipe.otherwise ?? 'auto'
    if (!presets.includes(otherwise)) {
      fail(
        'INVALID_ARGUMENT',
        `recipe.otherwise must be one of ${presets.join(', ')}, got ${describeValue(otherwise)}`,
      )
    }
    for (const rule of recipe.rules) if (rule.init !== 'keep') normalizeSpec(rule.init)
    return { rules: recipe.rules, otherwise, scheme: null }
  }
  return fail(
    'INVALID_ARGUMENT',
    `recipe must be ${presets.map((name) => `'${name}'`).join(', ')}, { rules, otherwise? } or { scheme, roles?, context?, options? }, got ${describeValue(recipe)}`,
  )
}

function matches(rule: RecipeRule, weight: ModelWeight): boolean {
  if (typeof rule.layer === 'string' && rule.layer !== weight.layerName) return false
  if (rule.layer instanceof RegExp && weight.layerName.search(rule.layer) === -1) return false
  if (rule.className !== undefined && rule.className !== weight.className) return false
  return rule.role === undefined || rule.role === weight.role
}

/**
 * Re-initializes every weight of a tfjs model in place, by a preset (`auto`, `keras`, `torch`) or
 * by rules, each weight drawn from the stream keyed by its layer path (`dense_1/kernel`): the
 * result depends on (recipe, seed, layer names, shapes) only, not on construction order.
 *
 * @param model - a built `tf.LayersModel` or `tf.Sequential`
 * @param recipe - a {@link PresetRecipe} or a {@link RuleRecipe}
 * @param options - the seed
 * @returns what each weight got (spec, layout, plan), or why it was left alone
 *
 * @remarks
 * Known layers: Dense, Conv1D/2D/3D, Conv2DTranspose/Conv3DTranspose, DepthwiseConv2D,
 * SeparableConv2D, SimpleRNN, LSTM, GRU, ConvLSTM2D, Embedding, BatchNormalization, LayerNormalization, also
 * inside nested models and `Bidirectional`/`TimeDistributed` wrappers. Fans and layouts come from
 * the layer (channels-last kernels; see {@link PresetRecipe} for depthwise and transposed
 * kernels), the gain from its activation. A weight of another class is left as it is
 * (`action: 'unknown'`) unless a rule matches it.
 *
 * Every weight is planned before the first is written, so a bad rule or an unknown activation
 * changes nothing. No tensor is left behind: `tf.memory().numTensors` is the same before and
 * after. tfjs's generated layer names (`dense_Dense3`) count the layers created before in the
 * process; name the layers for keys that are stable across processes.
 *
 * @example
 * ```ts
 * import * as tf from '@tensorflow/tfjs'
 * import { reinitialize } from '@weightinit/tfjs'
 * const model = tf.sequential({
 *   layers: [
 *     tf.layers.dense({ name: 'hidden', units: 64, activation: 'relu', inputShape: [10] }),
 *     tf.layers.dense({ name: 'logits', units: 3 }),
 *   ],
 * })
 * reinitialize(model, 'auto', { seed: 42 })
 * reinitialize(model, { rules: [{ layer: 'logits', role: 'kernel', init: { init: 'zeros' } }] }, { seed: 42 })
 * ```
 */
export function reinitialize(
  model: LayersModel,
  recipe: ModelRecipe,
  options: ReinitializeOptions,
): readonly ReinitializedWeight[] {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail('INVALID_ARGUMENT', 'reinitialize needs options with a seed: { seed: 42 }')
  }
  checkOptions(options, 'options', 'a seed', { seed: true })
  normalizeSeed(options.seed)
  const { rules, otherwise, scheme } = checkRecipe(recipe)
  const weights = modelWeights(model)
  const byPath = new Map(weights.map((weight) => [weight.path, weight]))
  const context: ModelContext = scheme === null ? {} : schemeContext(weights, scheme)
  const report = weights.map((weight): ReinitializedWeight => {
    const { path, className, role } = weight
    const byScheme = scheme === null ? undefined : schemeInit(weight, scheme, context, byPath)
    if (byScheme !== undefined) return schemeEntry(weight, byScheme)
    const rule = rules.find((candidate) => matches(candidate, weight))
    if (rule?.init === 'keep') return { action: 'keep', path, className, role }
    const init: WeightInit | undefined = rule
      ? {
          spec: (typeof rule.init === 'string' ? { init: rule.init } : rule.init) as InitSpec,
          layout: weightLayout(layerKind(className), role),
        }
      : presetInit(otherwise, weight, byPath)
    if (init === undefined) return { action: 'unknown', path, className, role }
    const planned = plan(init.spec, weight.shape, { layout: init.layout })
    return { action: 'init', path, className, role, ...init, plan: planned }
  })
  report.forEach((entry, index) => {
    if (entry.action !== 'init') return
    const data =
      entry.scheme === undefined
        ? sample(entry.plan, { seed: options.seed, key: entry.path })
        : sampleScheme(entry.scheme, { seed: options.seed, key: entry.path })
    if (entry.unitForgetBias) data.fill(1, entry.unitForgetBias.start, entry.unitForgetBias.end)
    tidy(() => {
      weights[index]!.variable.write(tensor(data, [...weights[index]!.shape], 'float32'))
    })
  })
  return report
}

/** A weight drawn by a scheme: its spec and plan (a packed kernel's first block's), and the plan. */
function schemeEntry(weight: ModelWeight, planned: SchemePlan): ReinitializedWeight {
  const { path, className, role } = weight
  const first = planned.packed ? planned.parts[0]! : planned
  return {
    action: 'init',
    path,
    className,
    role,
    spec: first.spec,
    layout: planned.layout,
    plan: first.plan,
    scheme: planned,
  }
}
