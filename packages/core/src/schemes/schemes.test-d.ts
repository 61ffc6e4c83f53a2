import { describe, expectTypeOf, it } from 'vitest'
import {
  type ModelChange,
  type ModelContext,
  planScheme,
  type Role,
  type SchemeKey,
  type SchemeName,
  type SchemeOptions,
  type SchemePlan,
  type SchemeRequest,
  schemes,
} from '../index'

describe('model-level scheme types', () => {
  it('scheme and role names are checked, aliases included', () => {
    expectTypeOf<'gpt2'>().toExtend<SchemeName>()
    expectTypeOf<'timm_vit'>().toExtend<SchemeKey>()
    expectTypeOf<'gpt2'>().not.toExtend<SchemeKey>()
    expectTypeOf<string>().not.toExtend<SchemeName>()
    expectTypeOf<'rms_norm_scale'>().toExtend<Role>()
    expectTypeOf<'rmsnorm'>().not.toExtend<Role>()
    expectTypeOf<string>().not.toExtend<Role>()
  })

  it('options are keyed by each scheme’s parameters', () => {
    expectTypeOf<{ base_width: 256; readout: 'zero' }>().toExtend<SchemeOptions<'mup'>>()
    expectTypeOf<{ layers: '12' }>().toExtend<SchemeOptions<'gpt2'>>()
    // @ts-expect-error: megatron has no base_width
    const wrong: SchemeOptions<'megatron'> = { base_width: 4 }
    expectTypeOf(wrong).toExtend<SchemeOptions<'megatron'>>()
    expectTypeOf<keyof SchemeOptions<'fixup'>>().toEqualTypeOf<'layers' | 'branch_depth'>()
  })

  it('a request ties options to its scheme, and planScheme returns a SchemePlan', () => {
    const request = {
      scheme: 'torchtitan',
      role: 'mlp_up',
      shape: [8, 8],
      block: 0,
      options: { depth_init: false },
    } as const satisfies SchemeRequest
    expectTypeOf(planScheme(request)).toEqualTypeOf<SchemePlan>()
    planScheme({
      scheme: 'torchtitan',
      role: 'readout',
      shape: [8, 8],
      // @ts-expect-error: torchtitan takes no readout option
      options: { readout: 'zero' },
    })
    // @ts-expect-error: roles are checked
    planScheme({ scheme: 'hf', role: 'lm_head', shape: [8, 8] })
  })

  it('plans are discriminated by packed', () => {
    const p = planScheme({ scheme: 'hf', role: 'attention_qkv', shape: [24, 8] })
    if (p.packed) {
      expectTypeOf(p.parts[0]!.role).toEqualTypeOf<Role>()
      expectTypeOf(p.axis).toEqualTypeOf<number>()
    } else {
      expectTypeOf(p.zeroRow).toEqualTypeOf<number | undefined>()
    }
    expectTypeOf(p.changes).toEqualTypeOf<readonly ModelChange[]>()
  })

  it('the model context and the scheme table are plain data', () => {
    expectTypeOf<{ layers: 12; width: 768; family: 'gpt2' }>().toExtend<ModelContext>()
    expectTypeOf<{ architecture: 'decoder_only' }>().not.toExtend<ModelContext>()
    expectTypeOf(schemes.megatron.parameters.std.default).toEqualTypeOf<0.02>()
  })
})
