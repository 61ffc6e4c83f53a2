import { planScheme, type SchemeRequest } from '@weightinit/core'

/** One curve of a scheme page's plot: a label and the weight std of each residual branch. */
interface StreamCase {
  readonly label: string
  /** Each branch's weight std, bottom to top (two branches per transformer block). */
  readonly stds: readonly number[]
  /** Whether this is a curve with the depth scaling (the test checks it grows slower). */
  readonly scaled: boolean
}

/** The residual stack a scheme page plots, and the curves it compares. */
export interface SchemeStream {
  /** d: the width of the model the stds are planned for, and of the simulated stream. */
  readonly width: number
  /** L: transformer blocks (each an attention and an MLP branch) or residual blocks. */
  readonly layers: number
  /** A LayerNorm before each branch (pre-LN transformer) or no normalization (Fixup's ResNet). */
  readonly norm: 'layer' | 'none'
  /** What the stack is, in words, for the plot's caption. */
  readonly model: string
  readonly cases: readonly StreamCase[]
}

/** The scheme families that have a residual-stream plot. */
export type StreamFamily = 'megatron' | 'neox' | 'torchtitan' | 'timm_vit' | 'fixup'

/** The std a scheme gives one tensor (a plain, unpacked role). */
function stdOf(request: SchemeRequest): number {
  const p = planScheme(request)
  if (p.packed) throw new Error(`${request.scheme} ${request.role}: packed`)
  return p.plan.std
}

/** The two residual branches of block i of a transformer: the attention's and the MLP's outputs. */
const BRANCHES = ['attention_output', 'mlp_output'] as const

/** Per branch, bottom to top: block i's attention output, then its MLP output. */
function transformerStds(
  layers: number,
  std: (role: 'attention_output' | 'mlp_output', block: number) => number,
): number[] {
  return Array.from({ length: 2 * layers }, (_, k) => std(BRANCHES[k % 2]!, Math.floor(k / 2)))
}

/** A GPT-2-small-sized pre-LN transformer: 12 blocks of width 768. */
const GPT2 = { layers: 12, width: 768 } as const

/**
 * The stack and curves of a scheme page's residual-stream plot, every std planned by core's
 * `planScheme` for that scheme: the residual output projections with the scheme's depth scaling,
 * and without it (the std the scheme gives the block's other weights). The widths and depths are
 * those of GPT-2 small and ViT-B (d = 768, L = 12) and of a ResNet of 16 residual blocks.
 *
 * @param family - the scheme family of the page
 * @example
 * ```ts
 * import { schemeStream } from './schemeStreams'
 * const { cases } = schemeStream('megatron')
 * cases[1]?.stds[0] // 0.02 / √24: megatron's attention output in block 0 of 12
 * ```
 */
export function schemeStream(family: StreamFamily): SchemeStream {
  const { layers, width } = GPT2
  const square = [width, width] as const
  const context = { layers, width }
  /** Each branch's std under a scheme (with options), as core plans it. */
  const planned = (scheme: SchemeRequest['scheme'], options: Record<string, boolean> = {}) =>
    transformerStds(layers, (role, block) =>
      stdOf({ scheme, role, shape: square, block, context, options } as SchemeRequest),
    )
  /** The std a scheme gives a block's other weights: what every branch gets without the scaling. */
  const unscaled = (scheme: SchemeRequest['scheme']) =>
    stdOf({ scheme, role: 'attention_query', shape: square, context })
  const transformer = (size: string, cases: readonly StreamCase[]): SchemeStream => ({
    width,
    layers,
    norm: 'layer',
    model: `a pre-LN ${size}, each block’s attention and MLP a residual branch of one linear layer after a LayerNorm`,
    cases,
  })
  const gpt2 = `transformer of ${layers} blocks of width ${width} (GPT-2 small’s size)`
  switch (family) {
    case 'megatron': {
      const flat = unscaled('megatron')
      return transformer(gpt2, [
        {
          label: `N(0, σ²) everywhere, σ = ${flat}`,
          stds: transformerStds(layers, () => flat),
          scaled: false,
        },
        { label: 'megatron / gpt2: outputs σ/√(2L)', stds: planned('megatron'), scaled: true },
      ])
    }
    case 'neox': {
      const small = unscaled('neox')
      return transformer(gpt2, [
        {
          label: 'small_init √(2/(5d)) everywhere',
          stds: transformerStds(layers, () => small),
          scaled: false,
        },
        { label: 'neox: outputs wang_init 2/(L√d)', stds: planned('neox'), scaled: true },
      ])
    }
    case 'torchtitan': {
      const base = unscaled('torchtitan')
      return transformer(gpt2, [
        {
          label: `trunc_normal(${base}) everywhere`,
          stds: transformerStds(layers, () => base),
          scaled: false,
        },
        {
          label: 'torchtitan, depth_init off: σ/√(2L)',
          stds: planned('torchtitan', { depth_init: false }),
          scaled: true,
        },
        {
          label: 'torchtitan, depth_init: σ/√(2(i+1))',
          stds: planned('torchtitan', { depth_init: true }),
          scaled: true,
        },
      ])
    }
    case 'timm_vit':
      return transformer(
        `vision transformer of ${layers} blocks of width ${width} (ViT-B’s size)`,
        [
          {
            label: 'timm default: trunc_normal(0.02)',
            stds: planned('timm_vit', { fix_init: false }),
            scaled: false,
          },
          {
            label: 'timm fix_init: outputs ÷ √(2(i+1))',
            stds: planned('timm_vit', { fix_init: true }),
            scaled: true,
          },
        ],
      )
    case 'fixup': {
      const blocks = 16
      const d = 64
      const he = Math.sqrt(2 / d)
      const context = { layers: blocks, branchDepth: 2 }
      const last = stdOf({
        scheme: 'fixup',
        role: 'branch_conv_last',
        shape: [d, d, 1, 1],
        context,
      })
      return {
        width: d,
        layers: blocks,
        norm: 'none',
        model: `a residual network without normalization: ${blocks} blocks of width ${d}, each branch one linear layer`,
        cases: [
          {
            label: 'He normal √(2/fan_in), no normalization',
            stds: Array(blocks).fill(he),
            scaled: false,
          },
          {
            label: 'fixup: last layer of each branch 0',
            stds: Array(blocks).fill(last),
            scaled: true,
          },
        ],
      }
    }
  }
}
