import {
  type GenericRole,
  type ModelContext,
  placeByName,
  planScheme,
  type Role,
  roles,
  type SchemePlan,
  type SchemeRequest,
  WeightinitError,
} from '@weightinit/core'
import { layerKind } from './layerKinds'
import type { SchemeRecipe } from './modelRecipe'
import type { ModelWeight } from './modelWeights'
import { weightLayout } from './presetInit'

/** What each tfjs weight is to a scheme, by layer kind and weight role (others: not placed). */
const GENERIC: Readonly<Record<string, GenericRole>> = {
  'dense/kernel': 'weight',
  'dense/bias': 'bias',
  'conv/kernel': 'weight',
  'conv/bias': 'bias',
  'embedding/embeddings': 'embedding',
}
const NORMS: Readonly<Record<string, Role>> = { gamma: 'norm_scale', beta: 'norm_shift' }

/**
 * A weight's role and block in the transformer: a LayerNormalization's gamma and beta are the
 * norm's scale and shift; a Dense, Conv or Embedding weight takes the recipe's `roles` (first
 * match), else what core's `placeByName` reads in the layer's name.
 */
function placeOf(
  weight: ModelWeight,
  recipe: SchemeRecipe,
): { role: Role; block: number | null } | null {
  const kind = layerKind(weight.className)
  if (weight.className === 'LayerNormalization' && Object.hasOwn(NORMS, weight.role)) {
    return {
      role: NORMS[weight.role]!,
      block: placeByName(weight.layerName, 'weight')?.block ?? null,
    }
  }
  const generic = GENERIC[`${kind}/${weight.role}`]
  if (generic === undefined) return null
  const named = placeByName(weight.layerName, generic)
  const given = recipe.roles?.find((r) =>
    typeof r.layer === 'string'
      ? r.layer === weight.layerName
      : weight.layerName.search(r.layer) >= 0,
  )
  if (given === undefined) return named === null ? null : { role: named.role, block: named.block }
  const role = generic === 'bias' ? `${given.role}_bias` : given.role
  if (!Object.hasOwn(roles, role)) return null
  return { role: role as Role, block: given.block ?? named?.block ?? null }
}

/**
 * The layers the model's placed weights imply: the highest block number + 1 (unless the context
 * gives the depth).
 *
 * @param weights - the model's weights
 * @param recipe - the scheme recipe
 * @example
 * ```ts
 * import { schemeContext } from './schemeInit'
 * declare const weights: readonly import('./modelWeights').ModelWeight[]
 * schemeContext(weights, { scheme: 'gpt2' }).layers
 * ```
 */
export function schemeContext(weights: readonly ModelWeight[], recipe: SchemeRecipe): ModelContext {
  const context = recipe.context ?? {}
  if (context.layers !== undefined || context.encoderLayers !== undefined) return context
  let last = -1
  for (const weight of weights) last = Math.max(last, placeOf(weight, recipe)?.block ?? -1)
  return last < 0 ? context : { ...context, layers: last + 1 }
}

/**
 * A weight's plan under the recipe's scheme (core's `planScheme`, with its role, block, shape and
 * layout, the context and the options), or `undefined` when the weight has no place in the
 * transformer, or a role the scheme has no rule for (it then gets the `otherwise` preset).
 *
 * @param weight - the weight
 * @param recipe - the scheme recipe
 * @param context - the model context (see {@link schemeContext})
 * @param byPath - every weight by path (a bias's rule may read its kernel's fan_in)
 * @example
 * ```ts
 * import { schemeInit } from './schemeInit'
 * declare const weight: import('./modelWeights').ModelWeight
 * schemeInit(weight, { scheme: 'megatron' }, { layers: 2 }, new Map())?.role
 * ```
 */
export function schemeInit(
  weight: ModelWeight,
  recipe: SchemeRecipe,
  context: ModelContext,
  byPath: ReadonlyMap<string, ModelWeight>,
): SchemePlan | undefined {
  const place = placeOf(weight, recipe)
  if (place === null) return undefined
  const request: Record<string, unknown> = {
    scheme: recipe.scheme,
    role: place.role,
    shape: weight.shape,
    layout: weightLayout(layerKind(weight.className), weight.role),
    context,
  }
  if (place.block !== null) request['block'] = place.block
  if (recipe.options !== undefined) request['options'] = recipe.options
  // A bias's kernel, channels-last: fan_in is every axis but the last (units, filters).
  const kernel =
    weight.role === 'bias' ? byPath.get(`${weight.path.slice(0, -4)}kernel`) : undefined
  if (kernel !== undefined) {
    request['fanIn'] = kernel.shape.slice(0, -1).reduce((a, b) => a * b, 1)
  }
  try {
    return planScheme(request as unknown as SchemeRequest)
  } catch (error) {
    // A role the scheme has no rule for (DeepNet's gated MLP) gets the preset, as unplaced weights do.
    if (error instanceof WeightinitError && error.code === 'ROLE_NOT_IN_SCHEME') return undefined
    throw error
  }
}
