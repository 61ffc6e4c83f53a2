import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { convertShape } from './convertShape'
import type { NamedLayout } from './layouts'

describe('convertShape', () => {
  it('oihw ↔ hwio, keeping the kernel order', () => {
    expect(convertShape([64, 3, 7, 5], 'oihw', 'hwio')).toEqual([7, 5, 3, 64])
    expect(convertShape([7, 5, 3, 64], 'hwio', 'oihw')).toEqual([64, 3, 7, 5])
    expect(convertShape([16, 8, 3, 4, 5], 'oidhw', 'dhwio')).toEqual([3, 4, 5, 8, 16])
    expect(convertShape([16, 8, 5], 'torch-conv', 'wio')).toEqual([5, 8, 16])
  })

  it('oi ↔ io, also to and from their conv forms at rank 2', () => {
    expect(convertShape([256, 784], 'oi', 'io')).toEqual([784, 256])
    expect(convertShape([784, 256], 'io', 'oi')).toEqual([256, 784])
    expect(convertShape([256, 784], 'oi', 'hwio')).toEqual([784, 256])
  })

  it('iohw ↔ hwoi', () => {
    expect(convertShape([16, 4, 3, 5], 'iohw', 'hwoi')).toEqual([3, 5, 4, 16])
    expect(convertShape([3, 5, 4, 16], 'keras-convtranspose', 'onnx-convtranspose')).toEqual([
      16, 4, 3, 5,
    ])
  })

  it('returns a copy for the same layout', () => {
    const shape = [3, 3, 32, 2]
    const result = convertShape(shape, 'hwim', 'depthwise')
    expect(result).toEqual(shape)
    expect(result).not.toBe(shape)
  })

  it('refuses pairs that are not the same weight', () => {
    const pairs: [NamedLayout, NamedLayout][] = [
      ['oihw', 'iohw'],
      ['hwoi', 'hwio'],
      ['oi', 'iohw'],
    ]
    for (const [from, to] of pairs) {
      const shape = from === 'oi' ? [8, 4] : [8, 4, 3, 3]
      const error = expectError(() => convertShape(shape, from, to), 'INVALID_LAYOUT')
      expect(error.message).toMatch(/cannot convert a shape/)
    }
    expect(
      expectError(() => convertShape([3, 3, 8, 2], 'hwim', 'oihw'), 'INVALID_LAYOUT').message,
    ).toMatch(/\[in·multiplier, 1, \*k\]/)
  })

  it('refuses ranks a layout does not take, bad shapes and unknown names', () => {
    expectError(() => convertShape([64, 3, 3, 3], 'oihw', 'io'), 'INVALID_LAYOUT')
    expectError(() => convertShape([5], 'oihw', 'hwio'), 'INVALID_LAYOUT')
    expectError(() => convertShape([5, -1], 'oi', 'io'), 'INVALID_SHAPE')
    expectError(() => convertShape([5, 1], 'oi', 'nc' as NamedLayout), 'INVALID_LAYOUT')
  })
})
