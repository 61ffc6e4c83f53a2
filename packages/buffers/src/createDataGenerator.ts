import { sample } from '@weightinit/core'
import { bytesPerElement } from '@weightinit/core/dtype'
import { describeValue, fail } from '@weightinit/core/errors'
import { arrayFor } from './arrayFor'
import type { FilePlan, FileSegment } from './filePlan'
import { hostIsLittleEndian } from './hostIsLittleEndian'
import { isElementWise } from './isElementWise'
import { toBytes } from './toBytes'

/**
 * Makes any byte range of a planned file's data, on demand.
 *
 * @example
 * ```ts
 * import type { DataGenerator } from './createDataGenerator'
 * const firstMiB = (g: DataGenerator) => { const out = new Uint8Array(1 << 20); g.fill(0, out); return out }
 * ```
 */
export interface DataGenerator {
  /** The file plan it generates. */
  readonly file: FilePlan
  /**
   * Writes data bytes `[start, start + out.length)` into `out`.
   *
   * @param start - the first byte, relative to the data's start
   * @param out - where to write; its length is the byte count
   */
  fill(start: number, out: Uint8Array): void
}

/**
 * A generator of a planned file's data: any byte range, in any order, bit-identical to the same
 * bytes of the whole file — the primitive behind streaming, shards and threads.
 *
 * @param file - a plan from `planWeightsFile` or `planTensorFile`
 * @returns the {@link DataGenerator}
 *
 * @remarks
 * Element-wise tensors are sampled straight into `out` when the host is little-endian and the
 * range is aligned to the element size (a range may start or end inside an element: those elements
 * are drawn into a small scratch array and cut). Structured tensors (orthogonal, eye, dirac, delta
 * orthogonal, sparse) are computed whole the first time a range touches them and kept until a range
 * needs another one, so memory grows with the largest structured tensor, not with the file.
 * `fill` fails with `INVALID_SLICE` for a range outside `[0, dataLength)` and `INVALID_ARGUMENT`
 * when `out` is not a Uint8Array.
 *
 * @example
 * ```ts
 * import { planTensorFile } from '@weightinit/buffers'
 * import { createDataGenerator } from './createDataGenerator'
 * const file = planTensorFile({ spec: 'kaiming_normal', shape: [1024, 1024] }, { seed: 3, format: 'raw' })
 * const part = new Uint8Array(4096)
 * createDataGenerator(file).fill(8192, part) // bytes 8192 … 12287 of the tensor
 * ```
 */
export function createDataGenerator(file: FilePlan): DataGenerator {
  let cached: { segment: FileSegment; bytes: Uint8Array } | undefined
  const { segments, seed } = file

  const structuredBytes = (segment: FileSegment): Uint8Array => {
    if (cached?.segment !== segment) {
      cached = undefined
      // The writers check a structured tensor's memory against their own limit before generating
      // (checkFileMemory), so core's default limit does not apply here.
      const data = sample(segment.plan, {
        seed,
        key: segment.key,
        dtype: segment.dtype,
        maxBytes: Number.POSITIVE_INFINITY,
      })
      cached = { segment, bytes: toBytes(data, segment.dtype) }
    }
    return cached.bytes
  }

  /** Elements covering bytes `[from, from + target.length)` of the segment, cut to exactly those bytes. */
  const viaScratch = (segment: FileSegment, from: number, target: Uint8Array): void => {
    const width = bytesPerElement(segment.dtype)
    const first = Math.floor(from / width)
    const count = Math.ceil((from + target.length) / width) - first
    const data = sample(segment.plan, {
      seed,
      key: segment.key,
      dtype: segment.dtype,
      offset: first,
      count,
    })
    const skip = from - first * width
    target.set(toBytes(data, segment.dtype).subarray(skip, skip + target.length))
  }

  const elementWise = (segment: FileSegment, from: number, target: Uint8Array): void => {
    const width = bytesPerElement(segment.dtype)
    let at = 0
    const head = from % width === 0 ? 0 : Math.min(target.length, width - (from % width))
    if (head > 0) {
      viaScratch(segment, from, target.subarray(0, head))
      at = head
    }
    const middle = Math.floor((target.length - at) / width) * width
    if (middle > 0) {
      const part = target.subarray(at, at + middle)
      if (hostIsLittleEndian && part.byteOffset % width === 0) {
        const count = middle / width
        const into = arrayFor(segment.dtype, part.buffer, part.byteOffset, count)
        sample(segment.plan, {
          seed,
          key: segment.key,
          dtype: segment.dtype,
          offset: (from + at) / width,
          count,
          into,
        })
      } else {
        viaScratch(segment, from + at, part)
      }
      at += middle
    }
    if (at < target.length) viaScratch(segment, from + at, target.subarray(at))
  }

  const fill = (start: number, out: Uint8Array): void => {
    if (!(out instanceof Uint8Array)) {
      fail('INVALID_ARGUMENT', `out must be a Uint8Array, got ${describeValue(out)}`, {})
    }
    const end = start + out.length
    if (!Number.isSafeInteger(start) || start < 0 || end > file.dataLength) {
      fail(
        'INVALID_SLICE',
        `the range [${describeValue(start)}, ${describeValue(end)}) must lie inside the data [0, ${file.dataLength})`,
        { start, end, dataLength: file.dataLength },
      )
    }
    let low = 0
    let high = segments.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if ((segments[mid] as FileSegment).end <= start) low = mid + 1
      else high = mid
    }
    for (let i = low; i < segments.length; i++) {
      const segment = segments[i] as FileSegment
      if (segment.begin >= end) break
      const a = Math.max(start, segment.begin)
      const b = Math.min(end, segment.end)
      if (a >= b) continue
      const target = out.subarray(a - start, b - start)
      if (isElementWise(segment.plan)) elementWise(segment, a - segment.begin, target)
      else target.set(structuredBytes(segment).subarray(a - segment.begin, b - segment.begin))
    }
  }

  return { file, fill }
}
