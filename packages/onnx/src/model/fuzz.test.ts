import { readFileSync } from 'node:fs'
import { WeightinitError } from '@weightinit/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze/analyze'
import { patch } from '../patch/patch'
import { planPatch } from '../patch/planPatch'
import { helloDeepaPath, sileroLegacyPath } from '../testing/realModels'
import { encodeModel } from '../write/encodeModel'
import { decodeModel } from './decodeModel'

/** A mutation of a model's bytes: flip, overwrite, insert, delete, truncate. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
)

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never

function mutate(source: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Uint8Array.from(source)
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length
    switch (m.kind) {
      case 'flip':
        if (bytes.length > 0) bytes[at]! ^= 1 << m.bit
        break
      case 'set':
        bytes.set(m.bytes.subarray(0, bytes.length - at), at)
        break
      case 'insert': {
        const next = new Uint8Array(bytes.length + m.bytes.length)
        next.set(bytes.subarray(0, at))
        next.set(m.bytes, at)
        next.set(bytes.subarray(at), at + m.bytes.length)
        bytes = next
        break
      }
      case 'delete': {
        const end = Math.min(bytes.length, at + m.count)
        const next = new Uint8Array(bytes.length - (end - at))
        next.set(bytes.subarray(0, at))
        next.set(bytes.subarray(end), at)
        bytes = next
        break
      }
      case 'truncate':
        bytes = bytes.subarray(0, at)
        break
    }
  }
  return bytes
}

/** Reads, analyzes, plans a patch (and, when `write`, patches and writes); anything but a WeightinitError is a failure. */
function exercise(bytes: Uint8Array, write: boolean): 'ok' | string {
  try {
    const model = decodeModel(bytes)
    analyze(model)
    if (write) encodeModel(patch(model, { seed: 1 }).model)
    else planPatch(model, { seed: 1 })
    return 'ok'
  } catch (error) {
    if (error instanceof WeightinitError) return error.code
    throw error
  }
}

describe('fuzz: mutated real models', () => {
  it.each([
    ['hello_deepa', helloDeepaPath(), 1000],
    ['silero_vad_legacy', sileroLegacyPath(), 300],
  ])('%s: only typed errors, each within a bound', (_, path, runs) => {
    const source = readFileSync(path)
    const codes = new Map<string, number>()
    let run = 0
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const started = performance.now()
        const outcome = exercise(mutate(source, mutations), run++ % 10 === 0)
        codes.set(outcome, (codes.get(outcome) ?? 0) + 1)
        expect(performance.now() - started).toBeLessThan(5000)
      }),
      { numRuns: runs, seed: 20240611 },
    )
    expect(codes.size).toBeGreaterThan(1)
  })
})

const OPS = [
  'Conv',
  'ConvTranspose',
  'Gemm',
  'MatMul',
  'Einsum',
  'LSTM',
  'GRU',
  'RNN',
  'Gather',
  'BatchNormalization',
  'LayerNormalization',
  'Transpose',
  'Reshape',
  'Flatten',
  'Squeeze',
  'Unsqueeze',
  'Add',
  'Mul',
  'Clip',
  'PRelu',
  'Attention',
  'If',
  'Identity',
  'Cast',
  'Relu',
  'Sigmoid',
]

describe('fuzz: rewired graphs', () => {
  it.each([
    ['hello_deepa', helloDeepaPath()],
    ['silero_vad_legacy', sileroLegacyPath()],
  ])('%s: nodes with other op types, inputs and attributes give only typed errors', (_, path) => {
    const source = readFileSync(path)
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            node: fc.nat(),
            op: fc.constantFrom(...OPS),
            domain: fc.constantFrom('', '', '', 'com.microsoft'),
            swap: fc.boolean(),
            attribute: fc.option(
              fc.record({
                name: fc.constantFrom(
                  'group',
                  'transB',
                  'perm',
                  'axis',
                  'hidden_size',
                  'equation',
                  'direction',
                  'qkv_hidden_sizes',
                ),
                i: fc.integer({ min: -3, max: 300 }),
              }),
            ),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (changes) => {
          const model = decodeModel(source)
          const nodes = model.proto.graph!.node
          for (const change of changes) {
            const node = nodes[change.node % nodes.length]!
            node.opType = change.op
            node.domain = change.domain
            if (change.swap) node.input.reverse()
            if (change.attribute !== null) {
              const { name, i } = change.attribute
              node.attribute.push({
                $typeName: 'onnx.AttributeProto',
                name,
                refAttrName: '',
                docString: '',
                type:
                  name === 'perm' || name === 'qkv_hidden_sizes'
                    ? 7
                    : name === 'equation' || name === 'direction'
                      ? 3
                      : 2,
                f: 0,
                i: BigInt(i),
                s: new TextEncoder().encode(
                  name === 'equation'
                    ? ['ij,jk->ik', 'bsd,dh->bsh', '...i,ij', 'a,b->', ',->'][Math.abs(i) % 5]!
                    : 'bidirectional',
                ),
                floats: [],
                ints: [BigInt(i), BigInt(i + 1), 0n],
                strings: [],
                tensors: [],
                graphs: [],
                sparseTensors: [],
                typeProtos: [],
              })
            }
          }
          try {
            analyze(model)
            planPatch(model, { seed: 1 })
          } catch (error) {
            if (!(error instanceof WeightinitError)) throw error
          }
        },
      ),
      { numRuns: 200, seed: 7 },
    )
  })
})
