import type { InitSpec, NamedLayout } from '@weightinit/core'
import { isNamedLayout, resolveLayout } from '@weightinit/core'
import type {
  OnnxModel,
  PatchOptions,
  RecipeConfig,
  RecipeName,
  TensorReport,
  ValueStats,
} from '@weightinit/onnx'

/**
 * What `inspect` flags about a tensor's current values:
 * - `all_zeros`: every element is 0 where the recipe would draw a spread (a weight left unset);
 * - `symmetric_rows`: every output unit has the same weights (symmetry is never broken);
 * - `std_far_from_recipe`: the std is more than 2× away from the recipe's (either way);
 * - `non_finite`: NaN or ±∞ elements.
 */
export type InspectFlag = 'all_zeros' | 'symmetric_rows' | 'std_far_from_recipe' | 'non_finite'

/** One tensor of {@link inspectModel}: the dry run of the recipe, and the tensor's current values. */
export interface InspectRow extends TensorReport {
  /** The std the recipe would give it (the plan's), `null` when it would not be initialized. */
  readonly recipeStd: number | null
  /** Statistics of the current values, `null` for tensors that are not float. */
  readonly current: ValueStats | null
  /** Current std ÷ the recipe's, `null` when either is missing or the recipe's is 0. */
  readonly stdRatio: number | null
  readonly flags: readonly InspectFlag[]
}

/** What {@link inspectModel} found. */
export interface ModelInspection {
  readonly recipe: RecipeName
  readonly opsets: Readonly<Record<string, number>>
  readonly tensors: readonly InspectRow[]
  /** Elements of the float tensors. */
  readonly parameters: number
}

/** A std this many times away from the recipe's (either way) is flagged. */
const FAR = 2

/**
 * The dry run of a recipe on a model, with each tensor's current statistics and flags: the data of
 * `weightinit inspect`.
 *
 * @param model - the model
 * @param recipe - the recipe whose choices are shown (default `auto`)
 * @returns the rows, in model order
 * @remarks The report is `planPatch`'s; the statistics and flags are computed here from
 * `tensorValues`. This belongs in `@weightinit/onnx` as an `inspect` function (see the package
 * note); the CLI keeps only its rendering.
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { inspectModel } from '@weightinit/cli'
 * const found = await inspectModel(await readModel('model.onnx'))
 * found.tensors.filter((t) => t.flags.length > 0)
 * ```
 */
export async function inspectModel(
  model: OnnxModel,
  recipe?: RecipeName | RecipeConfig,
): Promise<ModelInspection> {
  const { analyze, planPatch, tensorValues, valueStats } = await import('@weightinit/onnx')
  const options: PatchOptions = { seed: 0, ...(recipe === undefined ? {} : { recipe }) }
  const report = planPatch(model, options)
  const analysis = analyze(model)
  const byKey = new Map(analysis.tensors.map((t) => [`${t.graphPath}\u0000${t.name}`, t]))
  let parameters = 0
  const tensors = report.tensors.map((line): InspectRow => {
    const found = byKey.get(`${line.graphPath}\u0000${line.name}`)
    const recipeStd = line.action === 'init' ? line.std : null
    if (found === undefined || found.dtype === null || found.kind === 'sparse_initializer') {
      return { ...line, recipeStd, current: null, stdRatio: null, flags: [] }
    }
    parameters += found.size
    const values = tensorValues(model, found.tensor)
    const current = valueStats(values)
    const flags: InspectFlag[] = []
    if (current.nonFinite > 0) flags.push('non_finite')
    const spread = recipeStd !== null && recipeStd > 0
    const zeros =
      current.count > 0 && current.nonFinite === 0 && current.min === 0 && current.max === 0
    if (spread && zeros) flags.push('all_zeros')
    const view = found.primary?.view
    const fanView = found.primary?.fanView
    if (
      spread &&
      !zeros &&
      fanView !== null &&
      fanView !== undefined &&
      view !== undefined &&
      (view.perm === null || view.perm.every((axis, i) => axis === i)) &&
      !view.reshaped &&
      typeof fanView.layout === 'string' &&
      isNamedLayout(fanView.layout) &&
      sameShape(fanView.shape, found.shape) &&
      identicalUnits(values, found.shape, outAxis(fanView.layout, found.shape.length))
    ) {
      flags.push('symmetric_rows')
    }
    const stdRatio = spread && Number.isFinite(current.std) ? current.std / recipeStd : null
    if (!zeros && stdRatio !== null && (stdRatio > FAR || stdRatio < 1 / FAR)) {
      flags.push('std_far_from_recipe')
    }
    return { ...line, recipeStd, current, stdRatio, flags }
  })
  return { recipe: report.recipe, opsets: analysis.opsets, tensors, parameters }
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i])
}

function outAxis(layout: NamedLayout, rank: number): number | null {
  try {
    return resolveLayout(layout, rank).out
  } catch {
    return null
  }
}

/** Whether every slice along `axis` equals the first (and there are at least two). */
function identicalUnits(
  values: Float64Array,
  shape: readonly number[],
  axis: number | null,
): boolean {
  if (axis === null) return false
  const units = shape[axis] ?? 0
  if (units < 2) return false
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1)
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1)
  for (let a = 0; a < outer; a++) {
    const base = a * units * inner
    for (let u = 1; u < units; u++) {
      const at = base + u * inner
      for (let b = 0; b < inner; b++) {
        if (values[at + b] !== values[base + b]) return false
      }
    }
  }
  return true
}

/**
 * A spec in a few characters: `kaiming_normal(relu)`, `xavier_normal(gain=1.667)`, `zeros`.
 *
 * @param spec - a spec, `null`, or the action of a tensor not initialized
 * @example
 * ```ts
 * import { compactSpec } from '@weightinit/cli'
 * compactSpec({ init: 'kaiming_normal', nonlinearity: 'relu' }) // 'kaiming_normal(relu)'
 * ```
 */
export function compactSpec(spec: InitSpec | null): string {
  if (spec === null) return '-'
  const { init, ...options } = spec as { init: string } & Record<string, unknown>
  const parts = Object.entries(options).map(([name, value]) =>
    name === 'nonlinearity'
      ? String(value)
      : `${name}=${typeof value === 'number' ? Number(value.toPrecision(4)) : JSON.stringify(value)}`,
  )
  return parts.length === 0 ? init : `${init}(${parts.join(', ')})`
}
