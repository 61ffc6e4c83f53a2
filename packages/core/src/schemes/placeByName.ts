import type { Stack } from './modelContext'
import { type GenericRole, type Role, roles } from './roles'

/**
 * Where a parameter's name says it sits in a transformer: its role, its block (from a number
 * segment: `layers.3`, `h.3`, `block_3`, `layer3`) and its stack (`encoder` or `decoder` in the
 * name), with the hint that decided the role.
 *
 * @example
 * ```ts
 * import { type NamedPlace, placeByName } from '@weightinit/core'
 * const place: NamedPlace | null = placeByName('model.layers.3.mlp.down_proj', 'weight')
 * // { role: 'mlp_output', block: 3, stack: null, hint: 'down_proj' }
 * ```
 */
export interface NamedPlace {
  readonly role: Role
  readonly block: number | null
  readonly stack: Stack | null
  /** The name hint of {@link roles} that matched (`null` for an embedding's default role). */
  readonly hint: string | null
}

/**
 * Words that put a name in a sublayer: where the name has one, a role of that sublayer wins over
 * a longer hint of another (`attention.output.dense` is the attention output, not the MLP's).
 */
const SECTIONS: readonly { readonly words: RegExp; readonly prefix: string }[] = [
  { words: /(^|[^a-z])(attn|attention|self_attn|selfattention)([^a-z]|$)/i, prefix: 'attention_' },
  { words: /(^|[^a-z])(mlp|ffn|feed_forward|feedforward|intermediate)([^a-z]|$)/i, prefix: 'mlp_' },
]

/** A hint found in the name with non-alphanumeric characters (or nothing) on both sides. */
function containsHint(name: string, hint: string): boolean {
  let at = name.indexOf(hint)
  while (at >= 0) {
    const before = name[at - 1]
    const after = name[at + hint.length]
    if (
      (before === undefined || !/[A-Za-z0-9]/.test(before)) &&
      (after === undefined || !/[A-Za-z0-9]/.test(after))
    ) {
      return true
    }
    at = name.indexOf(hint, at + 1)
  }
  return false
}

/** The weight role (not a bias) a name's hints give, among the roles that refine `generic`. */
function weightRole(name: string, generic: GenericRole): { role: Role; hint: string } | null {
  const found: { role: Role; hint: string }[] = []
  for (const [role, definition] of Object.entries(roles) as [Role, (typeof roles)[Role]][]) {
    if (!(definition.refines as readonly GenericRole[]).includes(generic)) continue
    for (const raw of definition.names as readonly string[]) {
      if (raw.endsWith('.bias')) continue
      const hint = raw.replace(/\.weight$/, '')
      if (containsHint(name, hint)) found.push({ role, hint })
    }
  }
  const section = SECTIONS.find(
    (s) => s.words.test(name) && found.some((f) => f.role.startsWith(s.prefix)),
  )
  const pool =
    section === undefined ? found : found.filter((f) => f.role.startsWith(section.prefix))
  let best: { role: Role; hint: string } | null = null
  for (const candidate of pool)
    if (best === null || candidate.hint.length > best.hint.length) best = candidate
  return best
}

/**
 * The place in a transformer that a parameter's (or a layer's) name says, from the name hints of
 * {@link roles} (`q_proj`, `c_attn`, `down_proj`, `wte`, …): the longest hint found with
 * non-alphanumeric characters (or the ends) on both sides wins, among the roles that refine the
 * generic role the caller knows from the layer (`weight` for a kernel, `bias`, `embedding`), and
 * a hint of the sublayer the name is in (`attn`, `mlp`, …) wins over any other — so GPT-2's
 * `h.0.attn.c_proj` is the attention output and `h.0.mlp.c_proj` the MLP's. A bias takes the bias
 * role of its weight's (`attention_query` → `attention_query_bias`); an embedding no hint names is
 * the token embedding. The block is the first number segment (`layers.3`, `h.3`, `block_3`,
 * `layer3`); the stack is `encoder` or `decoder` when the name says so. `null` when no hint fits.
 *
 * @param name - the parameter or layer name (`transformer.h.0.attn.c_attn`, `block_1_q_proj`)
 * @param generic - what the adapter knows the tensor is: `weight`, `bias`, `embedding`, …
 *
 * @example
 * ```ts
 * import { placeByName } from '@weightinit/core'
 * placeByName('transformer.h.1.mlp.c_proj', 'weight') // { role: 'mlp_output', block: 1, … }
 * placeByName('block_0_q_proj', 'bias')?.role // 'attention_query_bias'
 * placeByName('encoder/layer_2/attention/output/dense', 'weight') // { role: 'attention_output', block: 2, stack: 'encoder', … }
 * ```
 */
export function placeByName(name: string, generic: GenericRole): NamedPlace | null {
  const block = blockOf(name)
  const stack = /(^|[^a-z])encoder([^a-z]|$)/i.test(name)
    ? 'encoder'
    : /(^|[^a-z])decoder([^a-z]|$)/i.test(name)
      ? 'decoder'
      : null
  if (generic === 'bias') {
    const weight = weightRole(name, 'weight')
    if (weight === null) return null
    const bias = `${weight.role}_bias`
    return Object.hasOwn(roles, bias)
      ? { role: bias as Role, block, stack, hint: weight.hint }
      : null
  }
  const found = weightRole(name, generic)
  if (found !== null) return { role: found.role, block, stack, hint: found.hint }
  return generic === 'embedding' ? { role: 'token_embedding', block, stack, hint: null } : null
}

/** The first number segment of a name: `layers.3`, `h.3`, `block_3`, `layer3`, `blocks3`. */
function blockOf(name: string): number | null {
  for (const segment of name.split(/[./_\-:]+/)) {
    const match = /^(?:layers?|blocks?|h|l)?(\d+)$/i.exec(segment)
    if (match !== null) return Number(match[1])
  }
  return null
}
