import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create } from '@bufbuild/protobuf'
import { afterAll, describe, expect, it } from 'vitest'
import type { TensorEdit } from '../index'
import { patch } from '../patch/patch'
import { TensorProtoSchema } from '../schema'
import { floatTensor, model, testValues } from '../testing/buildModel'
import { encodeModel } from '../write/encodeModel'
import { saveModel } from '../write/saveModel'
import { modelFromProto } from './modelFromProto'
import { readModel } from './readModel'
import { readModelLean } from './readModelLean'
import { tensorByteSlicer } from './tensorByteSlicer'
import { tensorBytes } from './tensorBytes'
import { unreadBytes } from './unreadBytes'

const folder = mkdtempSync(join(tmpdir(), 'weightinit-onnx-lean-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** A Gemm MLP whose weights (1 MiB and more) are left in the file by readModelLean. */
async function mlpFile(name: string): Promise<string> {
  const widths = [1024, 2048, 1024, 64]
  const nodes = []
  const initializers = []
  let x = 'x'
  for (let i = 0; i + 1 < widths.length; i++) {
    const [n, m] = [widths[i]!, widths[i + 1]!]
    nodes.push({
      op: 'Gemm',
      inputs: [x, `fc${i}.weight`, `fc${i}.bias`],
      outputs: [`h${i}`],
      attrs: { transB: { i: 1 } },
    })
    nodes.push({ op: 'Relu', inputs: [`h${i}`], outputs: [`a${i}`] })
    initializers.push(floatTensor(`fc${i}.weight`, [m, n], testValues(m * n, i + 1)))
    initializers.push(floatTensor(`fc${i}.bias`, [m], testValues(m, i + 9)))
    x = `a${i}`
  }
  // A bfloat16 tensor that no node uses: kept as it is
  initializers.push(
    create(TensorProtoSchema, {
      name: 'unused',
      dims: [1024n, 600n],
      dataType: 16,
      rawData: new Uint8Array(1024 * 600 * 2).map((_, i) => i * 31),
    }),
  )
  const proto = model({
    inputs: [{ name: 'x', shape: ['batch', widths[0]!] }],
    outputs: [{ name: x }],
    nodes,
    initializers,
  })
  const path = join(folder, name)
  await saveModel(modelFromProto(proto), path, { externalData: false })
  return path
}

/** The same edits without their draws: written on this thread, the way before draws. */
function withoutDraws(edits: ReadonlyMap<unknown, TensorEdit>): Map<never, TensorEdit> {
  return new Map([...edits].map(([tensor, { draw: _draw, ...rest }]) => [tensor as never, rest]))
}

describe('readModelLean', () => {
  it('leaves large raw_data in the file, and reads it from there byte for byte', async () => {
    const path = await mlpFile('read.onnx')
    const whole = await readModel(path)
    const lean = await readModelLean(path)
    expect(lean.unread?.length).toBe(3) // fc0 and fc1 (8 MiB each), unused (1.2 MiB)
    const file = readFileSync(path)
    for (const [i, tensor] of lean.proto.graph!.initializer.entries()) {
      const expected = tensorBytes(whole, whole.proto.graph!.initializer[i]!)
      expect(Buffer.compare(tensorBytes(lean, tensor), expected)).toBe(0)
      const slice = tensorByteSlicer(lean, tensor)!
      expect(Buffer.compare(slice(8, 4096), expected.subarray(8, 4096))).toBe(0)
    }
    expect(file.length).toBe(lean.bytes!.length)
  })

  it('patches to the same bytes as a model read whole, spliced, encoded or external', async () => {
    const path = await mlpFile('patch.onnx')
    const whole = patch(await readModel(path), { seed: 5 }).model
    const lean = patch(await readModelLean(path), { seed: 5 }).model
    expect([...lean.edits.values()].some((e) => e.draw !== undefined)).toBe(true)
    const cases = [
      ['whole.onnx', whole, {}],
      ['lean.onnx', lean, {}],
      ['undrawn.onnx', { ...whole, edits: withoutDraws(whole.edits) }, {}],
    ] as const
    const written = []
    for (const [name, m, options] of cases) {
      const saved = await saveModel(m, join(folder, name), options)
      expect(saved.spliced).toBe(true)
      written.push(readFileSync(saved.path))
    }
    expect(Buffer.compare(written[1]!, written[0]!)).toBe(0)
    expect(Buffer.compare(written[2]!, written[0]!)).toBe(0)
    expect(Buffer.compare(encodeModel(lean), written[0]!)).toBe(0)
    // External data: drawn in threads or not, from a lean model or not, the same two files
    const external = []
    for (const [name, m] of [
      ['ext-whole.onnx', whole],
      ['ext-lean.onnx', lean],
      ['ext-undrawn.onnx', { ...whole, edits: withoutDraws(whole.edits) }],
    ] as const) {
      const saved = await saveModel(m, join(folder, name), {
        externalData: { threshold: 0, location: 'shared.data' },
      })
      external.push([readFileSync(saved.path), readFileSync(saved.dataPath!)] as const)
    }
    for (const [onnx, data] of external.slice(1)) {
      expect(Buffer.compare(onnx, external[0]![0])).toBe(0)
      expect(Buffer.compare(data, external[0]![1])).toBe(0)
    }
  })

  it('writes a model onnxruntime runs, with the weights it was given', async () => {
    const path = await mlpFile('run.onnx')
    const lean = patch(await readModelLean(path), { seed: 2 }).model
    const out = join(folder, 'run-out.onnx')
    await saveModel(lean, out)
    const back = await readModel(out)
    const unused = back.proto.graph!.initializer.find((t) => t.name === 'unused')!
    const original = (await readModel(path)).proto.graph!.initializer.find(
      (t) => t.name === 'unused',
    )!
    expect(Buffer.compare(unused.rawData, original.rawData)).toBe(0)
    const ort = await import('onnxruntime-node')
    const session = await ort.InferenceSession.create(out)
    const result = await session.run({
      x: new ort.Tensor('float32', new Float32Array(2 * 1024).fill(0.25), [2, 1024]),
    })
    const values = Object.values(result)[0]!.data as Float32Array
    expect(values.length).toBe(2 * 64)
    expect(Array.from(values).every(Number.isFinite)).toBe(true)
    await session.release()
  })

  it('reads what it cannot walk, or what is not a file, as readModel does', async () => {
    await expect(readModelLean(join(folder, 'missing.onnx'))).rejects.toMatchObject({
      code: 'PATH_NOT_FOUND',
    })
    await expect(readModelLean(folder)).rejects.toMatchObject({ code: 'NOT_A_FILE' })
  })

  it('a model replaced by a FIFO, removed or cut short while in use: typed errors, no hang', async () => {
    const path = await mlpFile('changing.onnx')
    const wholeBytes = readFileSync(path)
    const tensor = (m: Awaited<ReturnType<typeof readModelLean>>) =>
      m.proto.graph!.initializer.find((t) => t.name === 'fc1.weight')!.rawData
    const cases = [
      ['NOT_A_FILE', () => execFileSync('mkfifo', [path])],
      ['PATH_NOT_FOUND', () => undefined],
      ['INVALID_MODEL', () => writeFileSync(path, wholeBytes.subarray(0, wholeBytes.length / 2))],
    ] as const
    for (const [code, replace] of cases) {
      writeFileSync(path, wholeBytes)
      const lean = await readModelLean(path)
      expect(lean.unread?.length).toBeGreaterThan(0)
      unlinkSync(path)
      replace()
      expect(() => unreadBytes(lean, tensor(lean))).toThrow(
        expect.objectContaining({ code }) as unknown as Error,
      )
      rmSync(path, { force: true })
    }
  })
})
