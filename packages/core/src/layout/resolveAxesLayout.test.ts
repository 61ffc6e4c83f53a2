import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import type { AxesLayout } from './resolveAxesLayout'
import { resolveAxesLayout } from './resolveAxesLayout'

describe('resolveAxesLayout', () => {
  it('normalizes JAX axes and collects the rest', () => {
    expect(resolveAxesLayout({ inAxis: -2, outAxis: -1 }, 4)).toEqual({
      style: 'jax',
      in: [2],
      out: [3],
      batch: [],
      rest: [0, 1],
    })
    expect(resolveAxesLayout({ inAxis: [3, -5], outAxis: 1, batchAxis: [2] }, 5)).toEqual({
      style: 'jax',
      in: [0, 3],
      out: [1],
      batch: [2],
      rest: [4],
    })
  })

  it('reads Keras axes', () => {
    expect(resolveAxesLayout({ inputAxes: [0, 1], outputAxes: [-1] }, 3)).toEqual({
      style: 'keras',
      in: [0, 1],
      out: [2],
      batch: [],
      rest: [],
    })
  })

  it('treats an undefined batchAxis as absent', () => {
    const layout = { inAxis: 0, outAxis: 1, batchAxis: undefined } as unknown as AxesLayout
    expect(resolveAxesLayout(layout, 2).batch).toEqual([])
  })

  it('refuses axes out of range or not integers', () => {
    for (const axis of [2, -3, 0.5, Number.NaN, '1']) {
      const error = expectError(
        () => resolveAxesLayout({ inAxis: axis as number, outAxis: 1 } as AxesLayout, 2),
        'INVALID_LAYOUT',
      )
      expect(error.message).toMatch(/integers from -2 to 1/)
    }
  })

  it('refuses an axis listed twice, within or across in, out and batch', () => {
    expect(
      expectError(() => resolveAxesLayout({ inAxis: [0, -3], outAxis: 1 }, 3), 'INVALID_LAYOUT')
        .message,
    ).toMatch(/axis 0 is listed twice/)
    expectError(() => resolveAxesLayout({ inAxis: 1, outAxis: -1 }, 2), 'INVALID_LAYOUT')
    expectError(
      () => resolveAxesLayout({ inAxis: 0, outAxis: 1, batchAxis: [2, 1] }, 3),
      'INVALID_LAYOUT',
    )
    expect(
      expectError(
        () => resolveAxesLayout({ inputAxes: [0, 1], outputAxes: [1] }, 2),
        'INVALID_LAYOUT',
      ).message,
    ).toMatch(/axis 1 is listed twice \(in inputAxes and outputAxes\)/)
  })

  it('refuses mixed, missing or unknown keys', () => {
    const bad = [
      { inAxis: 0, outputAxes: [1] },
      { inAxis: 0 },
      { inputAxes: [0] },
      { inputAxes: [0], outputAxes: [1], batchAxis: 2 },
      { inAxis: 0, outAxis: 1, groups: 2 },
      {},
    ]
    for (const layout of bad) {
      const error = expectError(
        () => resolveAxesLayout(layout as unknown as AxesLayout, 3),
        'INVALID_LAYOUT',
      )
      expect(error.message).toMatch(/explicit axes must be/)
    }
  })

  it('refuses values that are not objects', () => {
    for (const layout of [null, 3, 'oihw', [0, 1]]) {
      expectError(() => resolveAxesLayout(layout as unknown as AxesLayout, 2), 'INVALID_LAYOUT')
    }
  })
})
