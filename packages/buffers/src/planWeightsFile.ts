import {
  type DType,
  type Layout,
  type Plan,
  plan,
  type Seed,
  STREAM_VERSION,
} from '@weightinit/core'
import { checkDType } from '@weightinit/core/dtype'
import { checkOptions, describeValue, fail } from '@weightinit/core/errors'
import { normalizeSeed } from '@weightinit/core/random'
import { checkDrawsFinite } from '@weightinit/core/samplers'
import type { FilePlan } from './filePlan'
import { layoutSafetensors } from './layoutSafetensors'
import { recipeMetadata } from './weightRecipe'
import type { WeightSet, WeightSpec } from './weightSpec'

/**
 * Plans a safetensors file holding a whole set of weights, each drawn with its name as stream key:
 * the plans, the header (with the recipe in `__metadata__`) and every tensor's bytes — nothing is
 * sampled yet.
 *
 * @param weights - the weights by name
 * @param options - `seed` (required; 0 is a seed), `metadata`: extra `__metadata__` entries
 * @returns the {@link FilePlan}
 *
 * @remarks
 * The metadata holds `format: 'pt'` (so Hugging Face loaders accept the file; `options.metadata`
 * may replace it), the caller's entries, and `weightinit.recipe` — the stream version, the seed and
 * every weight's spec, shape, dtype, layout, groups and key (see {@link readRecipe}). Every plan is
 * made, and so every spec, shape, layout and dtype checked, before anything is written: errors are
 * core's (`UNKNOWN_NAME`, `INVALID_SHAPE`, `FAN_ZERO`, `INVALID_DTYPE`, …) or `INVALID_SEED`.
 *
 * @example
 * ```ts
 * import { planWeightsFile } from '@weightinit/buffers'
 * const file = planWeightsFile(
 *   { 'fc.weight': { spec: 'kaiming_uniform', shape: [256, 784] }, 'fc.bias': { spec: 'zeros', shape: [256] } },
 *   { seed: 42 },
 * )
 * file.header.length + file.dataLength // the file's size
 * ```
 */
export function planWeightsFile(
  weights: WeightSet,
  options: { readonly seed: Seed; readonly metadata?: Readonly<Record<string, string>> },
): FilePlan {
  if (weights === null || typeof weights !== 'object' || Array.isArray(weights)) {
    fail(
      'INVALID_ARGUMENT',
      `weights must be an object of { spec, shape, dtype } by name, got ${describeValue(weights)}`,
      {},
    )
  }
  const { seed } = checkOptions(options, 'options', 'a seed', { seed: true, metadata: true })
  normalizeSeed(seed)
  const planned = new Map<
    string,
    { plan: Plan; dtype: DType; recipe: WeightSpec & { key: string } }
  >()
  const entries = Object.entries(weights).map(([name, weight]) => {
    const { dtype, planned: p, spec } = planWeight(name, weight)
    planned.set(name, { plan: p, dtype, recipe: { ...spec, key: name } })
    return { name, dtype, shape: weight.shape }
  })
  const recipe: Record<string, WeightSpec & { key: string }> = {}
  for (const { name } of layoutSafetensors(entries).tensors) {
    Object.defineProperty(recipe, name, { value: planned.get(name)?.recipe, enumerable: true })
  }
  const metadata = {
    format: 'pt',
    ...options.metadata,
    ...recipeMetadata({ streamVersion: STREAM_VERSION, seed, weights: recipe }),
  }
  const layout = layoutSafetensors(entries, metadata)
  const segments = layout.tensors.map((t) => {
    const { plan: p, dtype } = planned.get(t.name) as { plan: Plan; dtype: DType }
    return { name: t.name, key: t.name, plan: p, dtype, begin: t.begin, end: t.end }
  })
  return {
    format: 'safetensors',
    seed,
    header: layout.header,
    segments,
    dataLength: layout.dataLength,
  }
}

/**
 * Plans one weight: checks its fields and dtype, makes its plan (refusing parameters whose draws
 * cannot be finite in the dtype: `OUT_OF_DTYPE_RANGE`), and returns the recipe entry.
 *
 * @param name - how messages name the weight
 * @param weight - the weight
 * @returns its dtype, plan, and its fields as the recipe records them
 * @remarks Internal; shared with `planTensorFile`.
 *
 * @example
 * ```ts
 * import { planWeight } from './planWeightsFile'
 * planWeight('w', { spec: 'zeros', shape: [3] }).planned.size // 3
 * ```
 */
export function planWeight(name: string, weight: WeightSpec) {
  if (weight === null || typeof weight !== 'object') {
    fail(
      'INVALID_ARGUMENT',
      `weight ${describeValue(name)} must be { spec, shape, dtype? }, got ${describeValue(weight)}`,
      { name },
    )
  }
  const dtype = checkDType(weight.dtype ?? 'float32')
  const planOptions: { layout?: Layout; groups?: number } = {}
  if (weight.layout !== undefined) planOptions.layout = weight.layout
  if (weight.groups !== undefined) planOptions.groups = weight.groups
  const planned = plan(weight.spec, weight.shape, planOptions)
  checkDrawsFinite(planned, dtype)
  const spec: WeightSpec = { spec: weight.spec, shape: [...weight.shape], dtype, ...planOptions }
  return { dtype, planned, spec }
}
