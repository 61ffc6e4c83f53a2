import { describe, expect, it } from 'vitest'
import { activations } from '../gain/activations'
import {
  type DifferentiableActivationName,
  differentiableActivations,
} from './differentiableActivations'

const names = Object.keys(differentiableActivations) as DifferentiableActivationName[]

/** Where each activation has a kink: the central difference is not taken within 1e-3 of one. */
const kinks: Partial<Record<DifferentiableActivationName, readonly number[]>> = {
  relu: [0],
  leaky_relu: [0],
  selu: [0],
  elu: [0],
  relu6: [0, 6],
  hardswish: [-3, 3],
}

/** −8 … 8 in steps of 0.37 (no kink falls on the grid), and some far points. */
const points = [...Array.from({ length: 44 }, (_, i) => -8 + 0.37 * i), -30, -15.5, 12.25, 25]

/**
 * The central difference (f(x + h) − f(x − h))/2h, with h = 1e-5·max(1, |x|): truncation error
 * h²·|f‴|/6 ≲ 2e-11 and rounding error about 2^-53·|f|/h ≲ 1e-11·max(1, |x|), so 1e-8 relative to
 * max(1, |f′|) leaves a margin of 100.
 */
function centralDifference(f: (x: number) => number, x: number): number {
  const h = 1e-5 * Math.max(1, Math.abs(x))
  return (f(x + h) - f(x - h)) / (2 * h)
}

describe('differentiableActivations', () => {
  it('covers every nonlinearity with a function: PyTorch’s six and all of `activations`', () => {
    expect(names.sort()).toEqual(
      [
        'linear',
        'sigmoid',
        'tanh',
        'relu',
        'leaky_relu',
        'selu',
        ...Object.keys(activations),
      ].sort(),
    )
  })

  it.each([
    ...names.map((name) => [name, undefined] as const),
    ['leaky_relu', 0.2],
    ['elu', 0.5],
    ['softplus', 2],
  ] as const)(
    '%s (parameter %s): the derivative matches a central difference',
    (name, parameter) => {
      const { value, derivative } = differentiableActivations[name]
      const f = (x: number) => value(x, parameter)
      for (const x of points) {
        if ((kinks[name] ?? []).some((k) => Math.abs(x - k) < 1e-3)) continue
        const exact = derivative(x, parameter)
        const numeric = centralDifference(f, x)
        expect(Math.abs(exact - numeric), `${name}'(${x})`).toBeLessThanOrEqual(
          1e-8 * Math.max(1, Math.abs(exact)),
        )
      }
    },
  )

  it('takes PyTorch’s value at each kink', () => {
    const d = (name: DifferentiableActivationName, x: number, parameter?: number) =>
      differentiableActivations[name].derivative(x, parameter)
    expect(d('relu', 0)).toBe(0)
    expect(d('leaky_relu', 0)).toBe(0.01)
    expect(d('leaky_relu', 0, 0.2)).toBe(0.2)
    expect(d('elu', 0, 0.5)).toBe(0.5)
    expect(d('selu', 0)).toBe(1.0507009873554805 * 1.6732632423543772)
    expect([d('relu6', 0), d('relu6', 6)]).toEqual([0, 0])
    expect([d('hardswish', -3), d('hardswish', 3)]).toEqual([-0.5, 1.5])
  })

  it('gives the textbook values of the functions', () => {
    const f = (name: DifferentiableActivationName, x: number) =>
      differentiableActivations[name].value(x)
    for (const x of [-20, -2.5, -0.3, 0, 0.7, 3, 40]) {
      expect(f('linear', x)).toBe(x)
      expect(f('relu', x)).toBe(Math.max(x, 0))
      expect(f('leaky_relu', x)).toBe(x > 0 ? x : 0.01 * x)
      // Math.exp and Math.tanh are within an ulp or two of the exact value on V8
      expect(f('sigmoid', x)).toBeCloseTo(1 / (1 + Math.exp(-x)), 15)
      expect(f('tanh', x)).toBeCloseTo(Math.tanh(x), 15)
      expect(f('selu', x)).toBeCloseTo(
        1.0507009873554805 * (x > 0 ? x : 1.6732632423543772 * Math.expm1(x)),
        14,
      )
    }
    // the tails do not overflow or turn into NaN
    expect(f('sigmoid', -800)).toBe(0)
    expect(f('sigmoid', 800)).toBe(1)
    expect(differentiableActivations.sigmoid.derivative(800)).toBe(0)
    expect(Math.abs(differentiableActivations.silu.derivative(-800))).toBe(0)
    expect(differentiableActivations.mish.derivative(800)).toBe(1)
  })
})
