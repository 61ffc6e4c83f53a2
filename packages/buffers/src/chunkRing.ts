/**
 * The chunks of a byte range `[start, end)` of a file's data and the ring of buffers they are
 * generated into: chunk `k` lives in buffer `k mod depth`, so a buffer is reused once its chunk is
 * written, and nothing is allocated per chunk.
 *
 * @remarks Internal to `writePlannedStream`.
 *
 * @example
 * ```ts
 * import { chunkRing } from './chunkRing'
 * const ring = chunkRing(0, 100 << 20, 16 << 20, 3, false)
 * ring.view(6)?.length // 4 MiB: the last chunk
 * ring.view(7) // undefined: past the end
 * ```
 */
export interface ChunkRing {
  /** How many buffers the ring holds. */
  readonly depth: number
  /** The first data byte of chunk `k`. */
  start(k: number): number
  /** Chunk `k`'s bytes in its ring buffer, or `undefined` past the end of the range. */
  view(k: number): Uint8Array | undefined
}

/**
 * Cuts `[start, end)` into chunks that end at multiples of `chunkBytes` in data coordinates, over
 * `depth` buffers allocated once.
 *
 * @param start - the first data byte
 * @param end - one past the last
 * @param chunkBytes - the chunk size, a multiple of 8
 * @param depth - how many buffers
 * @param shared - whether the buffers are SharedArrayBuffers (for worker threads) or plain ones
 * @returns the {@link ChunkRing}
 *
 * @remarks
 * Each view starts at the same offset modulo 8 as its data, so elements land aligned for direct
 * sampling (each buffer has 8 spare bytes for that).
 *
 * @example
 * ```ts
 * import { chunkRing } from './chunkRing'
 * const ring = chunkRing(10, 1 << 20, 1 << 16, 2, false)
 * ring.start(1) // 65536
 * ```
 */
export function chunkRing(
  start: number,
  end: number,
  chunkBytes: number,
  depth: number,
  shared: boolean,
): ChunkRing {
  const first = Math.floor(start / chunkBytes)
  const count = end > start ? Math.ceil(end / chunkBytes) - first : 0
  const buffers = Array.from({ length: Math.min(depth, count) }, () =>
    shared ? new SharedArrayBuffer(chunkBytes + 8) : new ArrayBuffer(chunkBytes + 8),
  )
  const chunkStart = (k: number): number => Math.max(start, (first + k) * chunkBytes)
  return {
    depth,
    start: chunkStart,
    view: (k) => {
      if (k >= count) return undefined
      const from = chunkStart(k)
      const to = Math.min(end, (first + k + 1) * chunkBytes)
      return new Uint8Array(buffers[k % depth] as ArrayBufferLike, from % 8, to - from)
    },
  }
}
