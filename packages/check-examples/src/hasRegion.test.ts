import { describe, expect, it } from 'vitest'
import { hasRegion } from './hasRegion'

describe('hasRegion', () => {
  const source = [
    'import { plan } from "@weightinit/core"',
    '// #region network',
    'const layers = 3',
    '// #endregion network',
    '/* #region init */',
    'const seed = 1',
    '/* #endregion */',
    '// #region open',
    'const never = 0',
  ].join('\n')

  it('finds a region closed by its name or by a bare #endregion', () => {
    expect(hasRegion(source, 'network')).toBe(true)
    expect(hasRegion(source, 'init')).toBe(true)
  })

  it('refuses a missing region, one never closed, and a name that is only a prefix', () => {
    expect(hasRegion(source, 'training')).toBe(false)
    expect(hasRegion(source, 'open')).toBe(false)
    expect(hasRegion(source, 'net')).toBe(false)
  })
})
