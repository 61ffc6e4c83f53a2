import type { DescMessage } from '@bufbuild/protobuf'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'

/**
 * What a model holds, counted over every graph, subgraph and function: tensors (initializers, sparse
 * initializers, tensor attributes), nodes, and all protobuf entries (those two plus value infos,
 * attributes, metadata, opset imports, …).
 *
 * @example
 * ```ts
 * import type { ModelEntryCounts } from './countModelEntries'
 * const small: ModelEntryCounts = { tensors: 12, nodes: 30, entries: 120 }
 * ```
 */
export interface ModelEntryCounts {
  readonly tensors: number
  readonly nodes: number
  readonly entries: number
  /**
   * Set when a tag or length of a message needs more than 32 bits: protobuf-es would silently keep
   * its low 32 bits (a 4 GiB + 4 length reads as 4) and misread the rest, where ONNX's own readers
   * refuse the file. Absent otherwise.
   */
  readonly wideVarint?: true
}

/**
 * The most tensors, nodes and entries of any kind a model may hold: far above real models (a large
 * transformer export holds thousands of tensors), and low enough that decoding and analyzing a model
 * at the limit takes seconds and under 2 GB. Each empty entry costs two bytes on the wire but
 * hundreds decoded, so the count, not the file size, is what bounds the work.
 */
export const MODEL_LIMITS = { tensors: 1_000_000, nodes: 1_000_000, entries: 4_000_000 } as const

type Kind = 'model' | 'graph' | 'node' | 'attribute' | 'function' | 'training'

/**
 * The message-valued fields that can repeat without bound, by message: field number → what the
 * field holds (a message to descend into, or a leaf entry of some kind). From onnx.proto (ONNX 1.23).
 */
const FIELDS: Readonly<Record<Kind, Readonly<Record<number, Kind | 'tensor' | 'entry'>>>> = {
  // opset_import 8, graph 7, metadata_props 14, training_info 20, functions 25, configuration 26
  model: { 7: 'graph', 8: 'entry', 14: 'entry', 20: 'training', 25: 'function', 26: 'entry' },
  // node 1, initializer 5, input 11, output 12, value_info 13, quantization_annotation 14,
  // sparse_initializer 15, metadata_props 16
  graph: {
    1: 'node',
    5: 'tensor',
    11: 'entry',
    12: 'entry',
    13: 'entry',
    14: 'entry',
    15: 'tensor',
    16: 'entry',
  },
  // attribute 5, metadata_props 9, device_configurations 10
  node: { 5: 'attribute', 9: 'entry', 10: 'entry' },
  // t 5, g 6, tensors 10, graphs 11, tp 14, type_protos 15, sparse_tensor 22, sparse_tensors 23
  attribute: {
    5: 'tensor',
    6: 'graph',
    10: 'tensor',
    11: 'graph',
    14: 'entry',
    15: 'entry',
    22: 'tensor',
    23: 'tensor',
  },
  // node 7, opset_import 9, attribute_proto 11, value_info 12, metadata_props 14
  function: { 7: 'node', 9: 'entry', 11: 'attribute', 12: 'entry', 14: 'entry' },
  // initialization 1, algorithm 2, initialization_binding 3, update_binding 4
  training: { 1: 'graph', 2: 'graph', 3: 'entry', 4: 'entry' },
}

/** The message-valued fields of a message, by number (computed once per message). */
const messageFields = new WeakMap<DescMessage, ReadonlyMap<number, DescMessage>>()

function messageFieldsOf(message: DescMessage): ReadonlyMap<number, DescMessage> {
  let fields = messageFields.get(message)
  if (fields === undefined) {
    const found = new Map<number, DescMessage>()
    for (const field of message.fields) {
      if (field.fieldKind === 'message') found.set(field.number, field.message)
      else if (field.fieldKind === 'list' && field.listKind === 'message')
        found.set(field.number, field.message)
    }
    fields = found
    messageFields.set(message, fields)
  }
  return fields
}

/** Deeper than this, protobuf decoding refuses the model anyway (see decodeModel). */
const MAX_DEPTH = 100

/**
 * Counts a model's tensors, nodes and entries from its protobuf wire format, without decoding it:
 * one pass, no allocation per entry, checking on the way the tags and lengths of every message
 * (`wideVarint` when one needs more than 32 bits). Malformed bytes end the count early (decoding
 * then says what is wrong); the counts are exact for a well-formed model.
 *
 * @param bytes - the `.onnx` bytes
 * @param stopAbove - stop counting once any count passes its limit (default {@link MODEL_LIMITS})
 * @returns the counts (up to the first one past its limit)
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { countModelEntries } from './countModelEntries'
 * countModelEntries(readFileSync('model.onnx')).tensors // 12
 * ```
 */
export function countModelEntries(
  bytes: Uint8Array,
  stopAbove: ModelEntryCounts = MODEL_LIMITS,
): ModelEntryCounts {
  const counts: { tensors: number; nodes: number; entries: number; wideVarint?: true } = {
    tensors: 0,
    nodes: 0,
    entries: 0,
  }
  const over = () =>
    counts.tensors > stopAbove.tensors ||
    counts.nodes > stopAbove.nodes ||
    counts.entries > stopAbove.entries
  let at = 0

  /**
   * A varint at `at` (advancing it): its value, `Infinity` past 2^53 (a negative int64 is ten bytes
   * and legal: only tags and lengths need the value), or -1 when it runs past the bytes or 10 bytes.
   */
  const varint = (end: number): number => {
    let value = 0
    let scale = 1
    for (let i = 0; i < 10 && at < end; i++) {
      const byte = bytes[at++] as number
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return value <= Number.MAX_SAFE_INTEGER ? value : Number.POSITIVE_INFINITY
      scale *= 128
    }
    return -1
  }

  /** A tag or length: past 32 bits it is refused (protobuf-es would keep only its low 32 bits). */
  const narrow = (value: number): boolean => {
    if (value <= 0xffffffff) return true
    counts.wideVarint = true
    return false
  }

  /**
   * Walks one message in `[at, end)`, counting the entries of a kind and checking the tags and
   * lengths of every message inside; false when the bytes are malformed or a limit is passed.
   */
  const walk = (kind: Kind | null, message: DescMessage, end: number, depth: number): boolean => {
    const fields = kind === null ? undefined : FIELDS[kind]
    const nested = messageFieldsOf(message)
    while (at < end) {
      const tag = varint(end)
      if (tag < 0 || !narrow(tag)) return false
      const field = Math.floor(tag / 8)
      switch (tag % 8) {
        case 0:
          if (varint(end) < 0) return false
          break
        case 1:
          at += 8
          break
        case 5:
          at += 4
          break
        case 2: {
          const length = varint(end)
          if (length < 0 || !narrow(length) || length > end - at) return false
          const stop = at + length
          const holds = fields?.[field]
          if (holds !== undefined) {
            counts.entries++
            if (holds === 'tensor') counts.tensors++
            else if (holds === 'node') counts.nodes++
            if (over()) return false
          }
          const child = nested.get(field)
          if (child !== undefined && depth < MAX_DEPTH) {
            const counted = holds !== undefined && holds !== 'tensor' && holds !== 'entry'
            if (!walk(counted ? holds : null, child, stop, depth + 1)) return false
          }
          at = stop
          break
        }
        default:
          // Groups (3, 4) and unknown wire types: not in ONNX; decoding reports them.
          return false
      }
    }
    return at === end
  }

  walk('model', ModelProtoSchema, bytes.length, 0)
  return counts
}
