import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeFans } from './computeFans'
import { convertShape } from './convertShape'
import type { Fans } from './fans'

const dimension = fc.integer({ min: 0, max: 12 })
const positive = fc.integer({ min: 1, max: 12 })
const kernel = fc.array(dimension, { minLength: 0, maxLength: 4 })
const divisors = (n: number) =>
  Array.from({ length: n }, (_, i) => i + 1).filter((d) => n % d === 0)
const product = (values: readonly number[]) => values.reduce((a, b) => a * b, 1)

/** A grouped weight: per-group channels on one side, total on the other, and a valid groups. */
const grouped = fc
  .record({ total: positive, perGroup: dimension, kernel })
  .chain(({ total, perGroup, kernel }) =>
    fc.constantFrom(...divisors(total)).map((groups) => ({ total, perGroup, kernel, groups })),
  )

/** Everything but the layout name, which differs by construction. */
const numbers = ({ layout: _, ...rest }: Fans) => rest

const params = { numRuns: 300, seed: 20240611 }

describe('fan properties', () => {
  it('oihw equals the PyTorch formula, hwio the Keras formula (groups 1)', () => {
    fc.assert(
      fc.property(dimension, dimension, kernel, (out, inn, k) => {
        const rf = product(k)
        const torch = computeFans([out, inn, ...k], 'oihw')
        expect([torch.fanIn, torch.fanOut, torch.receptiveField]).toEqual([inn * rf, out * rf, rf])
        const keras = computeFans([...k, inn, out], 'hwio')
        expect([keras.fanIn, keras.fanOut]).toEqual([inn * rf, out * rf])
      }),
      params,
    )
  })

  it('converting oihw ↔ hwio never changes the fans', () => {
    fc.assert(
      fc.property(grouped, ({ total, perGroup, kernel, groups }) => {
        const oihw = [total, perGroup, ...kernel]
        const hwio = convertShape(oihw, 'oihw', 'hwio')
        expect(numbers(computeFans(hwio, 'hwio', { groups }))).toEqual(
          numbers(computeFans(oihw, 'oihw', { groups })),
        )
        expect(convertShape(hwio, 'hwio', 'oihw')).toEqual(oihw)
      }),
      params,
    )
  })

  it('converting iohw ↔ hwoi never changes the fans', () => {
    fc.assert(
      fc.property(grouped, ({ total, perGroup, kernel, groups }) => {
        const iohw = [total, perGroup, ...kernel]
        const hwoi = convertShape(iohw, 'iohw', 'hwoi')
        expect(numbers(computeFans(hwoi, 'hwoi', { groups }))).toEqual(
          numbers(computeFans(iohw, 'iohw', { groups })),
        )
        expect(convertShape(hwoi, 'hwoi', 'iohw')).toEqual(iohw)
      }),
      params,
    )
  })

  it('grouped fans multiply back to the ungrouped ones on the total-count side', () => {
    fc.assert(
      fc.property(grouped, ({ total, perGroup, kernel, groups }) => {
        const shape = [total, perGroup, ...kernel]
        for (const layout of ['oihw', 'hwio'] as const) {
          const weight = layout === 'oihw' ? shape : convertShape(shape, 'oihw', 'hwio')
          const one = computeFans(weight, layout)
          const many = computeFans(weight, layout, { groups })
          expect(many.fanOut * groups).toBe(one.fanOut)
          expect(many.fanIn).toBe(one.fanIn)
        }
        const one = computeFans(shape, 'iohw')
        const many = computeFans(shape, 'iohw', { groups })
        expect(many.fanIn * groups).toBe(one.fanIn)
        expect(many.fanOut).toBe(one.fanOut)
      }),
      params,
    )
  })

  it('receptiveField · channels identities', () => {
    fc.assert(
      fc.property(dimension, dimension, kernel, (out, inn, k) => {
        const shape = [out, inn, ...k]
        const count = product(shape)
        const fans = computeFans(shape, 'oihw')
        expect(fans.fanIn).toBe(inn * fans.receptiveField)
        expect(fans.fanOut).toBe(out * fans.receptiveField)
        expect(fans.fanIn * out).toBe(count)
        expect(fans.fanOut * inn).toBe(count)
      }),
      params,
    )
  })

  it('transposed layouts swap the as-stored fans (groups 1)', () => {
    fc.assert(
      fc.property(dimension, dimension, kernel, (a, b, k) => {
        const stored = computeFans([a, b, ...k], 'oihw')
        const forward = computeFans([a, b, ...k], 'iohw')
        expect([forward.fanIn, forward.fanOut]).toEqual([stored.fanOut, stored.fanIn])
        const keras = computeFans([...k, a, b], 'hwio')
        const kerasForward = computeFans([...k, a, b], 'hwoi')
        expect([kerasForward.fanIn, kerasForward.fanOut]).toEqual([keras.fanOut, keras.fanIn])
      }),
      params,
    )
  })

  it('depthwise hwim is hwio with fan_in divided by the input channels', () => {
    fc.assert(
      fc.property(positive, dimension, kernel, (channels, multiplier, k) => {
        const shape = [...k, channels, multiplier]
        const keras = computeFans(shape, 'hwio')
        const depthwise = computeFans(shape, 'hwim')
        expect(depthwise.fanIn * channels).toBe(keras.fanIn)
        expect(depthwise.fanOut).toBe(keras.fanOut)
        // the same weight in PyTorch's form [in·multiplier, 1, *k] with groups = in
        const torch = computeFans([channels * multiplier, 1, ...k], 'oihw', { groups: channels })
        expect([torch.fanIn, torch.fanOut]).toEqual([depthwise.fanIn, depthwise.fanOut])
      }),
      params,
    )
  })

  it('JAX default axes agree with hwio at every rank ≥ 2', () => {
    fc.assert(
      fc.property(fc.array(dimension, { minLength: 2, maxLength: 6 }), (shape) => {
        const jax = computeFans(shape, { inAxis: -2, outAxis: -1 })
        const keras = computeFans(shape, 'hwio')
        expect([jax.fanIn, jax.fanOut, jax.receptiveField]).toEqual([
          keras.fanIn,
          keras.fanOut,
          keras.receptiveField,
        ])
      }),
      params,
    )
  })
})
