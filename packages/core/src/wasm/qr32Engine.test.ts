import { describe, expect, it } from 'vitest'
import { createStream } from '../random/stream'
import { jsWorkspace32 } from '../structured/accumulate32'
import { orthogonalMatrix } from '../structured/orthogonalMatrix'
import { createWorkspace32 } from './qr32Engine'
import { simdSupported } from './simdSupported'

/** Q's columns with the awkward float32 values among ordinary ones: ±0, subnormals, the extremes. */
function fillColumns(x: Float32Array): void {
  const special = [0, -0, 1.4e-45, -1.4e-45, 1.1754942e-38, 3.4028235e38, -3.4028235e38, 1, -1]
  for (let i = 0; i < x.length; i++) {
    x[i] = i % 7 === 0 ? special[(i / 7) % special.length]! : Math.sin(i * 1.7) * 0.9
  }
}

describe.runIf(simdSupported())('createWorkspace32', () => {
  it.each([
    [8, 8],
    [7, 5],
    [5, 7],
    [33, 17],
    [17, 33],
    [64, 64],
  ])('%i×%i: lays out gain·Q as layoutColumns does, to the bit, for every gain', (rows, cols) => {
    const m = Math.max(rows, cols)
    const n = Math.min(rows, cols)
    for (const gain of [1, 1.5, -1, 0, 1e-3, 3.0000001]) {
      const js = jsWorkspace32(m, n, n, true)
      const wasm = createWorkspace32(m, n, n, true)!
      fillColumns(js.x)
      fillColumns(wasm.x)
      const expected = new Float32Array(rows * cols)
      const got = new Float32Array(rows * cols)
      js.layout(rows, cols, gain, expected)
      wasm.layout(rows, cols, gain, got)
      expect(Buffer.from(got.buffer).equals(Buffer.from(expected.buffer))).toBe(true)
    }
  })

  it('updates the columns in several panels (260 columns of 520 rows: panels of 252) with the bits of the JS engine', () => {
    const [js, wasm] = (['js', 'wasm'] as const).map((engine) =>
      orthogonalMatrix(520, 260, 1, createStream(5, 'panels'), engine, undefined, 'float32'),
    )
    expect(Buffer.from(wasm!.buffer).equals(Buffer.from(js!.buffer))).toBe(true)
  })
})
