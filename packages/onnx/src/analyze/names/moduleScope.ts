/**
 * The module path a node was exported from, recovered from PyTorch's node name: each scope of
 * `/model/layers.0/self_attn/q_proj/MatMul` is the module's unqualified name (its attribute name,
 * with the indices of the containers it sits in), so the scopes joined with dots give the module's
 * qualified name, `model.layers.0.self_attn.q_proj`. A scope that repeats the end of the path before
 * it (`/blocks/blocks.0/attn`: a called `nn.Sequential` and its child) adds only its indices, giving
 * `blocks.0.attn`. Linear in the name's length.
 *
 * @param nodeName - the node's name
 * @returns the module path, or `null` for a node outside any module or a name in another style
 *
 * @example
 * ```ts
 * import { moduleScope } from './moduleScope'
 * moduleScope('/model/layers.0/self_attn/q_proj/MatMul') // 'model.layers.0.self_attn.q_proj'
 * moduleScope('/blocks/blocks.0/attn/qkv/MatMul') // 'blocks.0.attn.qkv'
 * moduleScope('/Add') // null
 * ```
 */
export function moduleScope(nodeName: string): string | null {
  if (!nodeName.startsWith('/')) return null
  const parts = nodeName.split('/')
  // ['', scope…, op]: the first part is empty, the last names the op.
  if (parts.length < 3) return null
  const atoms: string[] = []
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i]!
    if (part.length === 0) return null
    const pieces = part.split('.')
    if (pieces.some((p) => p.length === 0)) return null
    const head = pieces[0]!
    const indices = pieces.length > 1 && pieces.slice(1).every(isIndex)
    if (indices && atoms[atoms.length - 1] === head) atoms.push(...pieces.slice(1))
    else atoms.push(...pieces)
  }
  return atoms.join('.')
}

function isIndex(atom: string): boolean {
  for (let i = 0; i < atom.length; i++) {
    const c = atom.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return atom.length > 0
}
