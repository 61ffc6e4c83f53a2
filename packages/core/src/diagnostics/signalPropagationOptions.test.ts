import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { nonlinearities } from '../gain/nonlinearities'
import { propagateSignal } from './propagateSignal'
import { resolveSignalOptions, type SignalPropagationOptions } from './signalPropagationOptions'
import { signalPropagationSteps } from './signalPropagationSteps'

/** Options as a caller without types could pass them. */
const untyped = (options: Record<string, unknown>) => options as SignalPropagationOptions

describe('resolveSignalOptions', () => {
  it('fills in the defaults', () => {
    const resolved = resolveSignalOptions({})
    expect(resolved).toMatchObject({
      activation: 'linear',
      width: 128,
      batch: 64,
      depth: 50,
      seed: 0,
      normalization: 'none',
      residual: false,
    })
  })

  it('knows every nonlinearity name', () => {
    for (const activation of nonlinearities) {
      expect(() => resolveSignalOptions({ activation })).not.toThrow()
    }
  })

  it('binds the activation parameter: negativeSlope, alpha, beta, each to its own activation', () => {
    expect(resolveSignalOptions({ activation: 'leaky_relu' }).value(-1)).toBe(-0.01)
    expect(resolveSignalOptions({ activation: 'leaky_relu', negativeSlope: 0.2 }).value(-1)).toBe(
      -0.2,
    )
    expect(resolveSignalOptions({ activation: 'leaky_relu', negativeSlope: 0 }).value(-1)).toBe(-0)
    expect(resolveSignalOptions({ activation: 'elu', alpha: 2 }).derivative(0)).toBe(2)
    expect(resolveSignalOptions({ activation: 'softplus', beta: 2 }).derivative(0)).toBe(0.5)
    // a parameter for another activation is ignored, as PyTorch's calculate_gain ignores it
    expect(resolveSignalOptions({ activation: 'relu', negativeSlope: Number.NaN }).value(-1)).toBe(
      0,
    )
  })
})

describe('bad options fail with a stable code before any work', () => {
  it.each([
    ['width', 0],
    ['width', 2.5],
    ['width', -3],
    ['width', Number.NaN],
    ['width', 2 ** 53],
    ['batch', 0],
    ['batch', '64'],
    ['depth', 0],
    ['depth', Number.POSITIVE_INFINITY],
  ])('%s %s: INVALID_ARGUMENT', (name, value) => {
    const error = expectError(
      () => propagateSignal('xavier_normal', untyped({ [name]: value })),
      'INVALID_ARGUMENT',
    )
    expect(error.message).toMatch(new RegExp(`^${name} must be a positive safe integer, got`))
  })

  it('an unknown activation: UNKNOWN_NAME, with a suggestion and the names allowed', () => {
    const error = expectError(
      () => propagateSignal('xavier_normal', untyped({ activation: 'rleu' })),
      'UNKNOWN_NAME',
    )
    expect(error.message).toContain("unknown activation 'rleu' (did you mean 'relu'?)")
    expect(error.message).toContain('hardswish')
  })

  it('an unknown normalization: UNKNOWN_NAME', () => {
    const error = expectError(
      () => propagateSignal('xavier_normal', untyped({ normalization: 'bacth' })),
      'UNKNOWN_NAME',
    )
    expect(error.message).toBe(
      "unknown normalization 'bacth' (did you mean 'batch'?); expected one of none, batch, layer",
    )
  })

  it('batch normalization of a single input: INVALID_ARGUMENT', () => {
    const error = expectError(
      () => propagateSignal('xavier_normal', { normalization: 'batch', batch: 1 }),
      'INVALID_ARGUMENT',
    )
    expect(error.message).toContain('at least 2')
    // layer normalization is defined for one input
    expect(() =>
      propagateSignal('xavier_normal', { normalization: 'layer', batch: 1, depth: 2, width: 4 }),
    ).not.toThrow()
  })

  it('a misspelt option name, a residual that is not a boolean, options that are not an object', () => {
    const misspelt = expectError(
      () => propagateSignal('xavier_normal', untyped({ normalisation: 'batch' })),
      'INVALID_ARGUMENT',
    )
    expect(misspelt.message).toContain(
      "unknown option 'normalisation' (did you mean 'normalization'?)",
    )
    expectError(
      () => propagateSignal('xavier_normal', untyped({ residual: 1 })),
      'INVALID_ARGUMENT',
    )
    expect(
      expectError(
        () => propagateSignal('xavier_normal', null as unknown as SignalPropagationOptions),
        'INVALID_ARGUMENT',
      ).code,
    ).toBe('INVALID_ARGUMENT')
  })

  it.each([
    ['leaky_relu', 'negativeSlope', Number.NaN],
    ['elu', 'alpha', Number.POSITIVE_INFINITY],
    ['softplus', 'beta', 0],
    ['softplus', 'beta', '1'],
  ])('%s with %s %s: INVALID_OPTION', (activation, name, value) => {
    const error = expectError(
      () => propagateSignal('xavier_normal', untyped({ activation, [name]: value })),
      'INVALID_OPTION',
    )
    expect(error.message).toMatch(new RegExp(`^${name} must be a finite number`))
  })

  it('a bad spec or seed fails with plan’s and sample’s codes, when the steps are created', () => {
    expectError(() => signalPropagationSteps(untyped({}) as never), 'INVALID_SPEC')
    expectError(() => signalPropagationSteps('kaiming_normall' as never), 'UNKNOWN_NAME')
    expectError(() => signalPropagationSteps('xavier_normal', { seed: -1 }), 'INVALID_SEED')
  })
})
