import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create, toBinary } from '@bufbuild/protobuf'
import { expectRejection } from '@weightinit/test-utils'
import { afterAll, describe, expect, it } from 'vitest'
import { readModel } from '../model/readModel'
import { tensorBytes } from '../model/tensorBytes'
import { tensorValues } from '../model/tensorValues'
import { ModelProtoSchema, TensorProtoSchema } from '../schema/generated/onnx_pb'
import { model, randomTensor } from '../testing/buildModel'
import { saveModel } from '../write/saveModel'
import { externalDataOf } from './externalDataOf'

function gemmModel() {
  return model({
    inputs: [{ name: 'x', shape: [2, 32] }],
    outputs: [{ name: 'y', shape: [2, 64] }],
    nodes: [{ op: 'Gemm', inputs: ['x', 'w', 'b'], outputs: ['y'], attrs: { transB: { i: 1 } } }],
    initializers: [
      randomTensor('w', [64, 32], 3),
      randomTensor('b', [64], 4),
      randomTensor('w2', [16, 32], 5),
    ],
  })
}

/** The folders the tests made, removed after them. */
const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'weightinit-onnx-ext-'))
  made.push(dir)
  return dir
}

/** A model whose tensor 'w' [4] lives in `location` with the given offset/length entries. */
function externalModel(location: string, extra: Record<string, string> = {}): Uint8Array {
  const w = create(TensorProtoSchema, {
    name: 'w',
    dims: [4n],
    dataType: 1,
    dataLocation: 1,
    externalData: Object.entries({ location, ...extra }).map(([key, value]) => ({ key, value })),
  })
  return toBinary(
    ModelProtoSchema,
    model({ inputs: [], outputs: [], nodes: [], initializers: [w] }),
  )
}

describe('external data', () => {
  it('writes one data file at aligned offsets and reads it back', async () => {
    const dir = tempDir()
    const source = await readModel(toBinary(ModelProtoSchema, gemmModel()))
    const result = await saveModel(source, join(dir, 'm.onnx'), { externalData: true })
    expect(result.dataPath).toBe(join(dir, 'm.onnx.data'))
    const back = await readModel(join(dir, 'm.onnx'))
    const [w, b, w2] = back.proto.graph!.initializer
    expect(w!.dataLocation).toBe(1)
    expect(b!.dataLocation).toBe(0) // 256 bytes: under the 1024-byte threshold
    expect(externalDataOf(w!, 'w')).toEqual({ location: 'm.onnx.data', offset: 0, length: 8192 })
    expect(externalDataOf(w2!, 'w2')).toEqual({
      location: 'm.onnx.data',
      offset: 8192,
      length: 2048,
    })
    expect(statSync(join(dir, 'm.onnx.data')).size).toBe(8192 + 2048)
    for (const i of [0, 1, 2]) {
      const a = source.proto.graph!.initializer[i]!
      expect(tensorValues(back, back.proto.graph!.initializer[i]!)).toEqual(tensorValues(source, a))
    }
    // Back to one file: identical to the model we started from.
    await saveModel(back, join(dir, 'inline.onnx'), { externalData: false })
    expect(Buffer.compare(readFileSync(join(dir, 'inline.onnx')), source.bytes!)).toBe(0)
    // External again, with alignment 64 and another file name.
    const again = await saveModel(back, join(dir, 'again.onnx'), {
      externalData: { location: 'weights.bin', alignment: 64, threshold: 0 },
    })
    expect(again.dataBytes).toBe(8192 + 256 + 2048)
    const third = await readModel(join(dir, 'again.onnx'))
    expect(externalDataOf(third.proto.graph!.initializer[2]!, 'w2').offset).toBe(8192 + 256)
    // A model read with external data is written with external data by default.
    const fourth = await saveModel(third, join(dir, 'fourth.onnx'))
    expect(fourth.dataPath).toBe(join(dir, 'fourth.onnx.data'))
    await expectRejection(
      () => saveModel(third, join(dir, 'x.onnx'), { externalData: { location: 'weights.bin' } }),
      'OUTPUT_IS_INPUT',
    )
  })

  it('refuses locations that are absolute, contain .., or escape through a link', async () => {
    const dir = tempDir()
    const outside = tempDir()
    writeFileSync(join(outside, 'secret.bin'), new Uint8Array(16))
    for (const location of ['../secret.bin', '/etc/passwd', 'sub/../../secret.bin', 'C:\\x.bin']) {
      const error = await expectRejection(
        () => readModel(externalModel(location), { dir }),
        'UNSAFE_PATH',
      )
      expect(error.message).toContain("'w'")
    }
    symlinkSync(join(outside, 'secret.bin'), join(dir, 'link.bin'))
    writeFileSync(join(dir, 'm.onnx'), externalModel('link.bin'))
    await expectRejection(() => readModel(join(dir, 'm.onnx')), 'UNSAFE_PATH')
    mkdirSync(join(dir, 'sub'))
    symlinkSync(outside, join(dir, 'sub', 'out'))
    writeFileSync(join(dir, 'm2.onnx'), externalModel('sub/out/secret.bin'))
    await expectRejection(() => readModel(join(dir, 'm2.onnx')), 'UNSAFE_PATH')
    // A link that stays inside the folder is fine.
    writeFileSync(join(dir, 'real.bin'), new Uint8Array(16))
    symlinkSync(join(dir, 'real.bin'), join(dir, 'inside.bin'))
    writeFileSync(join(dir, 'm3.onnx'), externalModel('inside.bin'))
    const ok = await readModel(join(dir, 'm3.onnx'))
    expect(tensorBytes(ok, ok.proto.graph!.initializer[0]!).length).toBe(16)
  })

  it('refuses missing or short external data, and a length that disagrees', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'missing.onnx'), externalModel('nowhere.bin'))
    await expectRejection(() => readModel(join(dir, 'missing.onnx')), 'EXTERNAL_DATA_MISSING')
    writeFileSync(join(dir, 'short.bin'), new Uint8Array(12))
    writeFileSync(join(dir, 'short.onnx'), externalModel('short.bin'))
    await expectRejection(() => readModel(join(dir, 'short.onnx')), 'EXTERNAL_DATA_MISSING')
    writeFileSync(join(dir, 'long.bin'), new Uint8Array(64))
    writeFileSync(join(dir, 'past.onnx'), externalModel('long.bin', { offset: '56', length: '16' }))
    await expectRejection(() => readModel(join(dir, 'past.onnx')), 'EXTERNAL_DATA_MISSING')
    writeFileSync(join(dir, 'len.onnx'), externalModel('long.bin', { length: '12' }))
    await expectRejection(() => readModel(join(dir, 'len.onnx')), 'INVALID_TENSOR')
    writeFileSync(join(dir, 'bad.onnx'), externalModel('long.bin', { offset: '-4' }))
    await expectRejection(() => readModel(join(dir, 'bad.onnx')), 'INVALID_TENSOR')
    // Read from bytes without a folder: the model reads, its external tensor does not.
    const m = await readModel(externalModel('long.bin', { offset: '16', length: '16' }))
    expect(() => tensorBytes(m, m.proto.graph!.initializer[0]!)).toThrow(/without a folder/)
  })
})
