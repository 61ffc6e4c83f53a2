import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { nonlinearities } from '../gain/nonlinearities'
import type { Definition } from './definition'
import { definitions, type QualifiedName } from './definitions'
import { normalizeSpec } from './normalizeSpec'
import type { OptionName } from './optionTypes'
import { optionValues } from './optionValues'

/** Every option whose values are a list, with the list its type is read from. */
const enumerated: { readonly [K in OptionName]?: readonly unknown[] } = {
  ...optionValues,
  nonlinearity: nonlinearities,
}

/** A value for each option that has no default. */
const required: Record<string, unknown> = {
  value: 0.5,
  sparsity: 0.5,
  fan_in: 9,
  scale: 1,
  mode: 'fan_in',
  distribution: 'uniform',
}

function specWith(name: QualifiedName, option: string, value: unknown) {
  const spec: Record<string, unknown> = { init: name }
  for (const [other, fallback] of Object.entries(definitions[name].options)) {
    if (fallback === 'required') spec[other] = required[other]
  }
  return { ...spec, [option]: value }
}

describe('the values an option accepts: one list for the type and the check', () => {
  it('every definition accepts exactly the values its option types allow', () => {
    let checked = 0
    for (const name of Object.keys(definitions) as QualifiedName[]) {
      const definition: Definition = definitions[name]
      for (const option of Object.keys(definition.options) as OptionName[]) {
        const choices: readonly unknown[] | undefined = definition.choices?.[option]
        const allowed = choices ?? enumerated[option]
        if (allowed === undefined) continue
        const candidates = [...new Set([...(enumerated[option] ?? []), ...allowed, 'fan_none', 7])]
        for (const value of candidates) {
          const spec = specWith(name, option, value)
          if (allowed.includes(value)) {
            expect(normalizeSpec(spec).options[option], `${name} ${option}`).toBe(value)
          } else {
            // a nonlinearity is a name (with "did you mean"); every other option a value
            expectError(
              () => normalizeSpec(spec),
              option === 'nonlinearity' ? 'UNKNOWN_NAME' : 'INVALID_OPTION',
            )
          }
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(100)
  })

  it('choices narrow options the definition takes, and contain their defaults', () => {
    for (const name of Object.keys(definitions) as QualifiedName[]) {
      const definition: Definition = definitions[name]
      for (const [option, choices] of Object.entries(definition.choices ?? {})) {
        expect(Object.keys(definition.options), name).toContain(option)
        const everywhere = enumerated[option as OptionName]
        if (everywhere !== undefined) {
          for (const value of choices) expect(everywhere, name).toContain(value)
        }
        const fallback = definition.options[option as OptionName]
        if (fallback !== 'required') expect(choices, name).toContain(fallback)
      }
    }
  })

  it('refuses what PyTorch and JAX refuse, with the values allowed', () => {
    expect(
      expectError(
        () => normalizeSpec({ init: 'kaiming_normal', mode: 'fan_avg' }),
        'INVALID_OPTION',
      ).message,
    ).toBe('mode must be one of fan_in, fan_out, got "fan_avg"')
    expect(normalizeSpec({ init: 'kaiming_normal', mode: 'FAN_OUT' }).options.mode).toBe('fan_out')
    expect(normalizeSpec({ init: 'variance_scaling', mode: 'fan_avg' }).options.mode).toBe(
      'fan_avg',
    )
    const axis = expectError(
      () => normalizeSpec({ init: 'delta_orthogonal', column_axis: 0 }),
      'INVALID_OPTION',
    )
    expect([axis.code, axis.message]).toEqual([
      'INVALID_OPTION',
      'column_axis must be one of -1, -2, got 0',
    ])
    expect(normalizeSpec({ init: 'jax.orthogonal', column_axis: 0 }).options.column_axis).toBe(0)
  })
})
