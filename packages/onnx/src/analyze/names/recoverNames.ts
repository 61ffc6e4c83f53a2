import type { Role as ModelRole } from '@weightinit/core'
import type { NodeProto } from '../../schema/generated/onnx_pb'
import type { Role } from '../roles'
import type { ModelPlace } from '../transformer/transformerTypes'
import { isGeneratedName } from './isGeneratedName'
import { moduleScope } from './moduleScope'

/**
 * One use of a tensor, as name recovery reads it: the node, the exporter's alias on the way, and
 * the roles the use gives the tensor.
 *
 * @example
 * ```ts
 * import type { NamedUse } from './recoverNames'
 * declare const node: import('@weightinit/onnx/schema').NodeProto
 * const use: NamedUse = { node, alias: null, role: 'weight', place: null }
 * ```
 */
export interface NamedUse {
  readonly node: NodeProto
  readonly alias: string | null
  readonly role: Role
  readonly place: ModelPlace | null
}

/**
 * The names recovered for a model's tensors, as flat lists: the parameter behind each use (all
 * uses of all tensors, in order), and per tensor its own parameter name as the graph shows it and
 * the name to show.
 *
 * @example
 * ```ts
 * import type { RecoveredNames } from './recoverNames'
 * const q: RecoveredNames = {
 *   useNames: ['model.layers.0.self_attn.q_proj.weight'],
 *   recoveredNames: ['model.layers.0.self_attn.q_proj.weight'],
 *   displayNames: ['model.layers.0.self_attn.q_proj.weight'],
 * }
 * ```
 */
export interface RecoveredNames {
  readonly useNames: readonly (string | null)[]
  readonly recoveredNames: readonly (string | null)[]
  readonly displayNames: readonly string[]
}

/** Generic roles whose parameter PyTorch calls `weight`, and `bias`. */
const WEIGHTS: ReadonlySet<Role> = new Set([
  'weight',
  'embedding',
  'norm_scale',
  'attention_weight',
])
const BIASES: ReadonlySet<Role> = new Set(['bias', 'norm_shift', 'attention_bias'])
/** Model roles with no `weight`/`bias` name: a module's own attribute (`pos_embed`, `cls_token`). */
const OWN_ATTRIBUTES: ReadonlySet<ModelRole> = new Set([
  'class_token',
  'register_token',
  'position_embedding',
])

/**
 * The names of parameters a module uses directly rather than through child `Linear`s
 * (`nn.MultiheadAttention` calls `F.linear` with them), by role: they are told apart by role when
 * one scope holds several layers' weights.
 */
const FUNCTIONAL: Readonly<Partial<Record<ModelRole, string>>> = {
  attention_qkv: 'in_proj_weight',
  attention_qkv_bias: 'in_proj_bias',
  attention_query: 'q_proj_weight',
  attention_key: 'k_proj_weight',
  attention_value: 'v_proj_weight',
  attention_output: 'out_proj.weight',
  attention_output_bias: 'out_proj.bias',
}

/**
 * Recovers readable parameter names for every tensor, whatever the exporter called it. The name
 * behind a use is, in order: the alias it is read through (the `Identity` output PyTorch names
 * after a de-duplicated parameter) unless made up; the tensor's own name, for a direct use, unless
 * made up; the node's module path with `.weight` or `.bias` (`/model/layers.0/self_attn/q_proj/MatMul`
 * → `model.layers.0.self_attn.q_proj.weight`). A module path that would name several tensors'
 * `weight` is a module calling its parameters functionally: there the role picks the name
 * (`in_proj_weight`, `out_proj.weight`) or none is given. A tensor's display name is its own name
 * unless made up, else its recovered name, unless that is another tensor's name or recovered for
 * several tensors. Linear in the number of uses.
 *
 * @param tensors - each tensor's name and uses
 * @returns the recovered names, flat: per use (all tensors' uses in order) and per tensor
 *
 * @example
 * ```ts
 * import { recoverNames } from './recoverNames'
 * declare const node: import('@weightinit/onnx/schema').NodeProto // '/model/layers.0/self_attn/q_proj/MatMul'
 * recoverNames([{ name: 'onnx::MatMul_743', uses: [{ node, alias: null, role: 'weight', place: null }] }])
 *   .displayNames[0] // 'model.layers.0.self_attn.q_proj.weight'
 * ```
 */
export function recoverNames(
  tensors: readonly { readonly name: string; readonly uses: readonly NamedUse[] }[],
): RecoveredNames {
  // Candidates first (flat, one per use), to see which module paths several tensors claim.
  const scopes: (string | null)[] = []
  const candidates: (string | null)[] = []
  const claims = new Map<string, number>()
  const claimedBy = new Map<string, number>()
  tensors.forEach((tensor, t) => {
    for (const use of tensor.uses) {
      const suffix = suffixOf(use)
      const scope = suffix === null ? null : moduleScope(use.node.name)
      const name = scope === null ? null : `${scope}.${suffix}`
      scopes.push(scope)
      candidates.push(name)
      if (name !== null && claimedBy.get(name) !== t) {
        claims.set(name, (claims.get(name) ?? 0) + 1)
        claimedBy.set(name, t)
      }
    }
  })
  const useNames: (string | null)[] = []
  const recoveredNames: (string | null)[] = []
  const displayNames: string[] = []
  let at = 0
  for (const tensor of tensors) {
    const own = isGeneratedName(tensor.name) ? null : tensor.name
    let recovered: string | null = null
    let anyName: string | null = null
    for (const use of tensor.uses) {
      const candidate = candidates[at]!
      const scope = scopes[at]!
      at++
      if (!isParameter(use)) {
        useNames.push(null)
        continue
      }
      let scoped: string | null = null
      if (candidate !== null) {
        if ((claims.get(candidate) ?? 0) < 2) scoped = candidate
        else {
          const functional = use.place === null ? undefined : FUNCTIONAL[use.place.role]
          scoped = functional === undefined ? null : `${scope}.${functional}`
        }
      }
      if (use.alias === null && recovered === null) recovered = scoped
      const name =
        use.alias !== null && !isGeneratedName(use.alias)
          ? use.alias
          : use.alias === null && own !== null
            ? own
            : scoped
      anyName ??= name
      useNames.push(name)
    }
    recovered ??= anyName
    recoveredNames.push(recovered)
    displayNames.push(own ?? recovered ?? tensor.name)
  }
  // A recovered display name must name one tensor, and no other tensor's own name.
  const own = new Set<string>()
  for (const tensor of tensors) own.add(tensor.name)
  const count = new Map<string, number>()
  for (const name of displayNames) count.set(name, (count.get(name) ?? 0) + 1)
  tensors.forEach((tensor, t) => {
    const shown = displayNames[t]!
    if (shown !== tensor.name && ((count.get(shown) ?? 0) > 1 || own.has(shown))) {
      displayNames[t] = tensor.name
    }
  })
  return { useNames, recoveredNames, displayNames }
}

/** Whether a use reads the tensor as a parameter (a model role, or a generic weight or bias). */
function isParameter(use: NamedUse): boolean {
  return use.place !== null || WEIGHTS.has(use.role) || BIASES.has(use.role)
}

/** `weight` or `bias` for a parameter use, `null` for other uses and a module's own attributes. */
function suffixOf(use: NamedUse): 'weight' | 'bias' | null {
  const { place, role } = use
  if (place !== null) {
    if (OWN_ATTRIBUTES.has(place.role)) return null
    return place.role.endsWith('_bias') || place.role === 'norm_shift' ? 'bias' : 'weight'
  }
  if (WEIGHTS.has(role)) return 'weight'
  if (BIASES.has(role)) return 'bias'
  return null
}
