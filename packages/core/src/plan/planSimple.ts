import type { Recipe } from '../catalogue/recipe'
import { fail } from '../errors/WeightinitError'
import { formatNumber as f } from './formatNumber'
import type { ConstantPlan, NormalPlan, PlanContext, UniformPlan } from './planTypes'

type Simple = Extract<Recipe, { kind: 'constant' | 'uniform' | 'normal' | 'fan_in_uniform' }>

/**
 * Plans the fills that need no fans: constants, uniforms, untruncated normals, and PyTorch's
 * default bias U(±1/√fan_in) (fan_in given, 0 gives zeros as in `nn.Linear`).
 *
 * @param recipe - the recipe
 * @param context - shape and definition
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * plan({ init: 'uniform', a: -1, b: 1 }, [10]).std // 1/√3
 * ```
 */
export function planSimple(
  recipe: Simple,
  context: PlanContext,
): ConstantPlan | UniformPlan | NormalPlan {
  const { base } = context
  const warnings: string[] = []
  switch (recipe.kind) {
    case 'constant':
      return {
        ...base,
        distribution: 'constant',
        value: recipe.value,
        mean: recipe.value,
        std: 0,
        explanation: [
          { quantity: 'value', value: recipe.value, formula: `constant ${f(recipe.value)}` },
        ],
        warnings,
      }
    case 'normal':
      return {
        ...base,
        distribution: 'normal',
        mean: recipe.mean,
        std: recipe.std,
        explanation: [
          { quantity: 'mean', value: recipe.mean, formula: `mean = ${f(recipe.mean)}` },
          { quantity: 'std', value: recipe.std, formula: `std = ${f(recipe.std)}` },
        ],
        warnings,
      }
    case 'uniform':
      return uniform(recipe.low, recipe.high, context, [])
    case 'fan_in_uniform': {
      const bound = recipe.fanIn > 0 ? 1 / Math.sqrt(recipe.fanIn) : 0
      if (bound === 0) {
        return {
          ...base,
          distribution: 'constant',
          value: 0,
          mean: 0,
          std: 0,
          explanation: [
            {
              quantity: 'value',
              value: 0,
              formula: 'fan_in = 0, so PyTorch leaves the bound at 0',
            },
          ],
          warnings,
        }
      }
      return uniform(-bound, bound, context, [
        { quantity: 'bound', value: bound, formula: `1 / √fan_in = 1 / √${recipe.fanIn}` },
      ])
    }
  }
}

function uniform(
  low: number,
  high: number,
  { base }: PlanContext,
  steps: UniformPlan['explanation'],
): UniformPlan {
  if (!Number.isFinite(low) || !Number.isFinite(high)) {
    fail('INVALID_OPTION', `${base.init} needs finite bounds, got [${low}, ${high})`, { low, high })
  }
  const std = (high - low) / Math.sqrt(12)
  return {
    ...base,
    distribution: 'uniform',
    low,
    high,
    bound: (high - low) / 2,
    mean: (low + high) / 2,
    std,
    explanation: [
      ...steps,
      { quantity: 'low', value: low, formula: `low = ${f(low)}` },
      { quantity: 'high', value: high, formula: `high = ${f(high)}` },
      {
        quantity: 'std',
        value: std,
        formula: `(high − low) / √12 = (${f(high)} − ${f(low)}) / √12`,
      },
    ],
    warnings: [],
  }
}
