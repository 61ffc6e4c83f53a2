/* Test helpers of the hostile-input suite (src/hostile): a seeded generator of cases, the contract
 * every hostile case is held to, and the peak memory of a child process. Not part of the package's
 * API. */
import type { ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { expect } from 'vitest'
import type { CliResult } from './cli'

/** `WEIGHTINIT_SLOW=1`: more cases per class (every combination, more random points). */
export const SLOW = process.env.WEIGHTINIT_SLOW !== undefined

/** The seed CI uses, so that its cases are the same on every run. */
const CI_SEED = 20261207

/**
 * The seed of this run's cases: `WEIGHTINIT_HOSTILE_SEED` (a number, or `random`), else a fixed seed
 * (a random one under `WEIGHTINIT_SLOW=1`). Every failure message names it; run again with
 * `WEIGHTINIT_HOSTILE_SEED=<seed>` to get the same cases.
 */
export function hostileSeed(): number {
  const given = process.env.WEIGHTINIT_HOSTILE_SEED
  if (given === 'random' || (given === undefined && SLOW)) {
    return Math.floor(Math.random() * 2 ** 31)
  }
  const seed = Number(given ?? CI_SEED)
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new Error(
      `WEIGHTINIT_HOSTILE_SEED must be a non-negative integer or 'random', got ${given}`,
    )
  }
  return seed
}

/** A small seeded generator (mulberry32): the same seed gives the same cases. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [low, high]. */
  int(low: number, high: number): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** `count` distinct elements of a list, in a random order. */
  sample<T>(items: readonly T[], count: number): T[]
}

/**
 * The generator for one class of cases: seeded by the run's seed and the class's name, so adding a
 * class does not change another's cases.
 *
 * @param seed - the run's seed ({@link hostileSeed})
 * @param label - the class
 */
export function random(seed: number, label: string): Random {
  let state = seed >>> 0
  for (const char of label) state = (Math.imul(state ^ char.charCodeAt(0), 2654435761) + 1) >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1))
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    sample: (items, count) => {
      const pool = [...items]
      for (let i = pool.length - 1; i > 0; i--) {
        const j = int(0, i)
        ;[pool[i], pool[j]] = [pool[j]!, pool[i]!]
      }
      return pool.slice(0, count)
    },
  }
}

/**
 * The contract of a refused hostile case: the exit code of DESIGN.md (2 bad input, 1 a failure of
 * the work, 130 interrupted), one line on stderr — `weightinit COMMAND: message [CODE]`, no stack,
 * no "unexpected failure" — and, when given, that code.
 *
 * @param result - the run
 * @param exit - the exit code it must have
 * @param code - the error code its line must end with, or a pattern of codes
 * @param context - what the case was (and the seed), for the failure message
 * @returns the line
 */
export function expectOneLineError(
  result: CliResult,
  exit: number,
  code: string | RegExp,
  context: string,
): string {
  const shown = `${context}\nexit ${result.code}\nstderr: ${JSON.stringify(result.stderr.slice(0, 2000))}`
  expect(result.code, shown).toBe(exit)
  const lines = result.stderr
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('warning:'))
  expect(lines, shown).toHaveLength(1)
  const line = lines[0]!
  expect(line, shown).toMatch(/^weightinit( [a-z]+)?: /)
  expect(line, shown).not.toMatch(/unexpected failure|^\s+at /)
  const ending = line.match(/\[([A-Z_]+)\]$/)?.[1]
  expect(ending, shown).toBeDefined()
  if (typeof code === 'string') expect(ending, shown).toBe(code)
  else expect(ending, shown).toMatch(code)
  return line
}

/** The names in a folder, sorted (to compare before and after a case: nothing left behind). */
export async function listing(folder: string): Promise<string[]> {
  return (await readdir(folder)).sort()
}

/**
 * Follows a child process's peak resident memory (Linux `VmHWM`, polled every 20 ms until it
 * exits): `peak()` gives the highest seen, in bytes, or `null` where /proc cannot be read.
 *
 * @param child - the process, as `cli`'s `onSpawn` gives it
 */
export function followPeakRss(child: ChildProcess): { peak: () => number | null } {
  let peak: number | null = null
  const read = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      const kb = Number(status.match(/^VmHWM:\s+(\d+) kB$/m)?.[1])
      if (Number.isFinite(kb)) peak = Math.max(peak ?? 0, kb * 1024)
    } catch {
      // gone, or no /proc
    }
  }
  const timer = setInterval(read, 20)
  child.on('exit', () => clearInterval(timer))
  read()
  return { peak: () => peak }
}
