import { fail } from '../errors/WeightinitError'
import type { Layout } from '../layout/layouts'
import { resolveLayout } from '../layout/resolveLayout'
import type { ParameterReader } from './parameterReader'
import type { Role } from './roles'
import type { SchemeStep } from './schemeDefinition'

/**
 * The blocks of a packed tensor: the axis they stack along, and each block's role, start and size.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'deepnet', role: 'attention_qkv', shape: [96, 32], context: { architecture: 'decoder', layers: 4 } })
 * if (p.packed) p.parts.map((part) => part.size) // [32, 32, 32]
 * ```
 */
export interface PackedBlocks {
  readonly axis: number
  readonly blocks: readonly { readonly role: Role; readonly start: number; readonly size: number }[]
  readonly steps: readonly SchemeStep[]
}

/**
 * Splits a packed Q/K/V tensor along its output axis: q = heads · head_dim and
 * k = v = kv_heads · head_dim when the heads are known (head_dim defaults to width / heads,
 * kv_heads to heads), else three equal blocks.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'mup', role: 'attention_qkv', shape: [96, 64], context: { width: 64, baseWidth: 16, heads: 8, kvHeads: 2 } })
 * if (p.packed) p.parts.map((part) => part.size) // [64, 16, 16]
 * ```
 */
export function packedBlocks(
  scheme: string,
  role: Role,
  packs: readonly Role[],
  shape: readonly number[],
  layout: Layout,
  reader: ParameterReader,
): PackedBlocks {
  const axis = outputAxis(role, shape, layout)
  const total = shape[axis] ?? 0
  const where = `${role} [${shape.join(', ')}]`
  let widths: number[]
  let formula: string
  if (reader.peek('heads') === undefined) {
    if (total % 3 !== 0) {
      fail(
        'MISSING_SCHEME_OPTION',
        `${scheme} needs heads (attention heads) to split ${where} into query, key and value: ${total} outputs are not three equal blocks; pass --recipe-option heads=VALUE`,
        { scheme, role, option: 'heads', meaning: 'attention heads' },
      )
    }
    widths = [total / 3, total / 3, total / 3]
    formula = `no heads given: three equal blocks of ${total / 3}`
  } else {
    const heads = reader.read('heads') as number
    const kvHeads =
      reader.peek('kv_heads') === undefined ? heads : (reader.read('kv_heads') as number)
    let headDim: number
    if (reader.peek('head_dim') !== undefined) headDim = reader.read('head_dim') as number
    else {
      const width = reader.read('width') as number
      if (width % heads !== 0) {
        fail(
          'INVALID_SCHEME_OPTION',
          `${scheme}: width ${width} is not a multiple of heads ${heads}; give head_dim`,
          { scheme, role, option: 'head_dim', value: undefined },
        )
      }
      headDim = width / heads
    }
    widths = [heads * headDim, kvHeads * headDim, kvHeads * headDim]
    formula = `q = heads·head_dim = ${heads}·${headDim}, k = v = kv_heads·head_dim = ${kvHeads}·${headDim}`
    if (widths[0]! + widths[1]! + widths[2]! !== total) {
      fail(
        'INVALID_SCHEME_OPTION',
        `${scheme}: ${where} has ${total} outputs along axis ${axis}, but ${formula} make ${widths[0]! + widths[1]! + widths[2]!}`,
        { scheme, role, option: 'heads', value: heads },
      )
    }
  }
  let start = 0
  const blocks = packs.map((part, index) => {
    const size = widths[index]!
    const block = { role: part, start, size }
    start += size
    return block
  })
  return {
    axis,
    blocks,
    steps: [
      { quantity: 'blocks', value: widths.join(' + '), formula: `${formula}, along axis ${axis}` },
    ],
  }
}

/** The output axis of a packed weight (its layout's `out`), or 0 for a bias. */
function outputAxis(role: Role, shape: readonly number[], layout: Layout): number {
  if (shape.length === 1) return 0
  if (typeof layout !== 'string') {
    fail(
      'INVALID_LAYOUT',
      `a packed ${role} needs a named layout (oi, io, …) to find its output axis`,
      {
        layout,
      },
    )
  }
  return resolveLayout(layout, shape.length).out
}
