import type { Recipe } from '../catalogue/recipe'
import { fail } from '../errors/WeightinitError'
import { formatNumber as f } from './formatNumber'
import type {
  DeltaOrthogonalPlan,
  DiracPlan,
  EyePlan,
  OrthogonalPlan,
  PlanContext,
  PlanStep,
  SparsePlan,
} from './planTypes'

type Structured = Extract<
  Recipe,
  { kind: 'orthogonal' | 'eye' | 'dirac' | 'delta_orthogonal' | 'sparse' }
>

/**
 * Plans the initializers whose values have structure beyond a distribution per element:
 * orthogonal, eye/identity, dirac, delta-orthogonal and sparse. The reported mean and std are those
 * of the values written (for orthogonal: the root mean square gain/√max(rows, cols)).
 *
 * @param recipe - the recipe
 * @param context - shape and definition
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * plan({ init: 'orthogonal' }, [256, 64]).std // 1/√256
 * ```
 */
export function planStructured(
  recipe: Structured,
  context: PlanContext,
): OrthogonalPlan | EyePlan | DiracPlan | DeltaOrthogonalPlan | SparsePlan {
  const { base } = context
  const { shape, size } = base
  const rank = shape.length
  switch (recipe.kind) {
    case 'orthogonal': {
      requireRank(context, rank >= 2, 'rank ≥ 2 (a matrix, or a kernel flattened into one)')
      const { rows, cols, formula } = flatten(recipe.flatten, shape, size)
      const std = size === 0 ? 0 : recipe.gain / Math.sqrt(Math.max(rows, cols))
      return {
        ...base,
        distribution: 'orthogonal',
        gain: recipe.gain,
        rows,
        cols,
        flatten: recipe.flatten,
        mean: 0,
        std,
        explanation: [
          { quantity: 'rows', value: rows, formula },
          { quantity: 'cols', value: cols, formula: `size / rows = ${size} / ${rows}` },
          {
            quantity: 'std',
            value: std,
            formula: `gain / √max(rows, cols) = ${f(recipe.gain)} / √${Math.max(rows, cols)} (orthonormal ${rows <= cols ? 'rows' : 'columns'})`,
          },
        ],
        warnings: size === 0 ? ['the tensor has no elements: nothing to orthogonalize'] : [],
      }
    }
    case 'eye': {
      requireRank(context, rank === 2, 'rank 2')
      const [rows, cols] = shape as [number, number]
      return {
        ...base,
        distribution: 'eye',
        gain: recipe.gain,
        rows,
        cols,
        ...moments(recipe.gain, Math.min(rows, cols), size, `gain · I(${rows}×${cols})`),
      }
    }
    case 'dirac': {
      requireRank(
        context,
        rank >= 3 && rank <= 5,
        'rank 3, 4 or 5 (a 1-D, 2-D or 3-D convolution kernel)',
      )
      const [out, inPerGroup] = shape as [number, number]
      if (out % recipe.groups !== 0) {
        fail('INVALID_GROUPS', `dim 0 (${out}) must be divisible by groups (${recipe.groups})`, {
          shape,
          groups: recipe.groups,
        })
      }
      const ones = recipe.groups * Math.min(out / recipe.groups, inPerGroup)
      return {
        ...base,
        distribution: 'dirac',
        groups: recipe.groups,
        ...moments(1, ones, size, `${ones} ones at the kernel centre (k // 2), zeros elsewhere`),
      }
    }
    case 'delta_orthogonal': {
      requireRank(
        context,
        rank >= 3 && rank <= 5,
        'rank 3, 4 or 5 (a 1-D, 2-D or 3-D convolution kernel)',
      )
      const fanIn = shape[rank - 2]!
      const fanOut = shape[rank - 1]!
      if (fanIn > fanOut) {
        fail(
          'INVALID_OPTION',
          `delta_orthogonal needs in ≤ out (shape[-2] ≤ shape[-1]), got ${fanIn} > ${fanOut}`,
          { shape },
        )
      }
      if (recipe.columnAxis !== -1 && recipe.columnAxis !== -2) {
        fail(
          'INVALID_OPTION',
          `column_axis of delta_orthogonal must be -1 or -2, got ${recipe.columnAxis}`,
          {
            option: 'column_axis',
          },
        )
      }
      const std = size === 0 ? 0 : recipe.scale * Math.sqrt(fanIn / size)
      return {
        ...base,
        distribution: 'delta_orthogonal',
        gain: recipe.scale,
        columnAxis: recipe.columnAxis,
        mean: 0,
        std,
        explanation: [
          {
            quantity: 'std',
            value: std,
            formula: `scale · √(in / size) = ${f(recipe.scale)} · √(${fanIn} / ${size}) (an orthogonal ${fanIn}×${fanOut} block at the centre (k − 1) // 2)`,
          },
        ],
        warnings: [],
      }
    }
    case 'sparse': {
      requireRank(context, rank === 2, 'rank 2')
      const [rows, cols] = shape as [number, number]
      const zerosPerColumn = Math.ceil(recipe.sparsity * rows)
      const std = rows === 0 ? 0 : recipe.std * Math.sqrt((rows - zerosPerColumn) / rows)
      return {
        ...base,
        distribution: 'sparse',
        sigma: recipe.std,
        rows,
        cols,
        zerosPerColumn,
        mean: 0,
        std,
        explanation: [
          {
            quantity: 'zerosPerColumn',
            value: zerosPerColumn,
            formula: `⌈sparsity · rows⌉ = ⌈${recipe.sparsity} · ${rows}⌉`,
          },
          {
            quantity: 'sigma',
            value: recipe.std,
            formula: `std of the non-zeros = ${f(recipe.std)}`,
          },
          {
            quantity: 'std',
            value: std,
            formula: `σ · √((rows − zeros) / rows) = ${f(recipe.std)} · √(${rows - zerosPerColumn} / ${rows})`,
          },
        ],
        warnings: [],
      }
    }
  }
}

function requireRank({ base }: PlanContext, ok: boolean, allowed: string): void {
  if (!ok) {
    fail(
      'UNSUPPORTED_RANK',
      `${base.init} takes tensors of ${allowed}; got rank ${base.shape.length} (shape [${base.shape.join(', ')}])`,
      { shape: base.shape },
    )
  }
}

/** The mean and std of a tensor holding `count` copies of `value` and zeros elsewhere. */
function moments(value: number, count: number, size: number, formula: string) {
  const mean = size === 0 ? 0 : (value * count) / size
  const meanSquare = size === 0 ? 0 : (value * value * count) / size
  const std = Math.sqrt(Math.max(0, meanSquare - mean * mean))
  const explanation: PlanStep[] = [
    { quantity: 'mean', value: mean, formula: `${formula}: ${f(value)} · ${count} / ${size}` },
    { quantity: 'std', value: std, formula: `√(E[x²] − mean²)` },
  ]
  return { mean, std, explanation, warnings: [] }
}

function flatten(rule: OrthogonalPlan['flatten'], shape: readonly number[], size: number) {
  const rank = shape.length
  if (rule === 'trailing') {
    const rows = shape[0]!
    return {
      rows,
      cols: rows === 0 ? 0 : size / rows,
      formula: `shape[0] = ${rows} (dims after the first are flattened)`,
    }
  }
  const axis =
    rule === 'leading' ? rank - 1 : rule.columnAxis < 0 ? rank + rule.columnAxis : rule.columnAxis
  if (!(axis >= 0 && axis < rank)) {
    fail(
      'INVALID_OPTION',
      `column_axis ${rule === 'leading' ? -1 : rule.columnAxis} is outside a rank-${rank} shape`,
      {
        shape,
      },
    )
  }
  const cols = shape[axis]!
  return {
    rows: cols === 0 ? 0 : size / cols,
    cols,
    formula: `size / shape[${axis}] = ${size} / ${cols} (every axis but ${axis} is flattened into rows)`,
  }
}
