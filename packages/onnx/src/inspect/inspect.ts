import { isNamedLayout, resolveLayout } from '@weightinit/core/catalogue'
import { fail } from '@weightinit/core/errors'
import type { TensorAnalysis } from '../analyze/analysisTypes'
import { analyze } from '../analyze/analyze'
import { checkOnnxModel } from '../model/checkOnnxModel'
import type { OnnxModel } from '../model/OnnxModel'
import { tensorValues } from '../model/tensorValues'
import type { TensorReport } from '../patch/patchTypes'
import { planPatch } from '../patch/planPatch'
import { type ValueStats, valueStats } from '../verify/valueStats'
import type { InspectFlag, InspectOptions, ModelInspection, TensorInspection } from './inspectTypes'

/** A std this many times away from the recipe's (either way) is flagged. */
const FAR = 2

/**
 * The dry run of a recipe on a model, with each tensor's current statistics and what looks wrong:
 * weights left at zero, output units that are all the same (symmetry never broken), a std more
 * than 2× away from the recipe's, NaN or ±∞. Nothing is changed or drawn.
 *
 * @param model - the model
 * @param options - the recipe and rules to compare with (default the `auto` recipe)
 * @returns every tensor in model order: its {@link planPatch} line, current statistics and flags
 * @remarks A tensor is flagged `all_zeros`, `symmetric_rows` or `std_far_from_recipe` only where
 * the recipe would draw a spread (its std is above 0): zero biases and unit norm scales are what
 * recipes give. Rows are compared along the output axis of the layout the op reads the tensor in,
 * and only when that view is the stored tensor itself (no transpose or reshape in between).
 * @example
 * ```ts
 * import { inspect, readModel } from '@weightinit/onnx'
 * const found = inspect(await readModel('model.onnx'), { recipe: 'torch' })
 * for (const t of found.tensors) {
 *   if (t.flags.length > 0) console.log(t.name, t.flags.join(' '), t.current?.std, t.recipeStd)
 * }
 * ```
 */
export function inspect(model: OnnxModel, options: InspectOptions = {}): ModelInspection {
  checkOnnxModel(model)
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail('INVALID_ARGUMENT', 'inspect options must be an object: { recipe, rules }', {})
  }
  // A plan's numbers do not depend on the seed; planPatch only asks for one.
  const report = planPatch(model, {
    seed: 0,
    ...(options.recipe === undefined ? {} : { recipe: options.recipe }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
  })
  const analysis = analyze(model)
  const byKey = new Map(analysis.tensors.map((t) => [`${t.graphPath}\u0000${t.name}`, t]))
  let parameters = 0
  const tensors = report.tensors.map((line): TensorInspection => {
    const found = byKey.get(`${line.graphPath}\u0000${line.name}`)
    const recipeStd = line.action === 'init' ? line.std : null
    if (found === undefined || found.dtype === null || found.kind === 'sparse_initializer') {
      return inspection(line, recipeStd, null, null, [])
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
    if (spread && !zeros && symmetricRows(found, values)) flags.push('symmetric_rows')
    const stdRatio = spread && Number.isFinite(current.std) ? current.std / recipeStd : null
    if (!zeros && stdRatio !== null && (stdRatio > FAR || stdRatio < 1 / FAR)) {
      flags.push('std_far_from_recipe')
    }
    return inspection(line, recipeStd, current, stdRatio, flags)
  })
  return { recipe: report.recipe, opsets: analysis.opsets, tensors, parameters }
}

/**
 * A report line with its statistics, added in place: the lines come from this call's own dry run,
 * and a copy (`{ ...line, … }`) costs tens of microseconds a tensor in Node 20's V8.
 */
function inspection(
  line: TensorReport,
  recipeStd: number | null,
  current: ValueStats | null,
  stdRatio: number | null,
  flags: InspectFlag[],
): TensorInspection {
  return Object.assign(line, { recipeStd, current, stdRatio, flags })
}

/** Whether every output unit of a tensor has the same weights, where the op reads it as stored. */
function symmetricRows(found: TensorAnalysis, values: Float64Array): boolean {
  const view = found.primary?.view
  const fanView = found.primary?.fanView
  if (view === undefined || fanView === null || fanView === undefined) return false
  if (view.perm !== null && !view.perm.every((axis, i) => axis === i)) return false
  if (view.reshaped || typeof fanView.layout !== 'string' || !isNamedLayout(fanView.layout)) {
    return false
  }
  const { shape } = found
  if (fanView.shape.length !== shape.length || fanView.shape.some((d, i) => d !== shape[i])) {
    return false
  }
  let axis: number
  try {
    axis = resolveLayout(fanView.layout, shape.length).out
  } catch {
    return false
  }
  return identicalUnits(values, shape, axis)
}

/** Whether every slice along `axis` equals the first (and there are at least two). */
function identicalUnits(values: Float64Array, shape: readonly number[], axis: number): boolean {
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
