import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ErrorCode, plan, WeightinitError } from '@weightinit/core'
import { expectRejection } from '@weightinit/test-utils'
import { afterAll, describe, expect, it } from 'vitest'
import * as everywhere from './index'
import * as node from './node'

// Every public function of @weightinit/buffers and @weightinit/buffers/node, called with a wrong
// argument in each position, must fail with a WeightinitError (never a TypeError from inside).
// The functions are read from the barrels, so a new export needs a line in CASES below.

const folder = mkdtempSync(join(tmpdir(), 'weightinit-arguments-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
const at = (name: string) => join(folder, name)

const tensor = { data: new Float32Array(2), shape: [2], dtype: 'float32' as const }
const npy = everywhere.writeNpy(new Float32Array(2), [2], 'float32')
const safetensors = everywhere.writeSafetensors({ w: tensor })
const npyPath = at('w.npy')
const safetensorsPath = at('w.safetensors')
await node.writeAtomic(npyPath, (append) => append(npy))
await node.writeAtomic(safetensorsPath, (append) => append(safetensors))
const file = everywhere.planTensorFile({ spec: 'zeros', shape: [4] }, { seed: 1 })

/** The wrong arguments, by name. */
const WRONG = {
  null: null,
  undefined: undefined,
  'a number': 42,
  'a string': 'x',
  'an array': [1, 2],
  'an empty object': {},
} as const
type Wrong = keyof typeof WRONG

interface Case {
  /** Valid arguments: each call replaces one of them with a wrong one. */
  readonly args: () => unknown[]
  /** Per position, the wrong arguments that are in fact right there (and are not tried). */
  readonly right?: Readonly<Record<number, readonly Wrong[]>>
  /** The codes a refusal may have (default: INVALID_ARGUMENT). */
  readonly codes?: readonly ErrorCode[]
}

/** One call: its label, the function, its arguments and the codes its refusal may have. */
type Call = readonly [
  label: string,
  fn: unknown,
  args: unknown[] | undefined,
  codes: readonly ErrorCode[],
]

const OPTIONAL: readonly Wrong[] = ['undefined', 'an empty object']
const PATH: readonly Wrong[] = ['a string']

const gpt2 = {
  model_type: 'gpt2',
  n_embd: 8,
  n_layer: 1,
  n_head: 2,
  n_positions: 4,
  vocab_size: 10,
}
const CONFIG_CODES: readonly ErrorCode[] = [
  'INVALID_ARGUMENT',
  'INVALID_MODEL_CONFIG',
  'UNKNOWN_ARCHITECTURE',
  'INVALID_SEED',
]

const CASES: Readonly<Record<string, Case>> = {
  architectureManifest: { args: () => [gpt2, {}], right: { 1: OPTIONAL }, codes: CONFIG_CODES },
  assignShardFiles: {
    args: () => [['a'], { index: 0, count: 1 }],
    right: { 0: ['an array'] },
    codes: ['INVALID_ARGUMENT', 'INVALID_SHARD'],
  },
  planCheckpoint: { args: () => [gpt2, { seed: 0 }], codes: CONFIG_CODES },
  splitShards: { args: () => [[{ name: 'a', bytes: 1 }], 10], right: { 1: ['a number'] } },
  writeCheckpoint: {
    args: () => [gpt2, at('checkpoint'), { seed: 0, threads: 1 }],
    right: { 1: PATH },
    codes: CONFIG_CODES,
  },
  fromBytes: {
    args: () => [new Uint8Array(8), 'float32'],
    codes: ['INVALID_ARGUMENT', 'INVALID_DTYPE'],
  },
  planTensorFile: {
    args: () => [{ spec: 'zeros', shape: [4] }, { seed: 1 }],
    codes: ['INVALID_ARGUMENT', 'INVALID_SHAPE', 'INVALID_SEED'],
  },
  planWeightsFile: {
    args: () => [{ w: { spec: 'zeros', shape: [4] } }, { seed: 1 }],
    right: { 0: ['an empty object'] },
    codes: ['INVALID_ARGUMENT', 'INVALID_SEED'],
  },
  readNpy: { args: () => [npy] },
  readSafetensors: { args: () => [safetensors] },
  readRecipe: { args: () => [{}], right: { 0: ['an empty object'] } },
  recipeMetadata: {
    args: () => [{ streamVersion: 1, seed: 1, weights: {} }],
    codes: ['INVALID_ARGUMENT', 'INVALID_SEED'],
  },
  shardRange: {
    args: () => [100, { index: 0, count: 2 }],
    right: { 0: ['a number'] },
    codes: ['INVALID_ARGUMENT', 'INVALID_SHARD'],
  },
  toBytes: {
    args: () => [new Float32Array(2), 'float32'],
    codes: ['INVALID_ARGUMENT', 'INVALID_DTYPE'],
  },
  writeNpy: {
    args: () => [new Float32Array(2), [2], 'float32', {}],
    right: { 1: ['an array'], 3: OPTIONAL },
    codes: ['INVALID_ARGUMENT', 'INVALID_SHAPE', 'INVALID_DTYPE'],
  },
  writeSafetensors: {
    args: () => [{ w: tensor }, {}],
    right: { 0: ['an empty object'], 1: OPTIONAL },
  },
  createGeneratorPool: { args: () => [1], right: { 0: ['undefined'] } },
  machineMemoryLimit: { args: () => [] },
  maxThreads: { args: () => [] },
  readNpyFile: { args: () => [npyPath], right: { 0: PATH } },
  readRegularFile: { args: () => [npyPath, {}], right: { 0: PATH, 1: OPTIONAL } },
  readSafetensorsFile: { args: () => [safetensorsPath, {}], right: { 0: PATH, 1: OPTIONAL } },
  sampleInThreads: {
    args: () => [plan('normal', [4]), { seed: 1, threads: 1 }],
    codes: ['INVALID_ARGUMENT', 'INVALID_SEED'],
  },
  writeAtomic: { args: () => [at('a.bin'), async () => {}, {}], right: { 0: PATH, 2: OPTIONAL } },
  writeFilesAtomic: {
    args: () => [[{ path: at('b.bin'), produce: async () => {} }], {}],
    right: { 1: OPTIONAL },
  },
  writePlannedFile: { args: () => [at('c.npy'), file, {}], right: { 0: PATH, 2: OPTIONAL } },
  writePlannedStream: { args: () => [file, async () => true, {}], right: { 2: OPTIONAL } },
  writeTensorFile: {
    args: () => [at('d.npy'), { spec: 'zeros', shape: [4] }, { seed: 1 }],
    right: { 0: PATH },
    codes: ['INVALID_ARGUMENT', 'INVALID_SHAPE', 'INVALID_SEED'],
  },
  writeWeightsFile: {
    args: () => [at('e.safetensors'), { w: { spec: 'zeros', shape: [4] } }, { seed: 1 }],
    right: { 0: PATH, 1: ['an empty object'] },
    codes: ['INVALID_ARGUMENT', 'INVALID_SEED'],
  },
}

/** Every call of every public function with one wrong argument: [label, function, args, codes]. */
function calls(barrel: Record<string, unknown>, name: string): Call[] {
  return Object.entries(barrel)
    .filter(([, value]) => typeof value === 'function')
    .flatMap(([fn, value]): Call[] => {
      const entry = CASES[fn]
      if (entry === undefined) return [[`${name}.${fn}: add it to CASES`, value, undefined, []]]
      return entry.args().flatMap((_, position) =>
        (Object.keys(WRONG) as Wrong[])
          .filter((wrong) => !(entry.right?.[position] ?? []).includes(wrong))
          .map((wrong): Call => {
            const args = entry.args()
            args[position] = WRONG[wrong]
            return [
              `${name}.${fn}, argument ${position + 1} ${wrong}`,
              value,
              args,
              entry.codes ?? ['INVALID_ARGUMENT'],
            ]
          }),
      )
    })
}

describe('every public function refuses a wrong argument with a WeightinitError', () => {
  it.each([
    ...calls(everywhere, '@weightinit/buffers'),
    ...calls(node, '@weightinit/buffers/node'),
  ])('%s', async (_, fn, args, codes) => {
    expect(args, 'a function without a line in CASES').toBeDefined()
    let outcome: unknown
    try {
      const result = (fn as (...a: unknown[]) => unknown)(...args!)
      outcome = result instanceof Promise ? await result : result
    } catch (error) {
      outcome = error
    }
    if (outcome !== null && typeof outcome === 'object' && 'close' in outcome) {
      await (outcome as { close: () => Promise<void> }).close()
    }
    expect(outcome).toBeInstanceOf(WeightinitError)
    expect(codes).toContain((outcome as WeightinitError).code)
  })
})

describe('the sampling entry points refuse an option they do not take (instead of ignoring it)', () => {
  const p = plan('normal', [4])
  const sink = async () => undefined
  it.each([
    ['sampleInThreads', () => node.sampleInThreads(p, { seed: 1, thread: 2 } as never), 'thread'],
    [
      'planTensorFile',
      () =>
        everywhere.planTensorFile({ spec: 'zeros', shape: [4] }, {
          seed: 1,
          fromat: 'raw',
        } as never),
      'fromat',
    ],
    [
      'planWeightsFile',
      () => everywhere.planWeightsFile({}, { seed: 1, meta: {} } as never),
      'meta',
    ],
    [
      'writePlannedStream',
      () => node.writePlannedStream(file, sink, { chunk: 1 } as never),
      'chunk',
    ],
    [
      'writePlannedFile',
      () => node.writePlannedFile(at('x.npy'), file, { overwrites: true } as never),
      'overwrites',
    ],
  ] as [string, () => unknown, string][])('%s', async (_, call, key) => {
    const error = await expectRejection(async () => call(), 'INVALID_ARGUMENT', { option: key })
    expect(error.message).toContain(`no option '${key}'`)
  })
})
