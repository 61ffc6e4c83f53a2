import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toBinary } from '@bufbuild/protobuf'
import { type ErrorCode, WeightinitError } from '@weightinit/core'
import { expectRejection } from '@weightinit/test-utils'
import { afterAll, describe, expect, it } from 'vitest'
import * as onnx from './index'
import { ModelProtoSchema } from './schema/generated/onnx_pb'
import { mlp } from './testing/opModels'

// Every public function of @weightinit/onnx, called with a wrong argument in each position, must
// fail with a WeightinitError (never a TypeError from inside). The functions are read from the
// barrel, so a new export needs a line in CASES below.

const folder = mkdtempSync(join(tmpdir(), 'weightinit-onnx-arguments-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const proto = mlp().proto
const bytes = toBinary(ModelProtoSchema, proto)
const model = () => onnx.modelFromProto(proto)
const modelPath = () => {
  const path = join(folder, 'model.onnx')
  writeFileSync(path, bytes)
  return path
}
const weight = () => onnx.analyze(model()).tensors.find((t) => t.name === 'fc1.weight')!.tensor

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
  readonly args: () => unknown[]
  /** Per position, the wrong arguments that are in fact right there (and are not tried). */
  readonly right?: Readonly<Record<number, readonly Wrong[]>>
  /** Per position, the codes a refusal may have (default: INVALID_ARGUMENT). */
  readonly codes?: Readonly<Record<number, readonly ErrorCode[]>>
}

/** One call: its label, the function, its arguments and the codes its refusal may have. */
type Call = readonly [
  label: string,
  fn: unknown,
  args: unknown[] | undefined,
  codes: readonly ErrorCode[],
]

const OPTIONAL: readonly Wrong[] = ['undefined', 'an empty object']

const CASES: Readonly<Record<string, Case>> = {
  analyze: { args: () => [model()] },
  inspect: { args: () => [model(), {}], right: { 1: OPTIONAL } },
  lsuv: { args: () => [model(), { seed: 1 }], codes: { 1: ['INVALID_ARGUMENT', 'INVALID_SEED'] } },
  decodeModel: { args: () => [bytes, {}], right: { 1: OPTIONAL } },
  modelFromProto: { args: () => [proto, null], right: { 1: ['null', 'undefined', 'a string'] } },
  readModel: {
    args: () => [bytes, {}],
    right: { 1: OPTIONAL },
    codes: { 0: ['INVALID_ARGUMENT', 'PATH_NOT_FOUND'] },
  },
  readModelLean: {
    args: () => [modelPath()],
    codes: { 0: ['INVALID_ARGUMENT', 'PATH_NOT_FOUND'] },
  },
  tensorBytes: { args: () => [model(), weight()] },
  tensorValues: { args: () => [model(), weight()] },
  patch: { args: () => [model(), { seed: 1 }], codes: { 1: ['INVALID_ARGUMENT', 'INVALID_SEED'] } },
  planPatch: {
    args: () => [model(), { seed: 1 }],
    codes: { 1: ['INVALID_ARGUMENT', 'INVALID_SEED'] },
  },
  parseRecipeConfig: {
    args: () => [{ rules: [] }],
    right: { 0: ['an empty object'] },
    codes: { 0: ['INVALID_ARGUMENT', 'INVALID_RECIPE'] },
  },
  valueStats: {
    args: () => [new Float32Array(4), 'number'],
    right: { 0: ['an array'], 1: ['undefined'] },
  },
  verify: { args: () => [model(), {}], right: { 1: OPTIONAL } },
  encodeModel: { args: () => [model(), {}], right: { 1: OPTIONAL } },
  saveModel: {
    args: () => [model(), join(folder, 'm.onnx'), {}],
    right: { 1: ['a string'], 2: OPTIONAL },
  },
}

const calls = Object.entries(onnx)
  .filter(([, value]) => typeof value === 'function')
  .flatMap(([name, fn]): Call[] => {
    const entry = CASES[name]
    if (entry === undefined) return [[`${name}: add it to CASES`, fn, undefined, []]]
    return entry.args().flatMap((_, position) =>
      (Object.keys(WRONG) as Wrong[])
        .filter((wrong) => !(entry.right?.[position] ?? []).includes(wrong))
        .map((wrong): Call => {
          const args = entry.args()
          args[position] = WRONG[wrong]
          const codes = entry.codes?.[position] ?? ['INVALID_ARGUMENT']
          return [`${name}, argument ${position + 1} ${wrong}`, fn, args, codes]
        }),
    )
  })

describe('every public function refuses a wrong argument with a WeightinitError', () => {
  it.each(calls)('%s', async (_, fn, args, codes) => {
    expect(args, 'a function without a line in CASES').toBeDefined()
    let outcome: unknown
    try {
      const result = (fn as (...a: unknown[]) => unknown)(...args!)
      outcome = result instanceof Promise ? await result : result
    } catch (error) {
      outcome = error
    }
    expect(outcome).toBeInstanceOf(WeightinitError)
    expect(codes).toContain((outcome as WeightinitError).code)
  })
})

describe('functions with options refuse one they do not take (instead of ignoring it)', () => {
  it.each([
    ['readModel', () => onnx.readModel(modelPath(), { dri: folder } as never), 'dri'],
    ['decodeModel', () => onnx.decodeModel(bytes, { skipExternal: true } as never), 'skipExternal'],
    ['encodeModel', () => onnx.encodeModel(model(), { inline: true } as never), 'inline'],
    [
      'saveModel',
      () => onnx.saveModel(model(), join(folder, 'out.onnx'), { overwite: true } as never),
      'overwite',
    ],
    ['verify', () => onnx.verify(model(), { seeds: 1 } as never), 'seeds'],
    ['lsuv', () => onnx.lsuv(model(), { seed: 1, tol: 0.1 } as never), 'tol'],
    ['patch', () => onnx.patch(model(), { seed: 1, reciep: 'torch' } as never), 'reciep'],
    ['inspect', () => onnx.inspect(model(), { rule: [] } as never), 'rule'],
  ] as [string, () => unknown, string][])('%s', async (_, call, key) => {
    const error = await expectRejection(async () => call(), 'INVALID_ARGUMENT', { option: key })
    expect(error.message).toContain(`no option '${key}'`)
  })
})
