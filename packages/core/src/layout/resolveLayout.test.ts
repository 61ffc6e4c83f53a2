import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { isNamedLayout, layoutNames } from './isNamedLayout'
import type { NamedLayout } from './layouts'
import { layoutAliases, layouts } from './layouts'
import { canonicalLayout, resolveLayout } from './resolveLayout'

describe('resolveLayout', () => {
  it('resolves channels-first and channels-last axes for each rank', () => {
    expect(resolveLayout('oihw', 4)).toEqual({
      name: 'oihw',
      rank: 4,
      in: 1,
      out: 0,
      kernel: [2, 3],
      grouped: 'out',
      impliedGroups: false,
    })
    expect(resolveLayout('hwio', 5)).toMatchObject({ in: 3, out: 4, kernel: [0, 1, 2] })
    expect(resolveLayout('iohw', 3)).toMatchObject({ in: 0, out: 1, kernel: [2], grouped: 'in' })
    expect(resolveLayout('hwoi', 4)).toMatchObject({ in: 3, out: 2, kernel: [0, 1], grouped: 'in' })
    expect(resolveLayout('hwim', 4)).toMatchObject({ in: 2, out: 3, impliedGroups: true })
    expect(resolveLayout('oi', 2)).toMatchObject({ in: 1, out: 0, kernel: [], grouped: null })
    expect(resolveLayout('io', 2)).toMatchObject({ in: 0, out: 1, kernel: [], grouped: null })
  })

  it('oihw at rank 2 has the axes of oi, hwio those of io', () => {
    expect(resolveLayout('oihw', 2)).toMatchObject({ in: 1, out: 0, kernel: [] })
    expect(resolveLayout('hwio', 2)).toMatchObject({ in: 0, out: 1, kernel: [] })
  })

  it('resolves every alias to its canonical layout', () => {
    const expected: Record<keyof typeof layoutAliases, string> = {
      oiw: 'oihw',
      oidhw: 'oihw',
      'onnx-conv': 'oihw',
      'torch-conv': 'oihw',
      wio: 'hwio',
      dhwio: 'hwio',
      'keras-conv': 'hwio',
      'onnx-convtranspose': 'iohw',
      'torch-convtranspose': 'iohw',
      'keras-convtranspose': 'hwoi',
      'keras-depthwise': 'hwim',
      depthwise: 'hwim',
    }
    for (const [alias, name] of Object.entries(expected)) {
      const rank = layoutAliases[alias as keyof typeof layoutAliases].rank ?? 4
      expect(resolveLayout(alias as NamedLayout, rank).name).toBe(name)
      expect(canonicalLayout(alias as NamedLayout)).toBe(name)
    }
  })

  it('fixed-rank aliases take their rank only', () => {
    expect(resolveLayout('oiw', 3).name).toBe('oihw')
    expect(resolveLayout('dhwio', 5).kernel).toEqual([0, 1, 2])
    expectError(() => resolveLayout('oiw', 4), 'INVALID_LAYOUT')
    expectError(() => resolveLayout('wio', 2), 'INVALID_LAYOUT')
    expectError(() => resolveLayout('oidhw', 4), 'INVALID_LAYOUT')
  })

  it('refuses ranks below 2 and dense layouts above 2', () => {
    expectError(() => resolveLayout('oihw', 1), 'INVALID_LAYOUT')
    expectError(() => resolveLayout('io', 3), 'INVALID_LAYOUT')
  })

  it('refuses unknown names and bad ranks', () => {
    expectError(() => resolveLayout('nchw' as NamedLayout, 4), 'INVALID_LAYOUT')
    expectError(() => canonicalLayout('nchw' as NamedLayout), 'INVALID_LAYOUT')
    expectError(() => resolveLayout('oihw', -1), 'INVALID_ARGUMENT')
    expectError(() => resolveLayout('oihw', 2.5), 'INVALID_ARGUMENT')
  })

  it('does not accept Object.prototype keys as names', () => {
    expect(isNamedLayout('toString')).toBe(false)
    expectError(() => resolveLayout('constructor' as NamedLayout, 2), 'INVALID_LAYOUT')
  })
})

describe('layoutNames and isNamedLayout', () => {
  it('lists every canonical layout and alias once', () => {
    expect(layoutNames).toHaveLength(
      Object.keys(layouts).length + Object.keys(layoutAliases).length,
    )
    expect(new Set(layoutNames).size).toBe(layoutNames.length)
    expect(layoutNames.slice(0, 7)).toEqual(['oi', 'io', 'oihw', 'hwio', 'iohw', 'hwoi', 'hwim'])
    for (const name of layoutNames) expect(isNamedLayout(name)).toBe(true)
  })

  it('is exact and case-sensitive', () => {
    expect(isNamedLayout('OIHW')).toBe(false)
    expect(isNamedLayout(3)).toBe(false)
    expect(isNamedLayout({ inAxis: 0, outAxis: 1 })).toBe(false)
  })
})
