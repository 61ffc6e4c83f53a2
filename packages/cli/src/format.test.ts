import { describe, expect, it } from 'vitest'
import { table } from './format'

describe('table', () => {
  it('aligns columns two spaces apart, with a rule under the header, the last column ragged', () => {
    expect(
      table(
        ['quantity', 'value'],
        [
          ['fanIn', '27'],
          ['std', '0.27'],
        ],
      ),
    ).toBe(['quantity  value', '────────  ─────', 'fanIn     27', 'std       0.27'].join('\n'))
  })

  it('measures cells in code points, and rows of any length', () => {
    expect(table(undefined, [['σ', 'x', 'y'], ['ab']])).toBe(['σ   x  y', 'ab'].join('\n'))
  })

  it('lays out 200,000 rows (a model of that many tensors) without overflowing the stack', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`t${i}`, String(i)])
    const lines = table(['name', 'n'], rows).split('\n')
    expect(lines).toHaveLength(200_002)
    expect(lines.at(-1)).toBe('t199999  199999')
    expect(lines[2]).toBe('t0       0')
  })
})
