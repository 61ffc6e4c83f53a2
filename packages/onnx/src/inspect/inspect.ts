import { isNamedLayout, resolveLayout } from '@weightinit/core/catalogue'
import { checkOptions } from '@weightinit/core/errors'
import type { TensorAnalysis } from '../analyze/analysisTypes'
import { analyze } from '../analyze/analyze'
import { checkOnnxModel } from '../model/checkOnnxModel'
import type { OnnxModel } from '../model/OnnxModel'
import type { TensorReport } from '../patch/patchTypes'
import { planPatch } from '../patch/planPatch'
import type { ValueStats } from '../verify/valueStats'
import { type IdentityCandidate, identicalTensors } from './identicalTensors'
import { identicalUnits } from './identicalUnits'
import type { InspectFlag, InspectOptions, ModelInspection, TensorInspection } from './inspectTypes'
import { producerRecipe } from './producerRecipe'
import { sourceStats } from './sourceStats'
import { INSPECT_CHUNK_ELEMENTS, type ValueSource, valueSource } from './valueSource'

/** A std this many times away from the recipe's (either way) is flagged. */
const FAR = 2

/**
 * The dry run of a recipe on a model, with each tensor's current statistics and what looks wrong:
 * weights left at zero, output units that are all the same (symmetry never broken), a std more
 * than 2× away from the recipe's, NaN or ±∞. Nothing is changed or drawn.
 *
 * @param model - the model
 * @param options - the recipe and rules to compare with (default: the defaults of the framework
 *   that produced the model, when its `producer_name` says — `pytorch` → `torch`, `tf2onnx` and
 *   `keras2onnx` → `keras` — else `auto`; `recipeSource` in the result says which)
 * @returns every tensor in model order: its {@link planPatch} line, current statistics and flags
 * @remarks Comparing with the producer's defaults means a freshly exported model is not flagged for
 * being what its framework made (a PyTorch `Linear` has 0.41× the std of Kaiming's ReLU gain);
 * pass `recipe` to compare with another. Tensors are read a chunk of 2^21 values at a time when
 * they are larger (from `raw_data` or their external data file), so memory stays bounded whatever
 * their size.
 *
 * A tensor is flagged `all_zeros`, `symmetric_rows` or `std_far_from_recipe` only where
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
  return inspectInChunks(model, options, INSPECT_CHUNK_ELEMENTS)
}

/**
 * {@link inspect}, reading tensors of more than `chunk` elements a chunk at a time (the seam through
 * which tests run the chunked path on small tensors).
 *
 * @param model - the model
 * @param options - the recipe and rules
 * @param chunk - the most values held at once for a tensor read by range
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { inspectInChunks } from './inspect'
 * inspectInChunks(await readModel('model.onnx'), {}, 1024)
 * ```
 */
export function inspectInChunks(
  model: OnnxModel,
  options: InspectOptions,
  chunk: number,
): ModelInspection {
  checkOnnxModel(model)
  checkOptions(options, 'inspect options', undefined, {
    recipe: true,
    recipeOptions: true,
    rules: true,
  })
  const producer = {
    name: model.proto.producerName,
    version: model.proto.producerVersion,
  }
  const fromProducer = options.recipe === undefined ? producerRecipe(producer.name) : null
  // A plan's numbers do not depend on the seed; planPatch only asks for one.
  const report = planPatch(model, {
    seed: 0,
    ...(options.recipe === undefined ? {} : { recipe: options.recipe }),
    ...(fromProducer === null ? {} : { recipe: fromProducer }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    ...(options.recipeOptions === undefined ? {} : { recipeOptions: options.recipeOptions }),
  })
  const analysis = analyze(model)
  const byKey = new Map(analysis.tensors.map((t) => [`${t.graphPath}\u0000${t.name}`, t]))
  let parameters = 0
  const candidates: IdentityCandidate[] = []
  const candidateLines: TensorInspection[] = []
  const tensors = report.tensors.map((line): TensorInspection => {
    const found = byKey.get(`${line.graphPath}\u0000${line.name}`)
    const recipeStd = line.action === 'init' ? line.std : null
    if (found === undefined || found.dtype === null || found.kind === 'sparse_initializer') {
      return inspection(line, recipeStd, null, null, [])
    }
    parameters += found.size
    const source = valueSource(model, found.tensor, chunk)
    const current = sourceStats(source, chunk)
    const flags: InspectFlag[] = []
    if (current.nonFinite > 0) flags.push('non_finite')
    const spread = recipeStd !== null && recipeStd > 0
    const zeros =
      current.count > 0 && current.nonFinite === 0 && current.min === 0 && current.max === 0
    if (spread && zeros) flags.push('all_zeros')
    if (spread && !zeros && symmetricRows(found, source, chunk)) flags.push('symmetric_rows')
    const stdRatio = spread && Number.isFinite(current.std) ? current.std / recipeStd : null
    if (!zeros && stdRatio !== null && (stdRatio > FAR || stdRatio < 1 / FAR)) {
      flags.push('std_far_from_recipe')
    }
    const row = inspection(line, recipeStd, current, stdRatio, flags)
    if (spread && !zeros && current.nonFinite === 0) {
      candidates.push({ name: line.displayName, tensor: found.tensor, stats: current })
      candidateLines.push(row)
    }
    return row
  })
  // Identical values: layers deep-copied and never trained apart (or exported without
  // de-duplication); and one tensor standing for several layers' parameters (the exporter merged
  // them, so they stay tied). Shared tensors whose uses give them different roles.
  for (const [i, others] of identicalTensors(model, candidates, chunk)) {
    const row = candidateLines[i]!
    ;(row.identicalTo as string[]).push(...others)
  }
  for (const row of tensors) {
    const sharing = row.sharing
    if (sharing?.kind === 'deduplicated') {
      const own = row.displayName
      ;(row.identicalTo as string[]).push(...sharing.names.filter((n) => n !== own))
    }
    if (row.identicalTo.length > 0) (row.flags as InspectFlag[]).push('identical_to')
    if (sharing?.conflictingRoles === true) (row.flags as InspectFlag[]).push('conflicting_roles')
  }
  return {
    recipe: report.recipe,
    recipeSource:
      options.recipe !== undefined ? 'option' : fromProducer !== null ? 'producer' : 'default',
    producer,
    opsets: analysis.opsets,
    tensors,
    parameters,
  }
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
  const identicalTo: string[] = []
  return Object.assign(line, { recipeStd, current, stdRatio, flags, identicalTo })
}

/** Whether every output unit of a tensor has the same weights, where the op reads it as stored. */
function symmetricRows(found: TensorAnalysis, source: ValueSource, chunk: number): boolean {
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
  return identicalUnits(source, shape, axis, chunk)
}
