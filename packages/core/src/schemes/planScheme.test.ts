import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { describeScheme } from './describeScheme'
import { planScheme } from './planScheme'
import type { SchemePlan, WholeSchemePlan } from './planScheme.types'
import { resolveRole } from './resolveRole'
import { resolveScheme, schemeNames } from './resolveScheme'
import { type Role, roles } from './roles'
import { schemes } from './schemes'

function whole(p: SchemePlan): WholeSchemePlan {
  if (p.packed) throw new Error(`expected a whole-tensor plan of ${p.role}`)
  return p
}

describe('planScheme: where each number comes from', () => {
  it('takes a parameter from the context, an option over the context, and a default', () => {
    const p = whole(
      planScheme({
        scheme: 'megatron',
        role: 'mlp_output',
        shape: [768, 3072],
        context: { layers: 12 },
        options: { layers: '24', std: 0.01 },
      }),
    )
    expect(p.spec).toEqual({ init: 'normal', std: 0.01 / Math.sqrt(48) })
    expect(p.parameters.layers).toEqual({ value: 24, origin: 'option', contextValue: 12 })
    expect(p.parameters.std).toEqual({ value: 0.01, origin: 'option' })
    expect(p.parameters.residuals_per_layer).toEqual({ value: 2, origin: 'default' })
    const layers = p.explanation.find((s) => s.quantity === 'layers')
    expect(layers?.formula).toContain('--recipe-option layers=24 (overrides the model')
    const std = p.explanation.at(-1)
    expect(std).toMatchObject({ quantity: 'std', value: 0.01 / Math.sqrt(48) })
    expect(std?.source).toContain('megatron/core/utils.py:867-871')
  })

  it('records only the parameters a rule reads', () => {
    const p = planScheme({ scheme: 'megatron', role: 'token_embedding', shape: [50257, 768] })
    expect(Object.keys(p.parameters)).toEqual(['std'])
  })

  it('reads option strings by type: numbers, integers, booleans, words', () => {
    const p = whole(
      planScheme({
        scheme: 'torchtitan',
        role: 'attention_output',
        shape: [64, 64],
        block: 3,
        options: { depth_init: 'false', layers: '8', std: '0.04' },
      }),
    )
    expect(p.spec).toEqual({ init: 'trunc_normal', std: 0.04 / 4 })
    expect(p.parameters.depth_init?.value).toBe(false)
  })

  it('names an alias in the explanation', () => {
    const p = planScheme({ scheme: 'gpt2', role: 'readout', shape: [50257, 768] })
    expect(p.scheme).toBe('megatron')
    expect(p.explanation[0]).toEqual({
      quantity: 'scheme',
      value: 'megatron',
      formula: 'gpt2 is megatron',
    })
  })

  it('returns the padding row to zero, and plans the whole table', () => {
    const p = whole(
      planScheme({
        scheme: 'hf',
        role: 'token_embedding',
        shape: [32000, 64],
        context: { family: 'llama', paddingIdx: 2 },
      }),
    )
    expect(p.zeroRow).toBe(2)
    expect(p.plan.shape).toEqual([32000, 64])
    const none = whole(planScheme({ scheme: 'hf', role: 'token_embedding', shape: [10, 4] }))
    expect(none.zeroRow).toBeUndefined()
  })

  it('plans a packed Q/K/V tensor whole when its blocks draw alike', () => {
    const p = whole(
      planScheme({
        scheme: 'torchtitan',
        role: 'attention_qkv',
        shape: [96, 64],
        context: { heads: 8, kvHeads: 2, width: 64 },
      }),
    )
    expect(p.spec).toEqual({ init: 'trunc_normal', std: 0.02 })
    expect(p.plan.shape).toEqual([96, 64])
    expect(p.explanation.at(-1)?.formula).toContain('draw alike')
    // a scheme with a rule for the packed role itself draws it whole without splitting
    const megatron = whole(
      planScheme({ scheme: 'megatron', role: 'attention_qkv', shape: [192, 64] }),
    )
    expect(megatron.explanation.some((step) => step.quantity === 'blocks')).toBe(false)
  })

  it('splits a packed tensor by grouped-query widths along the layout’s output axis', () => {
    const p = planScheme({
      scheme: 'mup',
      role: 'attention_qkv',
      shape: [64, 96],
      layout: 'io',
      context: { width: 64, baseWidth: 16, heads: 8, kvHeads: 2 },
    })
    if (!p.packed) throw new Error('expected parts')
    expect(p.axis).toBe(1)
    expect(p.parts.map(({ role, start, size, shape }) => ({ role, start, size, shape }))).toEqual([
      { role: 'attention_query', start: 0, size: 64, shape: [64, 64] },
      { role: 'attention_key', start: 64, size: 16, shape: [64, 16] },
      { role: 'attention_value', start: 80, size: 16, shape: [64, 16] },
    ])
    expect(p.parts[0]?.spec).toEqual({ init: 'zeros' })
    expect(p.parts[1]?.spec).toEqual({ init: 'normal', std: 0.01 })
  })

  it('splits a packed bias along its only axis, and three equal blocks without heads', () => {
    const p = planScheme({
      scheme: 'timm_vit',
      role: 'attention_qkv_bias',
      shape: [96],
      options: { mode: 'jax' },
    })
    expect(whole(p).spec).toEqual({ init: 'zeros' })
    const parts = planScheme({
      scheme: 'deepnet',
      role: 'attention_qkv',
      shape: [96, 32],
      context: { architecture: 'decoder', layers: 4 },
    })
    if (!parts.packed) throw new Error('expected parts: v is scaled by β, q and k are not')
    expect(parts.parts.map((part) => part.size)).toEqual([32, 32, 32])
    expect(parts.parts[0]?.spec).toEqual({ init: 'torch_default' })
    expect(parts.parts[2]?.spec.init).toBe('uniform')
  })

  it('refuses packed widths that do not add up, and an unsplittable tensor without heads', () => {
    const error = expectError(
      () =>
        planScheme({
          scheme: 'mup',
          role: 'attention_qkv',
          shape: [100, 64],
          context: { width: 64, baseWidth: 16, heads: 4, kvHeads: 2 },
        }),
      'INVALID_SCHEME_OPTION',
    )
    expect(error.message).toContain('100 outputs along axis 0')
    const missing = expectError(
      () =>
        planScheme({
          scheme: 'mup',
          role: 'attention_qkv',
          shape: [100, 64],
          context: { width: 64, baseWidth: 16 },
        }),
      'MISSING_SCHEME_OPTION',
      { option: 'heads' },
    )
    expect(missing.message).toContain('--recipe-option heads=VALUE')
  })

  it('keeps the layout for fan-dependent rules: io and oi give the same numbers', () => {
    const oi = whole(planScheme({ scheme: 'spectral', role: 'mlp_input', shape: [256, 64] }))
    const io = whole(
      planScheme({ scheme: 'spectral', role: 'mlp_input', shape: [64, 256], layout: 'io' }),
    )
    expect(io.plan.std).toBe(oi.plan.std)
    expect(oi.plan.std).toBe(1 / Math.sqrt(64))
  })
})

describe('planScheme: bad input', () => {
  it('unknown scheme, role and option names get the closest name', () => {
    expect(
      expectError(
        () => planScheme({ scheme: 'torchtitn' as 'hf', role: 'readout', shape: [2, 2] }),
        'UNKNOWN_SCHEME',
      ).message,
    ).toContain("did you mean 'torchtitan'?")
    expect(
      expectError(
        () => planScheme({ scheme: 'hf', role: 'mlp_ouput' as Role, shape: [2, 2] }),
        'UNKNOWN_ROLE',
      ).message,
    ).toContain("did you mean 'mlp_output'?")
    const option = expectError(
      () =>
        planScheme({
          scheme: 'mup',
          role: 'readout',
          shape: [2, 2],
          options: { basewidth: 4 } as never,
        }),
      'UNKNOWN_SCHEME_OPTION',
      { option: 'basewidth' },
    )
    expect(option.message).toContain("did you mean 'base_width'?")
  })

  it('a missing quantity fails in one line naming the --recipe-option key and its meaning', () => {
    const error = expectError(
      () =>
        planScheme({
          scheme: 'mup',
          role: 'token_embedding',
          shape: [10, 4],
          context: { width: 4 },
        }),
      'MISSING_SCHEME_OPTION',
      { option: 'base_width', scheme: 'mup' },
    )
    expect(error.message).toContain('--recipe-option base_width=VALUE')
    expect(error.message).toContain('the width the base model was tuned at')
    expect(error.message).not.toContain('\n')
    expectError(
      () => planScheme({ scheme: 'megatron', role: 'attention_output', shape: [4, 4] }),
      'MISSING_SCHEME_OPTION',
      { option: 'layers' },
    )
    expectError(
      () => planScheme({ scheme: 'torchtitan', role: 'mlp_output', shape: [4, 4] }),
      'MISSING_SCHEME_OPTION',
      { option: 'block' },
    )
    expectError(
      () =>
        planScheme({
          scheme: 't_fixup',
          role: 'mlp_input',
          shape: [4, 4],
          context: { encoderLayers: 2 },
        }),
      'MISSING_SCHEME_OPTION',
      { option: 'stack' },
    )
  })

  it('invalid option and context values say what is allowed', () => {
    expect(
      expectError(
        () =>
          planScheme({ scheme: 'megatron', role: 'readout', shape: [2, 2], options: { std: -1 } }),
        'INVALID_SCHEME_OPTION',
      ).message,
    ).toContain('must be a finite number > 0, got -1')
    // Non-finite and huge values as themselves (JSON.stringify said "got null"), long strings cut.
    for (const [std, shown] of [
      [Infinity, 'got Infinity'],
      [Number.NaN, 'got NaN'],
      ['x'.repeat(120_000), '(120000 characters)'],
    ] as const) {
      const { message } = expectError(
        () => planScheme({ scheme: 'megatron', role: 'readout', shape: [2, 2], options: { std } }),
        'INVALID_SCHEME_OPTION',
      )
      expect(message).toContain(shown)
      expect(message.length).toBeLessThan(400)
    }
    expect(
      expectError(
        () =>
          planScheme({ scheme: 'hf', role: 'readout', shape: [2, 2], context: { family: 'lama' } }),
        'INVALID_SCHEME_OPTION',
      ).message,
    ).toContain("did you mean 'llama'?")
    expectError(
      () => planScheme({ scheme: 'torchtitan', role: 'mlp_up', shape: [2, 2], block: 1.5 }),
      'INVALID_SCHEME_OPTION',
      { option: 'block' },
    )
    expectError(
      () =>
        planScheme({
          scheme: 'olmo',
          role: 'mlp_output',
          shape: [2, 2],
          block: 4,
          context: { layers: 4 },
        }),
      'INVALID_SCHEME_OPTION',
      { option: 'block' },
    )
    expectError(() => planScheme({ scheme: 'spectral', role: 'linear', shape: [0, 4] }), 'FAN_ZERO')
    expectError(
      () => planScheme({ scheme: 'hf', role: 'readout', shape: [-1, 2] }),
      'INVALID_SHAPE',
    )
  })

  it('options and context must be objects', () => {
    expectError(
      () =>
        planScheme({ scheme: 'hf', role: 'readout', shape: [2, 2], options: 'std=0.1' as never }),
      'INVALID_ARGUMENT',
    )
    expectError(
      () => planScheme({ scheme: 'hf', role: 'readout', shape: [2, 2], context: [12] as never }),
      'INVALID_ARGUMENT',
    )
  })

  it('a role the scheme has no rule for fails listing the roles it has', () => {
    const error = expectError(
      () => planScheme({ scheme: 'fixup', role: 'attention_qkv', shape: [6, 2] }),
      'ROLE_NOT_IN_SCHEME',
      { scheme: 'fixup', role: 'attention_qkv' },
    )
    expect(error.message).toContain('it initializes stem_conv, branch_conv')
  })
})

describe('names, roles and descriptions', () => {
  it('resolves names and aliases, and lists them', () => {
    expect(resolveScheme('gpt2')).toBe('megatron')
    expect(resolveScheme('timm_vit')).toBe('timm_vit')
    expect(schemeNames()).toEqual([...Object.keys(schemes), 'gpt2'])
    expect(resolveRole('rms_norm_scale')).toBe('rms_norm_scale')
    expectError(() => resolveScheme('toString'), 'UNKNOWN_SCHEME')
    expectError(() => resolveRole('constructor'), 'UNKNOWN_ROLE')
  })

  it('every packed role packs roles of the vocabulary', () => {
    for (const definition of Object.values(roles)) {
      for (const part of (definition as { packs?: readonly string[] }).packs ?? []) {
        expect(Object.keys(roles)).toContain(part)
      }
    }
  })

  it('describes a scheme’s options for --recipe-option help', () => {
    const mup = describeScheme('mup')
    expect(mup.name).toBe('mup')
    expect(mup.options.find((o) => o.key === 'base_width')).toEqual({
      key: 'base_width',
      meaning: 'the width the base model was tuned at (μP scales relative to it)',
      type: 'integer',
      context: 'baseWidth',
    })
    expect(mup.options.find((o) => o.key === 'readout')?.default).toBe('zero')
    expect(describeScheme('gpt2').roles).toContain('attention_output')
  })

  it('every scheme parameter has a meaning, and every default fits its type', () => {
    for (const [name, definition] of Object.entries(schemes)) {
      for (const [key, parameter] of Object.entries(definition.parameters)) {
        expect(parameter.meaning.length, `${name}.${key}`).toBeGreaterThan(3)
        if (!('default' in parameter)) continue
        const value = parameter.default
        const type = parameter.type
        if (type === 'boolean') expect(typeof value).toBe('boolean')
        else if (type === 'number' || type === 'integer') expect(typeof value).toBe('number')
        else expect(type).toContain(value)
      }
    }
  })
})
