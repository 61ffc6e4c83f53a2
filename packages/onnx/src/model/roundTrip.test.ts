import { readFileSync } from 'node:fs'
import { create, fromBinary, toBinary } from '@bufbuild/protobuf'
import { describe, expect, it } from 'vitest'
import { patch } from '../patch/patch'
import { FunctionProtoSchema, ModelProtoSchema } from '../schema/generated/onnx_pb'
import { floatTensor, int64Tensor, model, node, randomTensor } from '../testing/buildModel'
import { helloDeepaPath, sileroLegacyPath, sileroV5Path } from '../testing/realModels'
import { encodeModel } from '../write/encodeModel'
import { encodeWithPlan } from '../write/encodeWithPlan'
import { planOutput } from '../write/planOutput'
import { decodeModel } from './decodeModel'
import type { OnnxModel } from './OnnxModel'
import { readModel } from './readModel'
import { tensorValues } from './tensorValues'

/** Re-encodes every tensor through protobuf (no splicing), with no edits. */
function reencode(m: OnnxModel): Uint8Array {
  return encodeWithPlan(m, planOutput(m, { external: null, inlineExternal: false }), '')
}

function varint(value: number): number[] {
  const out: number[] = []
  let v = value
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80)
    v = Math.floor(v / 128)
  }
  out.push(v)
  return out
}

describe('round trip', () => {
  it.each([
    ['hello_deepa', helloDeepaPath()],
    ['silero_vad_legacy', sileroLegacyPath()],
    ['silero_vad_v5', sileroV5Path()],
  ])('reads and writes %s byte for byte, spliced and re-encoded', async (_, path) => {
    const bytes = readFileSync(path)
    const m = await readModel(path)
    expect(Buffer.compare(encodeModel(m), bytes)).toBe(0)
    expect(Buffer.compare(reencode(m), bytes)).toBe(0)
  })

  it('splices into a copy: a model read from a Node Buffer keeps its bytes and values', async () => {
    const file = readFileSync(helloDeepaPath()) // a Buffer, whose slice is a view
    const original = Buffer.from(file)
    const m = await readModel(file)
    const tensor = m.proto.graph!.initializer.find((t) => t.rawData.length > 0)!
    const values = tensorValues(m, tensor)
    const { model: patched } = patch(m, { seed: 1 })
    expect(patched.edits.has(tensor)).toBe(true)
    const spliced = encodeModel(patched)
    expect(spliced.length).toBe(original.length)
    expect(Buffer.compare(spliced, original)).not.toBe(0)
    expect(file.equals(original)).toBe(true)
    expect(tensorValues(m, tensor)).toEqual(values)
    expect(Buffer.compare(encodeModel(m), original)).toBe(0)
  })

  it('keeps unknown fields of the model and of a tensor through a re-encode', () => {
    const proto = model({
      inputs: [{ name: 'x', shape: [1, 4] }],
      outputs: [{ name: 'y', shape: [1, 3] }],
      nodes: [{ op: 'Gemm', inputs: ['x', 'w'], outputs: ['y'], attrs: { transB: { i: 1 } } }],
      initializers: [randomTensor('w', [3, 4])],
    })
    const tensor = proto.graph!.initializer[0]!
    tensor.$unknown = [{ no: 999, wireType: 0, data: new Uint8Array([0xac, 0x02]) }]
    const base = toBinary(ModelProtoSchema, proto)
    // Append model-level unknown field 777 (varint 5) to the encoding.
    const bytes = new Uint8Array([...base, ...varint((777 << 3) | 0), 5])
    const m = decodeModel(bytes)
    expect(Buffer.compare(encodeModel(m), bytes)).toBe(0)
    expect(Buffer.compare(reencode(m), bytes)).toBe(0)
    const again = fromBinary(ModelProtoSchema, reencode(m))
    expect(again.$unknown?.map((u) => u.no)).toEqual([777])
    expect(again.graph!.initializer[0]!.$unknown?.map((u) => u.no)).toEqual([999])
  })

  it('keeps training_info, functions and metadata', () => {
    const proto = model({ inputs: [], outputs: [{ name: 'y' }], nodes: [] })
    proto.metadataProps = [{ $typeName: 'onnx.StringStringEntryProto', key: 'k', value: 'v' }]
    const bytes0 = toBinary(ModelProtoSchema, proto)
    const withExtras = fromBinary(ModelProtoSchema, bytes0)
    withExtras.trainingInfo = [
      {
        $typeName: 'onnx.TrainingInfoProto',
        initializationBinding: [
          { $typeName: 'onnx.StringStringEntryProto', key: 'w', value: 'w0' },
        ],
        updateBinding: [],
      },
    ]
    withExtras.functions = [
      create(FunctionProtoSchema, {
        name: 'Double',
        domain: 'local',
        input: ['a'],
        output: ['b'],
        node: [node({ op: 'Add', inputs: ['a', 'a'], outputs: ['b'] })],
      }),
    ]
    const bytes = toBinary(ModelProtoSchema, withExtras)
    const m = decodeModel(bytes)
    expect(Buffer.compare(reencode(m), bytes)).toBe(0)
    expect(m.proto.trainingInfo[0]!.initializationBinding[0]!.value).toBe('w0')
    expect(m.proto.functions[0]!.name).toBe('Double')
  })

  it('reads float32/64/16 and bfloat16 from raw_data and typed fields, and int64', () => {
    const values = [0.5, -1.25, 3, 0.099975586]
    const initializers = [
      floatTensor('f32raw', [4], values),
      floatTensor('f32typed', [4], values, { storage: 'typed' }),
      floatTensor('f64raw', [4], values, { dataType: 11 }),
      floatTensor('f64typed', [4], values, { dataType: 11, storage: 'typed' }),
      floatTensor('f16raw', [4], values, { dataType: 10 }),
      floatTensor('f16typed', [4], values, { dataType: 10, storage: 'typed' }),
      floatTensor('bf16raw', [4], values, { dataType: 16 }),
      floatTensor('bf16typed', [4], values, { dataType: 16, storage: 'typed' }),
      int64Tensor('shape', [2], [-1, 4]),
    ]
    const bytes = toBinary(
      ModelProtoSchema,
      model({ inputs: [], outputs: [], nodes: [], initializers }),
    )
    const m = decodeModel(bytes)
    const read = (i: number) => Array.from(tensorValues(m, m.proto.graph!.initializer[i]!))
    for (const i of [0, 1]) expect(read(i)).toEqual(values.map((v) => Math.fround(v)))
    for (const i of [2, 3]) expect(read(i)).toEqual(values)
    expect(read(4)).toEqual(read(5))
    expect(read(4)[3]).toBeCloseTo(0.1, 3)
    expect(read(6)).toEqual(read(7))
    expect(read(6)[1]).toBe(-1.25)
    expect(read(8)).toEqual([-1, 4])
    expect(Buffer.compare(reencode(m), bytes)).toBe(0)
  })
})
