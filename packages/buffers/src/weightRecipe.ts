import { type Seed, STREAM_VERSION } from '@weightinit/core'
import { checkJsonTextDepth, checkOptions, describeValue, fail } from '@weightinit/core/errors'
import { normalizeSeed } from '@weightinit/core/random'
import type { WeightSpec } from './weightSpec'

/**
 * How a file's weights were made: the stream version, the seed, and each weight's spec, shape,
 * dtype, layout, groups and stream key — enough to generate the same bytes again.
 *
 * @example
 * ```ts
 * import type { WeightRecipe } from '@weightinit/buffers'
 * const recipe: WeightRecipe = {
 *   streamVersion: 3,
 *   seed: 42,
 *   weights: { 'fc.weight': { spec: 'kaiming_uniform', shape: [10, 4], dtype: 'float32', key: 'fc.weight' } },
 * }
 * ```
 */
export interface WeightRecipe {
  /** The random stream's version (`STREAM_VERSION` of the core that wrote the file). */
  readonly streamVersion: number
  /** The seed. */
  readonly seed: Seed
  /** Each weight by name, with the stream key it was drawn from. */
  readonly weights: Readonly<Record<string, WeightSpec & { readonly key: string }>>
}

/**
 * The `__metadata__` key that holds a generated file's recipe, as JSON.
 *
 * @remarks See {@link recipeMetadata} and {@link readRecipe}.
 *
 * @example
 * ```ts
 * import { RECIPE_METADATA_KEY } from '@weightinit/buffers'
 * RECIPE_METADATA_KEY // 'weightinit.recipe'
 * ```
 */
export const RECIPE_METADATA_KEY = 'weightinit.recipe'

/**
 * The safetensors `__metadata__` entry that records a recipe: `{ 'weightinit.recipe': JSON }`.
 *
 * @param recipe - the recipe to record
 * @returns a one-entry string map; the seed is written as a decimal string, so 64-bit seeds survive
 * @remarks The weights are written in the order given. Fails with `INVALID_SEED` for a bad seed.
 *
 * @example
 * ```ts
 * import { recipeMetadata } from '@weightinit/buffers'
 * recipeMetadata({ streamVersion: 3, seed: 7, weights: {} }) // { 'weightinit.recipe': '{"streamVersion":3,"seed":"7","weights":{}}' }
 * ```
 */
export function recipeMetadata(recipe: WeightRecipe): Record<string, string> {
  checkOptions(recipe, 'recipe', 'a streamVersion, a seed and weights')
  normalizeSeed(recipe.seed)
  const json = JSON.stringify({
    streamVersion: recipe.streamVersion,
    seed: String(recipe.seed),
    weights: recipe.weights,
  })
  return { [RECIPE_METADATA_KEY]: json }
}

/**
 * The recipe recorded in a safetensors file's metadata, or `undefined` when there is none.
 *
 * @param metadata - the file's `__metadata__` (e.g. `readSafetensors(bytes).metadata`)
 * @returns the recipe; `seed` a number when it is a safe integer, a bigint otherwise
 * @remarks
 * Fails with `INVALID_FILE` when the entry exists but is not a recipe, and when its
 * `streamVersion` is not this core's `STREAM_VERSION`: this core would draw other bits from it,
 * so it refuses it rather than redraw it differently.
 *
 * @example
 * ```ts
 * import { readRecipe, readSafetensors } from '@weightinit/buffers'
 * const show = (file: Uint8Array) => readRecipe(readSafetensors(file).metadata)?.seed
 * ```
 */
export function readRecipe(metadata: Readonly<Record<string, string>>): WeightRecipe | undefined {
  checkOptions(metadata, 'metadata', 'the string entries of a file (e.g. `__metadata__`)')
  if (!Object.hasOwn(metadata, RECIPE_METADATA_KEY)) return undefined
  const text = metadata[RECIPE_METADATA_KEY] as string
  let json: { streamVersion?: unknown; seed?: unknown; weights?: unknown }
  checkJsonTextDepth(text, 'INVALID_FILE', `the ${RECIPE_METADATA_KEY} metadata`)
  try {
    json = JSON.parse(text) as typeof json
  } catch {
    return invalid('it is not JSON')
  }
  if (json === null || typeof json !== 'object') return invalid('it is not an object')
  const { streamVersion, seed, weights } = json
  if (typeof streamVersion !== 'number' || !Number.isSafeInteger(streamVersion)) {
    return invalid(`streamVersion is ${describeValue(streamVersion)}`)
  }
  if (streamVersion !== STREAM_VERSION) {
    fail(
      'INVALID_FILE',
      `the ${RECIPE_METADATA_KEY} metadata was drawn with stream version ${streamVersion}; this @weightinit/core draws stream version ${STREAM_VERSION} and cannot make the same bytes again`,
      { streamVersion, expected: STREAM_VERSION },
    )
  }
  if (typeof seed !== 'string' || !/^[0-9]{1,20}$/.test(seed))
    return invalid(`seed is ${describeValue(seed)}`)
  if (weights === null || typeof weights !== 'object' || Array.isArray(weights)) {
    return invalid('weights is not an object')
  }
  const big = BigInt(seed)
  const parsed: Seed = big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big
  try {
    normalizeSeed(parsed)
  } catch {
    return invalid(`seed ${seed} is out of range`)
  }
  return { streamVersion, seed: parsed, weights: weights as WeightRecipe['weights'] }
}

function invalid(why: string): never {
  return fail(
    'INVALID_FILE',
    `the ${RECIPE_METADATA_KEY} metadata is not a weightinit recipe: ${why}`,
    {},
  )
}
