import { createHash } from 'node:crypto'
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toBinary } from '@bufbuild/protobuf'
import { expectError } from '@weightinit/test-utils'
import { afterAll, describe, expect, it } from 'vitest'
import { externalDataOf } from '../external/externalDataOf'
import type { OnnxModel, TensorEdit } from '../model/OnnxModel'
import { readModel } from '../model/readModel'
import { patch } from '../patch/patch'
import { ModelProtoSchema, type TensorProto } from '../schema/generated/onnx_pb'
import { floatTensor, model, randomTensor } from '../testing/buildModel'
import { saveModel } from './saveModel'
import { TENSOR_CHUNK_BYTES } from './writeTensorChunks'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'weightinit-chunks-'))
  made.push(dir)
  return dir
}

/** Rows of the large weights: 2100 × 2000 float32 is 16.8 MB, more than one 16 MiB chunk. */
const ROWS = 2100
const COLS = 2000

/**
 * A model with two weights larger than a chunk (`big` and `kept`) and a small bias, saved with its
 * weights in external data and read back.
 */
async function externalModel(): Promise<{ dir: string; model: OnnxModel }> {
  const dir = tempDir()
  const proto = model({
    inputs: [{ name: 'x', shape: [1, COLS] }],
    outputs: [{ name: 'y' }, { name: 'z' }],
    nodes: [
      { op: 'Gemm', inputs: ['x', 'big', 'b'], outputs: ['y'], attrs: { transB: { i: 1 } } },
      { op: 'Gemm', inputs: ['x', 'kept'], outputs: ['z'], attrs: { transB: { i: 1 } } },
    ],
    initializers: [
      // Its source values do not matter: patch draws new ones.
      floatTensor('big', [ROWS, COLS], new Float32Array(ROWS * COLS).fill(0.25)),
      randomTensor('kept', [ROWS, COLS], 3),
      randomTensor('b', [ROWS], 4),
    ],
  })
  const source = await readModel(toBinary(ModelProtoSchema, proto))
  await saveModel(source, join(dir, 'in.onnx'), { externalData: { threshold: 0 } })
  return { dir, model: await readModel(join(dir, 'in.onnx')) }
}

/** The SHA-256 of bytes: large arrays compared without vitest's element-by-element diff. */
function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** A tensor's bytes as written to its external data file. */
function writtenBytes(dir: string, tensor: TensorProto): Uint8Array {
  const ref = externalDataOf(tensor, tensor.name)
  const out = new Uint8Array(ref.length!)
  const fd = openSync(join(dir, ref.location), 'r')
  try {
    readSync(fd, out, 0, out.length, ref.offset)
  } finally {
    closeSync(fd)
  }
  return out
}

/** The same model, with the edits of `names` refusing to produce their bytes whole: only `slice` may. */
function sliceOnly(m: OnnxModel, names: readonly string[]): OnnxModel {
  const edits = new Map<TensorProto, TensorEdit>()
  for (const [tensor, edit] of m.edits) {
    if (!names.includes(tensor.name)) {
      edits.set(tensor, edit)
      continue
    }
    edits.set(tensor, {
      ...edit,
      bytes: () => {
        throw new Error(`'${tensor.name}' was produced whole`)
      },
    })
  }
  return { ...m, edits }
}

describe('external data: a tensor larger than a chunk is written chunk by chunk', () => {
  it('patched: the same bytes as drawn whole, and never held whole', async () => {
    expect(ROWS * COLS * 4).toBeGreaterThan(TENSOR_CHUNK_BYTES)
    const { dir, model: input } = await externalModel()
    const { model: patched } = patch(input, {
      seed: 5,
      rules: [{ name: 'kept', init: 'keep' }],
    })
    const big = patched.proto.graph!.initializer.find((t) => t.name === 'big')!
    const whole = patched.edits.get(big)!.bytes()
    // The bias is smaller than a chunk: written whole. `big` must stream.
    const streamed = sliceOnly(patched, ['big'])
    await saveModel(streamed, join(dir, 'out.onnx'))
    const back = await readModel(join(dir, 'out.onnx'))
    const [outBig, outKept] = back.proto.graph!.initializer
    expect(sha(writtenBytes(dir, outBig!))).toBe(sha(whole))
    // The kept weight is read from the input's data file chunk by chunk: the same bytes.
    const kept = input.proto.graph!.initializer.find((t) => t.name === 'kept')!
    expect(sha(writtenBytes(dir, outKept!))).toBe(sha(writtenBytes(dir, kept)))
  })

  it('a transfer copies a large pre-trained tensor chunk by chunk, bit for bit', async () => {
    const { dir, model: from } = await externalModel()
    const target = await readModel(join(dir, 'in.onnx'))
    const { model: copied, report } = patch(target, { seed: 1, from })
    expect(report.tensors.map((t) => t.action)).toEqual(['copy', 'copy', 'copy'])
    await saveModel(sliceOnly(copied, ['big', 'kept']), join(dir, 'copy.onnx'), {
      externalData: { threshold: TENSOR_CHUNK_BYTES + 1 },
    })
    const back = await readModel(join(dir, 'copy.onnx'))
    for (const [i, name] of ['big', 'kept'].entries()) {
      const source = from.proto.graph!.initializer.find((t) => t.name === name)!
      expect(sha(writtenBytes(dir, back.proto.graph!.initializer[i]!))).toBe(
        sha(writtenBytes(dir, source)),
      )
    }
    expect(readFileSync(join(dir, 'copy.onnx')).length).toBeLessThan(TENSOR_CHUNK_BYTES)
  })

  it('a structured tensor past the memory limit is refused before anything is drawn', async () => {
    const { model: input } = await externalModel()
    const rules = [{ name: 'big', init: { init: 'orthogonal' } }] as const
    const needed = 8 * 2 * ROWS * COLS + 2 * 4 * ROWS * COLS
    const error = expectError(
      () => patch(input, { seed: 1, rules, maxBytes: needed / 2 }),
      'MEMORY_LIMIT',
      {
        tensor: `orthogonal 'big' [${ROWS}, ${COLS}]`,
        dtype: 'float32',
        maxBytes: needed / 2,
        limitFrom: 'maxBytes',
      },
    )
    expect((error as unknown as { details: { needed: number } }).details.needed).toBeGreaterThan(
      needed / 2,
    )
    expectError(() => patch(input, { seed: 1, rules, maxBytes: 0 }), 'INVALID_ARGUMENT')
    // Under the limit it is drawn whole (no range slicing), with the limit passed on to core.
    const { model: patched } = patch(input, { seed: 1, rules, maxBytes: 4 * needed })
    const big = patched.proto.graph!.initializer.find((t) => t.name === 'big')!
    expect(patched.edits.get(big)!.slice).toBeUndefined()
  })
})
