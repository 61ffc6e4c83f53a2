import fc from 'fast-check'
import { describe, it } from 'vitest'
import { planScheme } from './planScheme'
import type { SchemeRequest, WholeSchemePlan } from './planScheme.types'

const params = { numRuns: 300, seed: 20261207 }

function whole(request: SchemeRequest): WholeSchemePlan {
  const p = planScheme(request)
  if (p.packed) throw new Error(`expected a whole-tensor plan of ${p.role}`)
  return p
}

/** L blocks, a block index i < L, and a width d. */
const depthAndBlock = fc
  .integer({ min: 1, max: 512 })
  .chain((layers) =>
    fc.record({ layers: fc.constant(layers), block: fc.integer({ min: 0, max: layers - 1 }) }),
  )
const width = fc.integer({ min: 1, max: 16384 })
const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.abs(b)

describe('scheme properties over every block index, any L and d', () => {
  it('megatron: the residual projections are σ/√(2L) at every block, the rest σ', () => {
    fc.assert(
      fc.property(
        depthAndBlock,
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        ({ layers, block }, std) => {
          const context = { layers }
          const out = whole({
            scheme: 'megatron',
            role: 'mlp_output',
            shape: [8, 8],
            block,
            context,
            options: { std },
          })
          const hidden = whole({
            scheme: 'megatron',
            role: 'mlp_input',
            shape: [8, 8],
            block,
            context,
            options: { std },
          })
          return out.plan.std === std / Math.sqrt(2 * layers) && hidden.plan.std === std
        },
      ),
      params,
    )
  })

  it('torchtitan depth_init: wo, w2, w3 at block i are 0.02/√(2(i+1)), decreasing in i; off, 0.02/√(2L)', () => {
    fc.assert(
      fc.property(depthAndBlock, ({ layers, block }) => {
        const at = (i: number, depthInit: boolean) =>
          whole({
            scheme: 'torchtitan',
            role: 'attention_output',
            shape: [8, 8],
            block: i,
            context: { layers },
            options: { depth_init: depthInit },
          }).plan.std
        const here = at(block, true)
        const next = block + 1 < layers ? at(block + 1, true) : 0
        const spec = whole({ scheme: 'torchtitan', role: 'mlp_up', shape: [8, 8], block }).spec
        return (
          relativeError(here, 0.02 / Math.sqrt(2 * (block + 1))) < 1e-9 &&
          next < here &&
          (spec as { std: number }).std === 0.02 / Math.sqrt(2 * (block + 1)) &&
          at(block, false) === 0.02 / Math.sqrt(2 * layers)
        )
      }),
      params,
    )
  })

  it('neox: small_init² · 5d = 2 and wang_init · L · √d = 2', () => {
    fc.assert(
      fc.property(depthAndBlock, width, ({ layers }, d) => {
        const context = { layers, width: d }
        const small = whole({ scheme: 'neox', role: 'attention_qkv', shape: [24, 8], context }).plan
          .std
        const wang = whole({ scheme: 'neox', role: 'attention_output', shape: [8, 8], context })
          .plan.std
        return (
          relativeError(small * small * 5 * d, 2) < 1e-14 &&
          relativeError(wang * layers * Math.sqrt(d), 2) < 1e-14
        )
      }),
      params,
    )
  })

  it('olmo mitchell: σ · √(2·d·(i+1)) = 1 for the attention output at every block, cut at ±3σ', () => {
    fc.assert(
      fc.property(depthAndBlock, width, ({ layers, block }, d) => {
        const p = whole({
          scheme: 'olmo',
          role: 'attention_output',
          shape: [8, 8],
          block,
          context: { layers, width: d },
        })
        if (p.plan.distribution !== 'truncated_normal') return false
        return (
          relativeError(p.plan.sigma * Math.sqrt(2 * d * (block + 1)), 1) < 1e-14 &&
          relativeError(p.plan.high, 3 * p.plan.sigma) < 1e-14
        )
      }),
      params,
    )
  })

  it('mup: hidden σ · √(width/base) = σ, whatever the widths', () => {
    fc.assert(
      fc.property(width, width, (w, base) => {
        const p = whole({
          scheme: 'mup',
          role: 'mlp_output',
          shape: [8, 8],
          context: { width: w, baseWidth: base },
        })
        return relativeError(p.plan.std * Math.sqrt(w / base), 0.02) < 1e-14
      }),
      params,
    )
  })

  it('fixup: scale^(2m−2) · L = 1 for any L and branch depth m', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 2, max: 8 }),
        (layers, m) => {
          const p = whole({
            scheme: 'fixup',
            role: 'branch_conv',
            shape: [4, 4, 3, 3],
            context: { layers, branchDepth: m },
          })
          const scale = p.explanation.find((s) => s.quantity === 'scale')?.value as number
          return (
            relativeError(scale ** (2 * m - 2) * layers, 1) < 1e-12 &&
            p.plan.std === Math.sqrt(2 / 36) * scale
          )
        },
      ),
      params,
    )
  })

  it('deepnet and t_fixup factors shrink with depth and stay positive and finite', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), (layers) => {
        const beta = (l: number) =>
          whole({
            scheme: 'deepnet',
            role: 'attention_value',
            shape: [8, 8],
            context: { architecture: 'encoder', layers: l },
          }).explanation.find((s) => s.quantity === 'beta')?.value as number
        const gain = (l: number) =>
          (
            whole({
              scheme: 't_fixup',
              role: 'mlp_input',
              shape: [8, 8],
              stack: 'decoder',
              context: { decoderLayers: l },
            }).spec as { gain: number }
          ).gain
        return (
          beta(layers) > beta(layers + 1) &&
          beta(layers) > 0 &&
          relativeError(beta(layers) ** 4 * 8 * layers, 1) < 1e-14 &&
          gain(layers) > gain(layers + 1) &&
          Number.isFinite(gain(layers))
        )
      }),
      params,
    )
  })

  it('spectral: σ·√fan_in = min(1, √(fan_out/fan_in)) under both layouts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 1, max: 4096 }),
        (fanOut, fanIn) => {
          const oi = whole({ scheme: 'spectral', role: 'mlp_input', shape: [fanOut, fanIn] }).plan
            .std
          const io = whole({
            scheme: 'spectral',
            role: 'mlp_input',
            shape: [fanIn, fanOut],
            layout: 'io',
          }).plan.std
          return (
            oi === io &&
            relativeError(oi * Math.sqrt(fanIn), Math.min(1, Math.sqrt(fanOut / fanIn))) < 1e-14
          )
        },
      ),
      params,
    )
  })
})
