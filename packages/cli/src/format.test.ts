import { describe, expect, it } from 'vitest'
import { table, toJson } from './format'

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

  it('keeps one line per row whatever a cell holds: controls are escaped, such cells quoted', () => {
    const lines = table(
      ['tensor', 'op'],
      [
        ['fc1\n.weight  Gemm  FORGED', 'Gemm'],
        ['conv\u001b[2J\u0007', 'Conv\u202e'],
        ['plain', 'MatMul'],
      ],
    ).split('\n')
    const first = '"fc1\\n.weight  Gemm  FORGED"'
    const column = (cell: string) => cell.padEnd(first.length + 2)
    expect(lines).toEqual([
      `${column('tensor')}op`,
      `${'─'.repeat(first.length)}  ${'─'.repeat(12)}`,
      `${column(first)}Gemm`,
      `${column('"conv\\x1b[2J\\x07"')}"Conv\\u202e"`,
      `${column('plain')}MatMul`,
    ])
  })
})

describe('toJson', () => {
  it('escapes DEL, C1 and bidi controls as well as what JSON escapes, and stays the same data', () => {
    const value = { name: 'a\u001b[2J\u0007\u0000\n\u007f\u009b\u202e\u2066\u2028b' }
    const text = toJson(value)
    // Only the newlines of the indentation are left.
    expect(text).not.toMatch(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028]/u,
    )
    expect(text).toContain('\\u001b[2J\\u0007\\u0000\\n\\u007f\\u009b\\u202e\\u2066\\u2028')
    expect(JSON.parse(text)).toEqual(value)
  })
})
