import { readFileSync } from 'node:fs'
import { toBinary } from '@bufbuild/protobuf'
import { describe, expect, it } from 'vitest'
import {
  type AttributeProto,
  type GraphProto,
  type ModelProto,
  ModelProtoSchema,
} from '../schema/generated/onnx_pb'
import * as opModels from '../testing/opModels'
import { helloDeepaPath, sileroLegacyPath, sileroV5Path } from '../testing/realModels'
import { countModelEntries, MODEL_LIMITS } from './countModelEntries'
import { decodeModel } from './decodeModel'
import { walkModel } from './walkModel'

/** Nodes of a decoded model, counted the slow way: every graph, subgraph and function. */
function countNodes(proto: ModelProto): number {
  const inGraph = (graph: GraphProto | undefined): number =>
    graph === undefined
      ? 0
      : graph.node.reduce(
          (sum, node) => sum + 1 + node.attribute.reduce((n, a) => n + inAttribute(a), 0),
          0,
        )
  const inAttribute = (a: AttributeProto): number =>
    inGraph(a.g) + a.graphs.reduce((n, g) => n + inGraph(g), 0)
  return (
    inGraph(proto.graph) +
    proto.trainingInfo.reduce((n, t) => n + inGraph(t.initialization) + inGraph(t.algorithm), 0) +
    proto.functions.reduce(
      (n, f) =>
        n +
        f.node.reduce(
          (m, node) => m + 1 + node.attribute.reduce((k, a) => k + inAttribute(a), 0),
          0,
        ),
      0,
    )
  )
}

/** A model whose graph holds `count` empty initializers, written straight on the wire. */
function emptyInitializers(count: number): Uint8Array {
  const varint = (n: number): number[] => {
    const out: number[] = []
    for (; n >= 0x80; n = Math.floor(n / 128)) out.push((n % 128) | 0x80)
    out.push(n)
    return out
  }
  const graphLength = count * 2
  const head = [0x08, 0x08, 0x3a, ...varint(graphLength)] // ir_version 8, graph (field 7)
  const bytes = new Uint8Array(head.length + graphLength)
  bytes.set(head)
  for (let i = head.length; i < bytes.length; i += 2) bytes[i] = 0x2a // initializer (field 5), length 0
  return bytes
}

describe('countModelEntries', () => {
  const models: [string, Uint8Array][] = [
    ...Object.entries(opModels)
      .filter((entry): entry is [string, () => opModels.OpModel] => typeof entry[1] === 'function')
      .map(
        ([name, make]) => [name, toBinary(ModelProtoSchema, make().proto)] as [string, Uint8Array],
      ),
    ['hello_deepa', readFileSync(helloDeepaPath())],
    ['silero_vad legacy (If subgraphs)', readFileSync(sileroLegacyPath())],
    ['silero_vad v5 (Constant nodes)', readFileSync(sileroV5Path())],
  ]

  it.each(models)('counts what decoding finds: %s', (_, bytes) => {
    const { proto } = decodeModel(bytes)
    const counts = countModelEntries(bytes)
    expect(counts.tensors).toBe(walkModel(proto).tensors.length)
    expect(counts.nodes).toBe(countNodes(proto))
    expect(counts.entries).toBeGreaterThanOrEqual(counts.tensors + counts.nodes)
  })

  it('stops at the first count past a limit', () => {
    const counts = countModelEntries(emptyInitializers(1000), {
      tensors: 10,
      nodes: 10,
      entries: 100,
    })
    expect(counts.tensors).toBe(11)
  })

  it('ends early, without throwing, on malformed bytes', () => {
    const bytes = toBinary(ModelProtoSchema, opModels.mlp().proto)
    for (const cut of [1, 7, bytes.length >> 1, bytes.length - 1]) {
      expect(() => countModelEntries(bytes.subarray(0, cut))).not.toThrow()
    }
    expect(() => countModelEntries(new Uint8Array([0xff, 0xff, 0xff]))).not.toThrow()
  })
})

describe('decodeModel on a count bomb', () => {
  it('refuses 2,000,000 empty initializers (4 MB) with MODEL_TOO_LARGE before decoding', () => {
    const bytes = emptyInitializers(2_000_000)
    const error = (() => {
      try {
        decodeModel(bytes)
      } catch (e) {
        return e
      }
      return undefined
    })()
    expect(error).toMatchObject({
      code: 'MODEL_TOO_LARGE',
      details: { tensors: MODEL_LIMITS.tensors + 1, limit: MODEL_LIMITS.tensors },
    })
    // The count stopped one past the limit: the wire scan refused it, not a decode.
    expect((error as Error).message).toMatch(/more than 1,000,000 tensors/)
  })

  it('counts a model at the limit exactly, without stopping', () => {
    const bytes = emptyInitializers(MODEL_LIMITS.tensors)
    expect(countModelEntries(bytes).tensors).toBe(MODEL_LIMITS.tensors)
  })
})

describe('decodeModel on a length that needs more than 32 bits', () => {
  /** The wire varint of `value`. */
  const varint = (value: bigint) => {
    const out: number[] = []
    do {
      out.push(Number(value & 0x7fn) | (value >= 0x80n ? 0x80 : 0))
      value >>= 7n
    } while (value > 0n)
    return out
  }

  it.each([
    ['the graph', (k: bigint) => [0x08, 8, 0x3a, ...varint(2n ** 32n + k), 0x2a, 0x00]],
    [
      "an initializer's raw_data",
      (k: bigint) => {
        // graph { initializer { name 'w', dims 1, data_type 1, raw_data (length 2^32 + k) … } }
        const tensor = [0x42, 1, 0x77, 0x08, 1, 0x10, 1, 0x4a, ...varint(2n ** 32n + k), 0, 0, 0, 0]
        const graph = [0x2a, tensor.length, ...tensor]
        return [0x08, 8, 0x3a, graph.length, ...graph]
      },
    ],
  ])('refuses %s (which protobuf-es would read modulo 2^32) with INVALID_MODEL', (_, make) => {
    for (const k of [0n, 4n, 2n ** 32n]) {
      const error = (() => {
        try {
          decodeModel(Uint8Array.from(make(k)))
        } catch (e) {
          return e
        }
        return undefined
      })()
      expect(error, `k = ${k}`).toMatchObject({ code: 'INVALID_MODEL' })
      expect((error as Error).message).toMatch(/needs more than 32 bits/)
    }
  })
})
