import type { DType, DTypeArrayMap } from '@weightinit/core'
import { allocate, bytesPerElement, encode } from '@weightinit/core/dtype'
import { describeValue, fail } from '@weightinit/core/errors'
import { orthogonalFromHaarColumns, sample } from '@weightinit/core/samplers'
import { arrayFor } from './arrayFor'
import type { FilePlan, FileSegment, SegmentPiece } from './filePlan'
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
  /**
   * Writes the bytes of orthogonal segment `index` from the columns of its Q, made elsewhere (in
   * column ranges on several threads): the bytes `fill` gives for the segment.
   *
   * @param index - the segment's index in `file.segments` (an orthogonal plan)
   * @param q - Q's columns, float64 for a float64 segment and float32 otherwise
   * @param into - receives the segment's bytes
   */
  fromColumns(index: number, q: Float32Array | Float64Array, into: Uint8Array): void
  /**
   * Takes the bytes of structured segment `index`, made elsewhere, instead of computing them.
   *
   * @param index - the segment's index in `file.segments`
   * @param bytes - all of its bytes
   */
  share(index: number, bytes: Uint8Array): void
  /**
   * Drops the structured bytes it holds (computed or shared) of the segments that end at or before
   * data byte `position`: a stream that only moves forward never needs them again, and the memory
   * they hold comes back as soon as it is collected. A range that needs one again recomputes it.
   *
   * @param position - a data byte position
   */
  forgetBefore(position: number): void
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
 * A segment drawn in pieces (`pieces`) is drawn run by run, each piece from its own stream, and a
 * segment's `zeros` ranges are set to 0 after drawing: any byte range still equals the same bytes of
 * the whole tensor. `fill` fails with `INVALID_SLICE` for a range outside `[0, dataLength)` and
 * `INVALID_ARGUMENT` when `out` is not a Uint8Array.
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
  const shared = new Map<FileSegment, Uint8Array>()
  const { segments, seed } = file

  const structuredBytes = (segment: FileSegment): Uint8Array => {
    const made = shared.get(segment)
    if (made !== undefined) return made
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
      zeroRanges(segment, 0, data)
      cached = { segment, bytes: toBytes(data, segment.dtype) }
    }
    return cached.bytes
  }

  /** Elements covering bytes `[from, from + target.length)` of the segment, cut to exactly those bytes. */
  const viaScratch = (segment: FileSegment, from: number, target: Uint8Array): void => {
    const width = bytesPerElement(segment.dtype)
    const first = Math.floor(from / width)
    const count = Math.ceil((from + target.length) / width) - first
    const data = draw(segment, first, allocate(segment.dtype, count))
    const skip = from - first * width
    target.set(toBytes(data, segment.dtype).subarray(skip, skip + target.length))
  }

  /** Draws elements `[first, first + into.length)` of an element-wise segment into `into`. */
  const draw = <A extends Elements>(segment: FileSegment, first: number, into: A): A => {
    const { dtype, pieces } = segment
    if (pieces === undefined) {
      sample(segment.plan, {
        seed,
        key: segment.key,
        dtype,
        offset: first,
        count: into.length,
        into,
      })
    } else {
      for (const piece of pieces) drawPiece(piece, seed, dtype, first, into)
    }
    zeroRanges(segment, first, into)
    return into
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
        draw(
          segment,
          (from + at) / width,
          arrayFor(segment.dtype, part.buffer, part.byteOffset, count),
        )
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

  const segmentAt = (index: number): FileSegment => {
    const segment = segments[index]
    if (segment === undefined || isElementWise(segment.plan)) {
      fail('INVALID_ARGUMENT', `segment ${describeValue(index)} is not a structured tensor`, {})
    }
    return segment
  }

  const fromColumns = (index: number, q: Float32Array | Float64Array, into: Uint8Array): void => {
    const segment = segmentAt(index)
    if (segment.plan.distribution !== 'orthogonal') {
      fail('INVALID_ARGUMENT', `segment ${index} is not an orthogonal tensor`, {})
    }
    if (segment.dtype === 'float32' && hostIsLittleEndian && into.byteOffset % 4 === 0) {
      // straight into the bytes, each value rounded once
      const data = new Float32Array(into.buffer, into.byteOffset, segment.plan.size)
      orthogonalFromHaarColumns(segment.plan, q, data)
      zeroRanges(segment, 0, data)
      return
    }
    const data = encode(orthogonalFromHaarColumns(segment.plan, q), segment.dtype)
    zeroRanges(segment, 0, data)
    into.set(toBytes(data, segment.dtype))
  }

  const share = (index: number, bytes: Uint8Array): void => {
    const segment = segmentAt(index)
    if (bytes.length !== segment.end - segment.begin) {
      fail('INVALID_ARGUMENT', `segment ${index} has ${segment.end - segment.begin} bytes`, {})
    }
    shared.set(segment, bytes)
  }

  const forgetBefore = (position: number): void => {
    for (const segment of shared.keys()) if (segment.end <= position) shared.delete(segment)
    if (cached !== undefined && cached.segment.end <= position) cached = undefined
  }

  return { file, fill, fromColumns, share, forgetBefore }
}

/** A tensor's elements in its dtype: float32/float64 values, float16/bfloat16 bit patterns. */
type Elements = DTypeArrayMap[DType]

/**
 * Draws the part of a piece that lands in tensor elements `[first, first + into.length)`: one
 * `sample` call per run it touches, straight into place.
 */
function drawPiece(
  piece: SegmentPiece,
  seed: FilePlan['seed'],
  dtype: DType,
  first: number,
  into: Elements,
): void {
  const { offset, run, stride, plan } = piece
  const end = first + into.length
  const runs = plan.size / run
  for (let k = Math.max(0, Math.floor((first - offset) / stride)); k < runs; k++) {
    const at = offset + k * stride
    if (at >= end) break
    const low = Math.max(at, first)
    const high = Math.min(at + run, end)
    if (low >= high) continue
    const target = into.subarray(low - first, high - first)
    sample(plan, {
      seed,
      key: piece.key,
      dtype,
      offset: k * run + (low - at),
      count: high - low,
      into: target,
    })
  }
}

/** Sets the segment's zero ranges that meet elements `[first, first + into.length)` to 0. */
function zeroRanges(segment: FileSegment, first: number, into: Elements): void {
  for (const [start, stop] of segment.zeros ?? []) {
    const low = Math.max(start, first) - first
    const high = Math.min(stop, first + into.length) - first
    if (low < high) into.fill(0, low, high)
  }
}
