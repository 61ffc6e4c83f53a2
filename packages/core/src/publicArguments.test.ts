import { describe, expect, it } from 'vitest'
import type { ErrorCode } from './errors/errorCodes'
import { WeightinitError } from './errors/WeightinitError'
import * as core from './index'

// The plan and sample entry points of @weightinit/core, called with a wrong argument in each
// position, must fail with a WeightinitError (never a TypeError from inside). They are read from
// the barrel (every function named plan… or sample…), so a new one needs a line in CASES.

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

const SPEC_CODES: readonly ErrorCode[] = ['INVALID_SPEC', 'UNKNOWN_NAME']
const SHAPE_CODES: readonly ErrorCode[] = ['INVALID_SHAPE']
const OPTIONS_WITH_SEED: readonly ErrorCode[] = ['INVALID_ARGUMENT', 'INVALID_SEED']

const CASES: Readonly<Record<string, Case>> = {
  plan: {
    args: () => [{ init: 'normal' }, [4, 4], {}],
    right: { 1: ['an array'], 2: ['undefined', 'an empty object'] },
    codes: { 0: SPEC_CODES, 1: SHAPE_CODES },
  },
  sample: { args: () => [core.plan('normal', [4]), { seed: 1 }], codes: { 1: OPTIONS_WITH_SEED } },
  sampleTensor: {
    args: () => ['normal', [4], { seed: 1 }],
    right: { 1: ['an array'] },
    codes: { 0: SPEC_CODES, 1: SHAPE_CODES, 2: OPTIONS_WITH_SEED },
  },
  planScheme: {
    args: () => [{ scheme: 'hf', roles: {} }],
    codes: { 0: ['INVALID_ARGUMENT', 'UNKNOWN_SCHEME'] },
  },
  sampleScheme: {
    args: () => [
      core.planScheme({ scheme: 'hf', role: 'norm_scale', shape: [4] }),
      { seed: 1, key: 'ln.weight' },
    ],
    codes: { 1: ['INVALID_ARGUMENT', 'INVALID_KEY'] },
  },
}

const calls = Object.entries(core)
  .filter(([name, value]) => typeof value === 'function' && /^(plan|sample)/.test(name))
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

describe('the plan and sample entry points refuse a wrong argument with a WeightinitError', () => {
  it('covers them all', () => {
    expect(calls.map(([label]) => label.split(',')[0])).toEqual(
      expect.arrayContaining(['plan', 'sample', 'sampleTensor', 'planScheme']),
    )
  })

  it.each(calls)('%s', (_, fn, args, codes) => {
    expect(args, 'a function without a line in CASES').toBeDefined()
    let outcome: unknown
    try {
      outcome = (fn as (...a: unknown[]) => unknown)(...args!)
    } catch (error) {
      outcome = error
    }
    expect(outcome).toBeInstanceOf(WeightinitError)
    expect(codes).toContain((outcome as WeightinitError).code)
  })
})
