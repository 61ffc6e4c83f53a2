import * as tfl from '@tensorflow/tfjs-layers'
import { type ErrorCode, WeightinitError } from '@weightinit/core'
import { describe, expect, it } from 'vitest'
import * as tfjs from './index'

// Every public function of @weightinit/tfjs (and the factories of `initializers`, and the
// WeightinitInitializer class), called with a wrong argument in each position, must fail with a
// WeightinitError (never a TypeError from inside). They are read from the barrel, so a new export
// needs a line in CASES below.

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

const mlp = () => tfl.sequential({ layers: [tfl.layers.dense({ inputShape: [4], units: 3 })] })
const WITH_SEED: readonly ErrorCode[] = ['INVALID_ARGUMENT', 'INVALID_SEED']

const CASES: Readonly<Record<string, Case>> = {
  toTensor: {
    args: () => ['normal', [4], { seed: 1 }],
    right: { 1: ['an array'] },
    codes: { 0: ['INVALID_SPEC', 'UNKNOWN_NAME'], 1: ['INVALID_SHAPE'], 2: WITH_SEED },
  },
  reinitialize: { args: () => [mlp(), 'keras', { seed: 1 }], codes: { 2: WITH_SEED } },
  WeightinitInitializer: {
    args: () => [{ spec: 'normal', seed: 1 }],
    codes: { 0: ['INVALID_ARGUMENT', 'INVALID_SPEC'] },
  },
}

const isClass = (fn: unknown) => /^class\b/.test(Function.prototype.toString.call(fn))

const calls = Object.entries(tfjs)
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

/**
 * The factories of `initializers` that take options, each given wrong options (an object is
 * needed: a seed, or constant's value); zeros and ones take none.
 */
const factories = Object.entries(tfjs.initializers)
  .filter(([name]) => name !== 'zeros' && name !== 'ones')
  .flatMap(([name, factory]) =>
    (['null', 'a number', 'a string', 'an array'] as const).map(
      (wrong) => [`initializers.${name}, ${wrong}`, factory, [WRONG[wrong]]] as const,
    ),
  )

function outcomeOf(fn: unknown, args: readonly unknown[]): unknown {
  try {
    const Construct = fn as new (...a: unknown[]) => unknown
    return isClass(fn) ? new Construct(...args) : (fn as (...a: unknown[]) => unknown)(...args)
  } catch (error) {
    return error
  }
}

describe('every public function refuses a wrong argument with a WeightinitError', () => {
  it.each(calls)('%s', (_, fn, args, codes) => {
    expect(args, 'a function without a line in CASES').toBeDefined()
    const outcome = outcomeOf(fn, args!)
    expect(outcome).toBeInstanceOf(WeightinitError)
    expect(codes).toContain((outcome as WeightinitError).code)
  })

  it.each(factories)('%s', (_, factory, args) => {
    const outcome = outcomeOf(factory, args)
    expect(outcome).toBeInstanceOf(WeightinitError)
    expect(['INVALID_ARGUMENT']).toContain((outcome as WeightinitError).code)
  })
})

describe('options they do not take are refused (instead of ignored)', () => {
  it('toTensor and reinitialize name the nearest option', () => {
    const failure = (call: () => unknown): string => {
      try {
        call()
      } catch (error) {
        expect(error).toBeInstanceOf(WeightinitError)
        return (error as WeightinitError).message
      }
      throw new Error('the call did not fail')
    }
    expect(
      failure(() => tfjs.toTensor('normal', [2], { seed: 1, laoyut: 'oi' } as never)),
    ).toContain("no option 'laoyut' (did you mean 'layout'?)")
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 2, inputShape: [2] })] })
    expect(failure(() => tfjs.reinitialize(model, 'keras', { sed: 1 } as never))).toContain(
      "no option 'sed'",
    )
  })
})
