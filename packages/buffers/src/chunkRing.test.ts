import { describe, expect, it } from 'vitest'
import { chunkRing } from './chunkRing'

describe('chunkRing', () => {
  it('cuts a range at multiples of the chunk size, over buffers reused in turn', () => {
    const ring = chunkRing(10, 100_000, 1 << 16, 3, false)
    expect(ring.start(0)).toBe(10)
    expect(ring.start(1)).toBe(1 << 16)
    expect(ring.view(0)?.length).toBe((1 << 16) - 10)
    expect(ring.view(1)?.length).toBe(100_000 - (1 << 16))
    expect(ring.view(2)).toBeUndefined()
    // Each view starts at its data offset modulo 8, so elements land aligned
    expect(ring.view(0)!.byteOffset % 8).toBe(10 % 8)
    expect(ring.view(0)!.buffer).not.toBe(ring.view(1)!.buffer)
  })

  it('hands chunk k the buffer of chunk k − depth, allocated once, shared when asked', () => {
    const ring = chunkRing(0, 10 << 16, 1 << 16, 3, true)
    expect(ring.depth).toBe(3)
    expect(ring.view(4)!.buffer).toBe(ring.view(1)!.buffer)
    expect(ring.view(9)!.buffer).toBe(ring.view(0)!.buffer)
    expect(ring.view(0)!.buffer).toBeInstanceOf(SharedArrayBuffer)
    expect(chunkRing(5, 5, 1 << 16, 3, false).view(0)).toBeUndefined()
  })
})
