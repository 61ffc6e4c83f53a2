import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toBinary } from '@bufbuild/protobuf'
import { afterAll, describe, expect, it } from 'vitest'
import { readModel } from '../model/readModel'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { floatTensor, model, testValues } from '../testing/buildModel'
import { saveModel } from '../write/saveModel'
import { inspect, inspectInChunks } from './inspect'
import type { ModelInspection } from './inspectTypes'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** `rows` copies of the same row of `width` values. */
function repeatedRows(rows: number, width: number, seed: number): Float32Array {
  const row = testValues(width, seed, 0.2)
  const out = new Float32Array(rows * width)
  for (let r = 0; r < rows; r++) out.set(row, r * width)
  return out
}

/** Each of `rows` rows constant, the rows different: identical columns. */
function repeatedColumns(rows: number, width: number, seed: number): Float32Array {
  const column = testValues(rows, seed, 0.2)
  return Float32Array.from({ length: rows * width }, (_, i) => column[Math.floor(i / width)]!)
}

/**
 * Weights of every kind the checks read: random ones (stopped at once), identical rows of a Gemm
 * weight (units along axis 0), identical columns of a MatMul weight (units along axis 1, one value
 * each), a float16 weight, NaN and zeros.
 */
function weights() {
  return model({
    inputs: [{ name: 'x', shape: [1, 40] }],
    outputs: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }, { name: 'e' }],
    nodes: [
      { op: 'Gemm', inputs: ['x', 'random', 'bias'], outputs: ['a'], attrs: { transB: { i: 1 } } },
      { op: 'Gemm', inputs: ['x', 'rows'], outputs: ['b'], attrs: { transB: { i: 1 } } },
      { op: 'MatMul', inputs: ['x', 'columns'], outputs: ['c'] },
      { op: 'MatMul', inputs: ['x', 'half'], outputs: ['d'] },
      { op: 'MatMul', inputs: ['x', 'holes'], outputs: ['e'] },
    ],
    initializers: [
      floatTensor('random', [64, 40], testValues(64 * 40, 1, 0.3)),
      floatTensor('bias', [64], new Float32Array(64)),
      floatTensor('rows', [6, 40], repeatedRows(6, 40, 2)),
      floatTensor('columns', [40, 6], repeatedColumns(40, 6, 3)),
      floatTensor('half', [40, 10], testValues(400, 4, 0.1), { dataType: 10 }),
      floatTensor(
        'holes',
        [40, 3],
        testValues(120, 5).map((x, i) => (i % 17 === 0 ? Number.NaN : x)),
      ),
    ],
  })
}

/** The statistics and flags of each tensor: what the chunked path must give exactly. */
function summary(found: ModelInspection) {
  return found.tensors.map((t) => ({ name: t.name, current: t.current, flags: t.flags }))
}

describe('inspect in chunks: the same statistics and flags as whole', () => {
  it.each(['raw_data', 'external data'] as const)(
    'from %s, in chunks of 1 to 10^6 values',
    async (storage) => {
      const bytes = toBinary(ModelProtoSchema, weights())
      let m = await readModel(bytes)
      if (storage === 'external data') {
        const dir = mkdtempSync(join(tmpdir(), 'weightinit-inspect-'))
        made.push(dir)
        await saveModel(m, join(dir, 'm.onnx'), { externalData: { threshold: 0 } })
        m = await readModel(join(dir, 'm.onnx'))
        expect(m.proto.graph!.initializer.every((t) => t.dataLocation === 1)).toBe(true)
      }
      const whole = inspect(m, { recipe: 'auto' })
      const flagged = Object.fromEntries(summary(whole).map((t) => [t.name, t.flags]))
      expect(flagged).toMatchObject({
        random: [],
        rows: ['symmetric_rows', 'std_far_from_recipe'],
        columns: ['symmetric_rows'],
        holes: ['non_finite', 'std_far_from_recipe'],
      })
      // 1, 7: units of `rows` (40 values) larger than a chunk; 50: a unit fits, its 6-unit slab
      // does not; 10^6: whole slabs, or the whole tensor at once.
      for (const chunk of [1, 7, 50, 1_000_000]) {
        expect(summary(inspectInChunks(m, { recipe: 'auto' }, chunk)), `chunk ${chunk}`).toEqual(
          summary(whole),
        )
      }
    },
  )
})
