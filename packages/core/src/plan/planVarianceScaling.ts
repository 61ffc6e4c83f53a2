import type { Recipe } from '../catalogue/recipe'
import { fail } from '../errors/WeightinitError'
import { computeFans } from '../layout/computeFans'
import { truncatedNormalMoments } from '../math/truncatedNormalMoments'
import { formatNumber as f } from './formatNumber'
import type {
  FanFields,
  NormalPlan,
  PlanContext,
  PlanStep,
  TruncatedNormalPlan,
  UniformPlan,
} from './planTypes'

type VarianceScaling = Extract<Recipe, { kind: 'variance_scaling' }>

/** The std of N(0, 1) truncated to (−2, 2): Keras's and JAX's 0.87962566103423978, computed. */
const STD_WITHIN_TWO_SIGMA = truncatedNormalMoments(-2, 2).std

/**
 * Plans a variance-scaling recipe: fans from the layout, the denominator n from the mode, then
 * variance = scale / n drawn from a uniform, an untruncated normal or a ±2σ truncated normal.
 *
 * @param recipe - the variance-scaling recipe
 * @param context - shape, layout, groups and the definition
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * plan({ init: 'he_normal' }, [3, 3, 64, 128]).std // √(2 / 576)
 * ```
 */
export function planVarianceScaling(
  recipe: VarianceScaling,
  context: PlanContext,
): UniformPlan | NormalPlan | TruncatedNormalPlan {
  const { base, definition, layout, groups } = context
  if (base.shape.length < 2 && definition.lowRank === 'refuse' && typeof layout === 'object') {
    fail(
      'UNSUPPORTED_RANK',
      `${base.init} needs a tensor of rank ≥ 2 with its default axes (JAX refuses a rank-${base.shape.length} weight too); give explicit axes or a Keras name (rank 1 → fans (n, n))`,
      { shape: base.shape },
    )
  }
  const fans = computeFans(base.shape, layout, {
    ...(groups === undefined ? {} : { groups }),
    lowRank: definition.lowRank,
  })
  const steps: PlanStep[] = [
    { quantity: 'fanIn', value: fans.fanIn, formula: fans.derivation.fanIn },
    { quantity: 'fanOut', value: fans.fanOut, formula: fans.derivation.fanOut },
  ]
  const { mode, scale } = recipe
  const fan = denominator(mode, fans.fanIn, fans.fanOut)
  steps.push({ quantity: 'fan', value: fan.value, formula: fan.formula })
  if (!(fan.value > 0)) {
    fail(
      'FAN_ZERO',
      `${base.init} on shape [${base.shape.join(', ')}]: ${mode} is 0 (fan_in ${fans.fanIn}, fan_out ${fans.fanOut}), so the variance scale/${mode} is undefined; give a shape whose fans are ≥ 1 or use a fan-free initializer (zeros, constant, normal)`,
      { shape: base.shape, fanIn: fans.fanIn, fanOut: fans.fanOut, mode },
    )
  }
  const gain = recipe.gain?.value ?? Math.sqrt(scale)
  steps.push(
    recipe.gain === undefined
      ? { quantity: 'gain', value: gain, formula: `√scale = √${f(scale)}` }
      : { quantity: 'gain', value: gain, formula: recipe.gain.formula },
  )
  // PyTorch computes gain / √fan; Keras and JAX √(scale / fan). Both orders are kept so each
  // framework's own numbers come out to the last bit or two.
  const std0 =
    recipe.gain === undefined ? Math.sqrt(scale / fan.value) : gain / Math.sqrt(fan.value)
  const stdFormula =
    recipe.gain === undefined
      ? `√(scale / ${mode}) = √(${f(scale)} / ${f(fan.value)})`
      : `gain / √${mode} = ${f(gain)} / √${f(fan.value)}`
  const fanFields: FanFields = {
    layout: fans.layout,
    fanIn: fans.fanIn,
    fanOut: fans.fanOut,
    receptiveField: fans.receptiveField,
    groups: fans.groups,
    mode,
    fan: fan.value,
    scale,
    gain,
  }
  const common = { ...base, ...fanFields, warnings: [] as string[] }
  switch (recipe.distribution) {
    case 'uniform': {
      const bound = Math.sqrt(3) * std0
      steps.push(
        { quantity: 'std', value: std0, formula: stdFormula },
        { quantity: 'bound', value: bound, formula: `√3 · std = √3 · ${f(std0)}` },
      )
      return {
        ...common,
        distribution: 'uniform',
        low: -bound,
        high: bound,
        bound,
        mean: 0,
        std: std0,
        explanation: steps,
      }
    }
    case 'untruncated_normal':
      steps.push({ quantity: 'std', value: std0, formula: stdFormula })
      return { ...common, distribution: 'normal', mean: 0, std: std0, explanation: steps }
    case 'truncated_normal': {
      const sigma = recipe.correct ? std0 / STD_WITHIN_TWO_SIGMA : std0
      const std = recipe.correct ? std0 : std0 * STD_WITHIN_TWO_SIGMA
      steps.push(
        recipe.correct
          ? {
              quantity: 'sigma',
              value: sigma,
              formula: `${stdFormula} / ${STD_WITHIN_TWO_SIGMA.toPrecision(17)} (std of N(0,1) cut at ±2), so the truncated draw has the target variance`,
            }
          : {
              quantity: 'sigma',
              value: sigma,
              formula: `${stdFormula}, not corrected for the truncation`,
            },
        {
          quantity: 'std',
          value: std,
          formula: recipe.correct
            ? `target: ${stdFormula}`
            : `sigma · ${STD_WITHIN_TWO_SIGMA.toPrecision(6)} = ${f(sigma)} · ${STD_WITHIN_TWO_SIGMA.toPrecision(6)} (variance ${f(STD_WITHIN_TWO_SIGMA * STD_WITHIN_TWO_SIGMA)}× the target)`,
        },
        { quantity: 'low', value: -2 * sigma, formula: `−2σ = −2 · ${f(sigma)}` },
        { quantity: 'high', value: 2 * sigma, formula: `2σ = 2 · ${f(sigma)}` },
      )
      return {
        ...common,
        distribution: 'truncated_normal',
        mu: 0,
        sigma,
        low: -2 * sigma,
        high: 2 * sigma,
        mean: 0,
        std,
        explanation: steps,
      }
    }
  }
}

function denominator(mode: VarianceScaling['mode'], fanIn: number, fanOut: number) {
  switch (mode) {
    case 'fan_in':
      return { value: fanIn, formula: `fan_in = ${fanIn}` }
    case 'fan_out':
      return { value: fanOut, formula: `fan_out = ${fanOut}` }
    case 'fan_avg':
      return {
        value: (fanIn + fanOut) / 2,
        formula: `(fan_in + fan_out) / 2 = (${fanIn} + ${fanOut}) / 2`,
      }
    case 'fan_geo_avg':
      return {
        value: Math.sqrt(fanIn * fanOut),
        formula: `√(fan_in · fan_out) = √(${fanIn} · ${fanOut})`,
      }
  }
}
