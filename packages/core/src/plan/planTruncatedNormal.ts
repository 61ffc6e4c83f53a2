import type { Recipe } from '../catalogue/recipe'
import { fail } from '../errors/WeightinitError'
import { truncatedNormalMoments } from '../math/truncatedNormalMoments'
import { formatNumber as f } from './formatNumber'
import type { PlanContext, PlanStep, TruncatedNormalPlan } from './planTypes'
import { solveTruncatedSigma } from './solveTruncatedSigma'

type TruncatedNormal = Extract<Recipe, { kind: 'truncated_normal' }>

/**
 * Plans a truncated normal: absolute bounds (PyTorch) or bounds in σ units (Keras, JAX), and
 * optionally σ solved so that the truncated distribution has exactly the requested std, for any
 * bounds (not only ±2σ). The plan reports the mean and std of what is actually drawn.
 *
 * @param recipe - the truncated-normal recipe
 * @param context - shape and definition
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * plan({ init: 'trunc_normal', std: 0.02 }, [768, 768]).std // 0.02: bounds ±2 are 100σ away
 * ```
 */
export function planTruncatedNormal(
  recipe: TruncatedNormal,
  context: PlanContext,
): TruncatedNormalPlan {
  const { base } = context
  const { mean: mu, a, b, units, correct } = recipe
  const steps: PlanStep[] = []
  const warnings: string[] = []
  if (!(recipe.std > 0)) {
    fail('INVALID_OPTION', `${base.init} needs std > 0, got ${recipe.std}`, {
      option: 'std',
      value: recipe.std,
    })
  }
  let sigma: number
  let low: number
  let high: number
  if (units === 'sigma') {
    sigma = correct ? recipe.std / truncatedNormalMoments(a, b).std : recipe.std
    low = mu + a * sigma
    high = mu + b * sigma
    steps.push(
      correct
        ? {
            quantity: 'sigma',
            value: sigma,
            formula: `std / std(N(0,1) on [${a}, ${b}]) = ${f(recipe.std)} / ${f(truncatedNormalMoments(a, b).std)}`,
          }
        : { quantity: 'sigma', value: sigma, formula: `std = ${f(recipe.std)}` },
      { quantity: 'low', value: low, formula: `mean + a·σ = ${f(mu)} + ${a} · ${f(sigma)}` },
      { quantity: 'high', value: high, formula: `mean + b·σ = ${f(mu)} + ${b} · ${f(sigma)}` },
    )
  } else {
    low = a
    high = b
    sigma = correct ? solveTruncatedSigma(recipe.std, mu, a, b) : recipe.std
    steps.push(
      correct
        ? {
            quantity: 'sigma',
            value: sigma,
            formula: `solved so that N(${f(mu)}, σ²) on [${a}, ${b}] has std ${f(recipe.std)}`,
          }
        : { quantity: 'sigma', value: sigma, formula: `std = ${f(recipe.std)}` },
      { quantity: 'low', value: low, formula: `a = ${a} (absolute)` },
      { quantity: 'high', value: high, formula: `b = ${b} (absolute)` },
    )
    if (mu < a - 2 * sigma || mu > b + 2 * sigma) {
      warnings.push(
        `mean is more than 2 std from [a, b] (PyTorch warns too): most of the mass of N(${f(mu)}, ${f(sigma)}²) lies outside [${a}, ${b}]`,
      )
    }
    if (
      !correct &&
      Number.isFinite(a) &&
      Number.isFinite(b) &&
      (mu - a) / sigma > 6 &&
      (b - mu) / sigma > 6
    ) {
      warnings.push(
        `the bounds [${a}, ${b}] are absolute and lie more than 6σ from the mean, so nothing is truncated; for bounds in σ units pass units: 'sigma'`,
      )
    }
  }
  const alpha = (low - mu) / sigma
  const beta = (high - mu) / sigma
  const moments = truncatedNormalMoments(alpha, beta)
  if (!(moments.mass > 0)) {
    fail(
      'INVALID_OPTION',
      `${base.init}: N(${f(mu)}, ${f(sigma)}²) has no probability mass in [${f(low)}, ${f(high)}] (${f(alpha)}σ to ${f(beta)}σ); move the bounds or the mean`,
      { low, high, mu, sigma },
    )
  }
  const mean = mu + sigma * moments.mean
  const std = sigma * moments.std
  steps.push(
    { quantity: 'mean', value: mean, formula: `μ + σ·E[Z | ${f(alpha)} ≤ Z ≤ ${f(beta)}]` },
    {
      quantity: 'std',
      value: std,
      formula: `σ · ${f(moments.std)} (std of N(0,1) on [${f(alpha)}, ${f(beta)}])`,
    },
  )
  return {
    ...base,
    distribution: 'truncated_normal',
    mu,
    sigma,
    low,
    high,
    mean,
    std,
    explanation: steps,
    warnings,
  }
}
