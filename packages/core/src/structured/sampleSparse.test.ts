import { describe, expect, it } from 'vitest'
import { plan } from '../plan/plan'
import type { SparsePlan } from '../plan/planTypes'
import { createStream } from '../random/stream'
import { u53 } from '../random/uniformFromBits'
import { fillNormal } from '../sample/fillNormal'
import { SPARSE_KEY_SUFFIX, sampleSparse } from './sampleSparse'

function sparsePlan(spec: Parameters<typeof plan>[0], shape: number[]): SparsePlan {
  const p = plan(spec, shape)
  if (p.distribution !== 'sparse') throw new Error(p.distribution)
  return p
}

const zerosPerColumn = (t: Float64Array, rows: number, cols: number) =>
  Array.from({ length: cols }, (_, c) => {
    let zeros = 0
    for (let r = 0; r < rows; r++) if (t[r * cols + c] === 0) zeros++
    return zeros
  })

describe('sampleSparse', () => {
  it('has exactly ⌈sparsity · rows⌉ zeros in every column', () => {
    for (const [sparsity, rows, cols] of [
      [0.1, 100, 50],
      [0.33, 25, 7],
      [0.5, 3, 40],
      [0.9, 11, 13],
    ] as const) {
      const p = sparsePlan({ init: 'sparse', sparsity }, [rows, cols])
      const t = sampleSparse(p, { seed: 1, key: 'fc' })
      expect(zerosPerColumn(t, rows, cols)).toEqual(Array(cols).fill(Math.ceil(sparsity * rows)))
    }
  })

  it('non-zeros are the float64 N(0, σ²) tensor of (seed, key), with std ≈ σ', () => {
    const p = sparsePlan({ init: 'sparse', sparsity: 0.2, std: 0.02 }, [1000, 200])
    const t = sampleSparse(p, { seed: 5, key: 'w' })
    const z = fillNormal(
      { mean: 0, std: 0.02 },
      createStream(5, 'w'),
      0,
      t.length,
      new Float64Array(t.length),
    )
    let sum = 0
    let squares = 0
    let count = 0
    t.forEach((x, j) => {
      if (x !== 0) {
        expect(x).toBe(z[j])
        sum += x
        squares += x * x
        count++
      }
    })
    expect(count).toBe(800 * 200)
    const mean = sum / count
    expect(Math.abs(mean)).toBeLessThan((5 * 0.02) / Math.sqrt(count))
    expect(Math.abs(Math.sqrt(squares / count - mean * mean) / 0.02 - 1)).toBeLessThan(0.01)
    // the written tensor's std is the plan's
    const all = Math.sqrt(t.reduce((a, x) => a + x * x, 0) / t.length)
    expect(Math.abs(all / p.std - 1)).toBeLessThan(0.01)
  })

  it('zeroes, in each column, the rows with the smallest rank keys of the stream (seed, key + "\\0sparse")', () => {
    const rows = 17
    const cols = 6
    const p = sparsePlan({ init: 'sparse', sparsity: 0.3 }, [rows, cols])
    const t = sampleSparse(p, { seed: 3, key: 'layer' })
    const words = createStream(3, `layer${SPARSE_KEY_SUFFIX}`).fill(
      new Uint32Array(2 * rows * cols),
    )
    for (let c = 0; c < cols; c++) {
      const keys = Array.from({ length: rows }, (_, r) =>
        u53(words[2 * (c * rows + r)]!, words[2 * (c * rows + r) + 1]!),
      )
      const expected = [...keys.keys()]
        .sort((a, b) => keys[a]! - keys[b]! || a - b)
        .slice(0, p.zerosPerColumn)
      const zeroRows = [...keys.keys()].filter((r) => t[r * cols + c] === 0)
      expect(zeroRows).toEqual(expected.sort((a, b) => a - b))
    }
  })

  it('chooses the zero rows uniformly and independently per column', () => {
    const rows = 20
    const cols = 5000
    const p = sparsePlan({ init: 'sparse', sparsity: 0.25 }, [rows, cols])
    const t = sampleSparse(p, { seed: 2 })
    // each row is zero in a column with probability 5/20: binomial(5000, 1/4), sd ≈ 30.6
    for (let r = 0; r < rows; r++) {
      let zeros = 0
      for (let c = 0; c < cols; c++) if (t[r * cols + c] === 0) zeros++
      expect(Math.abs(zeros - cols / 4)).toBeLessThan(5 * Math.sqrt(cols * (1 / 4) * (3 / 4)))
    }
  })

  it('is reproducible from the seed and key alone; another seed or key changes values and zeros', () => {
    const p = sparsePlan({ init: 'sparse', sparsity: 0.3 }, [30, 30])
    const a = sampleSparse(p, { seed: 9, key: 'k' })
    expect(sampleSparse(p, { seed: 9, key: 'k' })).toEqual(a)
    const mask = (t: Float64Array) => Array.from(t, (x) => x === 0)
    for (const other of [
      sampleSparse(p, { seed: 10, key: 'k' }),
      sampleSparse(p, { seed: 9, key: 'l' }),
    ]) {
      expect(other).not.toEqual(a)
      expect(mask(other)).not.toEqual(mask(a))
    }
  })

  it('sparsity 0 keeps every entry, sparsity 0.99 of 10 rows zeroes every entry, empty shapes are empty', () => {
    expect(
      sampleSparse(sparsePlan({ init: 'sparse', sparsity: 0 }, [10, 4]), { seed: 0 }).every(
        (x) => x !== 0,
      ),
    ).toBe(true)
    expect(
      sampleSparse(sparsePlan({ init: 'sparse', sparsity: 0.99 }, [10, 4]), { seed: 0 }).every(
        (x) => x === 0,
      ),
    ).toBe(true)
    expect(
      sampleSparse(sparsePlan({ init: 'sparse', sparsity: 0.5 }, [0, 4]), { seed: 0 }),
    ).toHaveLength(0)
  })
})
