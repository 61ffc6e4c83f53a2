import { describe, expect, it } from 'vitest'
import { WeightinitError } from '../errors/WeightinitError'
import type { Plan } from '../plan/planTypes'
import type { ModelContext } from './modelContext'
import { planScheme } from './planScheme'
import type { SchemePlan } from './planScheme.types'
import { type Role, roles } from './roles'
import { type SchemeKey, schemes } from './schemes'

/** A shape for every role, `[out, in, …]`, in a model of width 64, 4 heads, MLP width 256. */
const shapes: Record<Role, number[]> = {
  token_embedding: [100, 64],
  position_embedding: [32, 64],
  token_type_embedding: [2, 64],
  tied_embedding: [100, 64],
  class_token: [1, 1, 64],
  register_token: [1, 4, 64],
  patch_embedding: [64, 3, 4, 4],
  patch_embedding_bias: [64],
  attention_qkv: [192, 64],
  attention_qkv_bias: [192],
  attention_query: [64, 64],
  attention_query_bias: [64],
  attention_key: [64, 64],
  attention_key_bias: [64],
  attention_value: [64, 64],
  attention_value_bias: [64],
  attention_output: [64, 64],
  attention_output_bias: [64],
  mlp_input: [256, 64],
  mlp_input_bias: [256],
  mlp_gate: [256, 64],
  mlp_gate_bias: [256],
  mlp_up: [256, 64],
  mlp_up_bias: [256],
  mlp_output: [64, 256],
  mlp_output_bias: [64],
  readout: [100, 64],
  readout_bias: [100],
  linear: [64, 64],
  linear_bias: [64],
  norm_scale: [64],
  norm_shift: [64],
  rms_norm_scale: [64],
  stem_conv: [16, 3, 3, 3],
  branch_conv: [16, 16, 3, 3],
  branch_conv_last: [16, 16, 3, 3],
  shortcut_conv: [32, 16, 1, 1],
  scalar_bias: [1],
  scalar_multiplier: [1],
}

const context: ModelContext = {
  layers: 4,
  encoderLayers: 4,
  decoderLayers: 4,
  architecture: 'encoder_decoder',
  width: 64,
  baseWidth: 16,
  heads: 4,
  kvHeads: 4,
  headDim: 16,
  ffnWidth: 256,
  initializerRange: 0.02,
  family: 'llama',
  paddingIdx: 0,
  branchDepth: 2,
}

const names = Object.keys(schemes) as SchemeKey[]
const roleNames = Object.keys(roles) as Role[]

/** Whether the scheme covers the role: a rule for it, or for every block of a packed role. */
function covers(scheme: SchemeKey, role: Role): boolean {
  const rules: Partial<Record<Role, unknown>> = schemes[scheme].rules
  const packs = (roles[role] as { packs?: readonly Role[] }).packs
  return rules[role] !== undefined || packs?.every((p) => rules[p] !== undefined) === true
}

function plans(p: SchemePlan): Plan[] {
  return p.packed ? p.parts.map((part) => part.plan) : [p.plan]
}

function outcome(run: () => SchemePlan): SchemePlan | string {
  try {
    return run()
  } catch (error) {
    if (error instanceof WeightinitError) return error.code
    throw error
  }
}

describe('every role × scheme', () => {
  it('plans with a full context exactly the roles the scheme covers, else ROLE_NOT_IN_SCHEME', () => {
    let planned = 0
    for (const scheme of names) {
      for (const role of roleNames) {
        const result = outcome(() =>
          planScheme({
            scheme,
            role,
            shape: shapes[role],
            block: 1,
            stack: 'decoder',
            fanIn: 48,
            context,
          }),
        )
        if (!covers(scheme, role)) {
          expect(result, `${scheme} × ${role}`).toBe('ROLE_NOT_IN_SCHEME')
          continue
        }
        if (typeof result === 'string') throw new Error(`${scheme} × ${role} failed with ${result}`)
        for (const p of plans(result)) {
          expect(Number.isFinite(p.std) && p.std >= 0, `${scheme} × ${role}: std ${p.std}`).toBe(
            true,
          )
          if (p.distribution !== 'constant') expect(p.std, `${scheme} × ${role}`).toBeGreaterThan(0)
        }
        expect(result.explanation.length, `${scheme} × ${role}`).toBeGreaterThan(0)
        planned += 1
      }
    }
    expect(planned).toBeGreaterThan(200)
  })

  it('with no context, each either plans or names what is missing (or refuses the role)', () => {
    const codes = new Set<string>()
    for (const scheme of names) {
      for (const role of roleNames) {
        const result = outcome(() => planScheme({ scheme, role, shape: shapes[role] }))
        if (typeof result === 'string') {
          expect(['MISSING_SCHEME_OPTION', 'ROLE_NOT_IN_SCHEME'], `${scheme} × ${role}`).toContain(
            result,
          )
          codes.add(result)
        } else {
          expect(covers(scheme, role)).toBe(true)
        }
      }
    }
    expect([...codes].sort()).toEqual(['MISSING_SCHEME_OPTION', 'ROLE_NOT_IN_SCHEME'])
  })

  it('every rule cites a source in its steps', () => {
    for (const scheme of names) {
      for (const role of roleNames) {
        if (!covers(scheme, role)) continue
        const result = planScheme({
          scheme,
          role,
          shape: shapes[role],
          block: 1,
          stack: 'encoder',
          fanIn: 48,
          context,
        })
        const steps = result.packed
          ? result.parts.flatMap((part) => part.explanation)
          : result.explanation
        expect(
          steps.some((step) => step.source !== undefined),
          `${scheme} × ${role}`,
        ).toBe(true)
      }
    }
  })
})
