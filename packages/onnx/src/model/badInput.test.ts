import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create, toBinary } from '@bufbuild/protobuf'
import { expectError, expectRejection } from '@weightinit/test-utils'
import { describe, expect, it, onTestFinished } from 'vitest'
import {
  type GraphProto,
  GraphProtoSchema,
  ModelProtoSchema,
  TensorProtoSchema,
} from '../schema/generated/onnx_pb'
import { attribute, model, randomTensor } from '../testing/buildModel'
import { helloDeepaPath } from '../testing/realModels'
import { saveModel } from '../write/saveModel'
import { decodeModel } from './decodeModel'
import { readModel } from './readModel'

function withTensor(tensor: ReturnType<typeof randomTensor>): Uint8Array {
  return toBinary(
    ModelProtoSchema,
    model({ inputs: [], outputs: [], nodes: [], initializers: [tensor] }),
  )
}

describe('bad input gets a typed error', () => {
  it('refuses bytes that are not ONNX', () => {
    expectError(
      () => decodeModel(new TextEncoder().encode('hello, this is not a model')),
      'INVALID_MODEL',
    )
    expectError(() => decodeModel(new Uint8Array(0)), 'INVALID_MODEL')
    // A valid protobuf message of another kind: only unknown fields, no graph.
    expectError(() => decodeModel(new Uint8Array([0xf8, 0x3e, 0x01])), 'INVALID_MODEL')
  })

  it('refuses truncated protobuf, varint overflow and lengths past the end', () => {
    const bytes = readFileSync(helloDeepaPath())
    const error = expectError(
      () => decodeModel(bytes.subarray(0, bytes.length - 1000)),
      'INVALID_MODEL',
    )
    expect(error.message).toMatch(/not a valid ONNX model/)
    expectError(
      () => decodeModel(new Uint8Array([0x08, ...Array(10).fill(0xff), 0x01])),
      'INVALID_MODEL',
    )
    expectError(
      () => decodeModel(new Uint8Array([0x08, 0x08, 0x3a, 0xff, 0xff, 0x03, 0x0a, 0x00])),
      'INVALID_MODEL',
    )
  })

  it('refuses a depth bomb of nested subgraphs', () => {
    let inner: GraphProto = create(GraphProtoSchema, { name: 'leaf' })
    for (let i = 0; i < 200; i++) {
      inner = create(GraphProtoSchema, {
        name: `g${i}`,
        node: [{ opType: 'If', attribute: [attribute('then_branch', { g: inner })] }],
      })
    }
    const bytes = toBinary(
      ModelProtoSchema,
      create(ModelProtoSchema, { irVersion: 8n, graph: inner }),
    )
    const error = expectError(() => decodeModel(bytes), 'INVALID_MODEL')
    expect(error.message).toMatch(/recursion depth/)
  })

  it('names a tensor whose dims × data type disagree with its data', () => {
    const short = randomTensor('fc.weight', [3, 4])
    short.dims = [3n, 5n]
    const error = expectError(() => decodeModel(withTensor(short)), 'INVALID_TENSOR')
    expect(error.message).toContain("'fc.weight'")
    expect(error.message).toContain('needs 60 bytes')
    const typed = create(TensorProtoSchema, {
      name: 'b',
      dims: [3n],
      dataType: 1,
      floatData: [1, 2],
    })
    expectError(() => decodeModel(withTensor(typed)), 'INVALID_TENSOR')
    const missing = create(TensorProtoSchema, { name: 'c', dims: [3n], dataType: 1 })
    expectError(() => decodeModel(withTensor(missing)), 'INVALID_TENSOR')
  })

  it('refuses dims that multiply past 2^53 or are negative', () => {
    const huge = create(TensorProtoSchema, {
      name: 'huge',
      dims: [2n ** 40n, 2n ** 20n],
      dataType: 1,
    })
    const error = expectError(() => decodeModel(withTensor(huge)), 'INVALID_TENSOR')
    expect(error.message).toMatch(/2\^53/)
    const negative = create(TensorProtoSchema, { name: 'neg', dims: [-1n, 2n], dataType: 1 })
    expectError(() => decodeModel(withTensor(negative)), 'INVALID_TENSOR')
  })

  it('refuses a missing file and writing over the input; replaces other files unless overwrite: false', async () => {
    await expectRejection(() => readModel('/nonexistent/model.onnx'), 'PATH_NOT_FOUND')
    const dir = mkdtempSync(join(tmpdir(), 'weightinit-onnx-'))
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
    const path = join(dir, 'm.onnx')
    writeFileSync(path, readFileSync(helloDeepaPath()))
    const m = await readModel(path)
    await expectRejection(() => saveModel(m, path), 'OUTPUT_IS_INPUT', { path })
    await expectRejection(() => saveModel(m, path, { overwrite: true }), 'OUTPUT_IS_INPUT')
    await expectRejection(
      () => saveModel(m, join(dir, '.', 'm.onnx'), { overwrite: true }),
      'OUTPUT_IS_INPUT',
    )
    writeFileSync(join(dir, 'copy.onnx'), 'an older file')
    await saveModel(m, join(dir, 'copy.onnx'))
    expect(Buffer.compare(readFileSync(join(dir, 'copy.onnx')), readFileSync(path))).toBe(0)
    writeFileSync(join(dir, 'kept.onnx'), 'kept')
    await expectRejection(
      () => saveModel(m, join(dir, 'kept.onnx'), { overwrite: false }),
      'FILE_EXISTS',
      { option: 'overwrite' },
    )
    expect(readFileSync(join(dir, 'kept.onnx'), 'utf8')).toBe('kept')
    await expectRejection(() => saveModel(m, join(dir, 'nope', 'copy.onnx')), 'PATH_NOT_FOUND')
  })
})
