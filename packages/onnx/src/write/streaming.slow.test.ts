/* Slow: a model whose external tensor is 4 GB (10^9 float32), patched and inspected in child
 * processes whose peak RSS is measured. Run with
 * WEIGHTINIT_SLOW=1 npx vitest run src/write/streaming.slow.test.ts — figures are printed. */
import { spawn } from 'node:child_process'
import {
  closeSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { create, toBinary } from '@bufbuild/protobuf'
import { afterAll, describe, expect, it } from 'vitest'
import { readModel } from '../model/readModel'
import { patch } from '../patch/patch'
import { ModelProtoSchema, TensorProtoSchema } from '../schema/generated/onnx_pb'
import { model } from '../testing/buildModel'

const slow = process.env.WEIGHTINIT_SLOW !== undefined
const folder = slow ? mkdtempSync(join(tmpdir(), 'weightinit-onnx-slow-')) : ''
afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true })
})

const MiB = 1 << 20
const ROWS = 40_000
const COLS = 25_000
const BYTES = ROWS * COLS * 4

interface ChildResult {
  readonly done?: unknown
  readonly ms?: number
  readonly maxRssBytes?: number
  readonly error?: string
}

/** Runs `streamChild.ts` with a job in a fresh Node process; its one JSON line. */
function runChild(job: object): Promise<{ result: ChildResult; stderr: string }> {
  const script = fileURLToPath(new URL('../testing/streamChild.ts', import.meta.url))
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@weightinit/source', script, JSON.stringify(job)],
    { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  return new Promise((resolve) => {
    child.on('close', () => {
      const line = stdout.split('\n').find((l) => l.startsWith('{')) ?? '{"error":"no output"}'
      resolve({ result: JSON.parse(line) as ChildResult, stderr })
    })
  })
}

/** A 200-byte model whose MatMul weight [40000, 25000] lives in a 4 GB external file (sparse: zeros). */
function bigModel(): string {
  const w = create(TensorProtoSchema, {
    name: 'w',
    dims: [BigInt(ROWS), BigInt(COLS)],
    dataType: 1,
    dataLocation: 1,
    externalData: [
      { key: 'location', value: 'w.bin' },
      { key: 'offset', value: '0' },
      { key: 'length', value: String(BYTES) },
    ],
  })
  const proto = model({
    inputs: [{ name: 'x', shape: [1, ROWS] }],
    outputs: [{ name: 'y', shape: [1, COLS] }],
    nodes: [{ op: 'MatMul', inputs: ['x', 'w'], outputs: ['y'] }],
    initializers: [w],
  })
  const path = join(folder, 'big.onnx')
  writeFileSync(path, toBinary(ModelProtoSchema, proto))
  const fd = openSync(join(folder, 'w.bin'), 'w')
  ftruncateSync(fd, BYTES)
  closeSync(fd)
  return path
}

function report(what: string, result: ChildResult): void {
  const seconds = (result.ms ?? 0) / 1000
  console.log(
    `${what}: ${(BYTES / 1e9).toFixed(1)} GB external tensor in ${seconds.toFixed(1)} s, peak RSS ${((result.maxRssBytes ?? 0) / MiB).toFixed(0)} MiB`,
  )
}

describe.skipIf(!slow)('slow: a 4 GB external tensor streams in bounded memory', () => {
  it('patch writes it chunk by chunk and inspect reads it chunk by chunk, each under 300 MB', async () => {
    const input = bigModel()
    const output = join(folder, 'out.onnx')
    const patched = await runChild({ command: 'patch', model: input, output, seed: 3 })
    expect(patched.result.error, patched.stderr).toBeUndefined()
    report('patch', patched.result)
    expect(statSync(`${output}.data`).size).toBe(BYTES)
    expect(patched.result.maxRssBytes).toBeLessThan(300 * MiB)

    // Spot checks: ranges of the written file are the bytes the same patch draws for them.
    const { model: expected } = patch(await readModel(input), { seed: 3 })
    const slice = [...expected.edits.values()][0]!.slice!
    const fd = openSync(`${output}.data`, 'r')
    try {
      for (const start of [0, 16 * MiB - 8, 1_234_567_888, BYTES - 4096]) {
        const actual = new Uint8Array(4096)
        readSync(fd, actual, 0, 4096, start)
        expect(Buffer.from(actual).equals(Buffer.from(slice(start, start + 4096)))).toBe(true)
      }
    } finally {
      closeSync(fd)
    }

    const inspected = await runChild({ command: 'inspect', model: output })
    expect(inspected.result.error, inspected.stderr).toBeUndefined()
    report('inspect', inspected.result)
    expect(inspected.result.maxRssBytes).toBeLessThan(300 * MiB)
    const [w] = inspected.result.done as { current: { count: number; std: number }; flags: [] }[]
    expect(w!.current.count).toBe(ROWS * COLS)
    expect(w!.flags).toEqual([])
  }, 1_200_000)
})
