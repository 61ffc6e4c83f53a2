/* The matcher that runs a compiled name regex: a Thompson NFA simulated on all start positions at
 * once (a Pike VM), its sets of live threads cached as the states of a lazily built DFA. Internal. */
import { inCharSet } from './charSet'
import { ASSERTIONS, OP, type RegexProgram } from './regexProgram'

/** What comes after a position: the end of the name, a `\w` character, or another character. */
const END = 0
const WORD = 1
const OTHER = 2

/** The most DFA states kept, and threads in them; past either, the cache starts afresh. */
const MAX_STATES = 2000
const MAX_CACHED_THREADS = 1_000_000

/** A set of live threads (the `char` instructions waiting for the next character) and its exits. */
interface DfaState {
  /** The instructions, in program order. */
  readonly threads: Int32Array
  /** Whether `match` was reached: the regex matches, whatever follows. */
  readonly matched: boolean
  /** The next state for an ASCII character `code` followed by `next`: `[code * kinds + next]`. */
  readonly ascii: (DfaState | undefined)[]
  /** The same for other characters, keyed `code * kinds + next`. */
  other: Map<number, DfaState> | undefined
}

/**
 * A function that says whether `program` matches somewhere in a name (RegExp.prototype.test
 * semantics). Each step of the NFA runs each instruction at most once per character, so a name
 * costs O(|name| · |program|) at worst whatever the pattern; the sets of threads met are kept as DFA
 * states (at most 2,000, with at most 10^6 threads in all), so names that revisit them — most names,
 * and every later tensor — cost one table lookup per character.
 *
 * @example
 * ```ts
 * import { parseRegex } from './parseRegex'
 * import { regexMatcher } from './regexMatcher'
 * import { compileRegexProgram } from './regexProgram'
 * regexMatcher(compileRegexProgram(parseRegex('^(a+)+$')))('a'.repeat(30000) + 'b') // false, at once
 * ```
 */
export function regexMatcher(program: RegexProgram): (name: string) => boolean {
  const { op, first, second, sets, ascii } = program
  const size = op.length
  const usesContext = [...first].some(
    (assertion, pc) => op[pc] === OP.assert && ASSERTIONS[assertion] !== 'start',
  )
  const kinds = usesContext ? 3 : 1
  const seen = new Int32Array(size)
  let generation = 0
  const stack = new Int32Array(2 * size + 1)
  let states = new Map<string, DfaState>()
  let starts: (DfaState | undefined)[] = []
  let cachedThreads = 0

  const nextKind = (name: string, at: number): number => {
    if (!usesContext) return END
    if (at >= name.length) return END
    return isWordCode(name.charCodeAt(at)) ? WORD : OTHER
  }

  /** The state after `code` (or at the start, for `from === null`), with `next` after it. */
  const build = (from: DfaState | null, code: number, next: number): DfaState => {
    generation++
    const context = {
      start: from === null,
      end: next === END,
      previousWord: from !== null && isWordCode(code),
      nextWord: next === WORD,
    }
    let matched = false
    if (from !== null) {
      for (const pc of from.threads) {
        const set = first[pc]!
        const accepts = code < 128 ? ascii[set * 128 + code] === 1 : inCharSet(sets[set]!, code)
        if (accepts && follow(pc + 1, context)) matched = true
      }
    }
    if (follow(0, context)) matched = true
    const threads: number[] = []
    if (!matched)
      for (let pc = 0; pc < size; pc++)
        if (seen[pc] === generation && op[pc] === OP.char) threads.push(pc)
    const key = matched ? 'match' : threads.join(',')
    let state = states.get(key)
    if (state === undefined) {
      if (states.size >= MAX_STATES || cachedThreads + threads.length > MAX_CACHED_THREADS) {
        states = new Map()
        starts = []
        cachedThreads = 0
      }
      state = { threads: Int32Array.from(threads), matched, ascii: [], other: undefined }
      states.set(key, state)
      cachedThreads += threads.length
    }
    return state
  }

  /** Marks what `start` reaches without consuming; true on reaching `match`. */
  const follow = (
    start: number,
    context: { start: boolean; end: boolean; previousWord: boolean; nextWord: boolean },
  ): boolean => {
    let top = 0
    stack[top++] = start
    while (top > 0) {
      const pc = stack[--top]!
      if (seen[pc] === generation) continue
      seen[pc] = generation
      switch (op[pc]) {
        case OP.split:
          stack[top++] = second[pc]!
          stack[top++] = first[pc]!
          break
        case OP.jump:
          stack[top++] = first[pc]!
          break
        case OP.assert: {
          const assertion = ASSERTIONS[first[pc]!]
          const holds =
            assertion === 'start'
              ? context.start
              : assertion === 'end'
                ? context.end
                : (context.previousWord !== context.nextWord) === (assertion === 'wordBoundary')
          if (holds) stack[top++] = pc + 1
          break
        }
        case OP.match:
          return true
      }
    }
    return false
  }

  return (name) => {
    const kind = nextKind(name, 0)
    let state: DfaState = starts[kind] ?? build(null, 0, kind)
    starts[kind] = state
    for (let at = 0; at < name.length && !state.matched; at++) {
      const code = name.charCodeAt(at)
      const after = nextKind(name, at + 1)
      const key = code * kinds + after
      let next: DfaState | undefined = code < 128 ? state.ascii[key] : state.other?.get(key)
      if (next === undefined) {
        next = build(state, code, after)
        if (code < 128) state.ascii[key] = next
        else {
          state.other ??= new Map()
          state.other.set(key, next)
        }
      }
      state = next
    }
    return state.matched
  }
}

function isWordCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0x5f ||
    (code >= 0x61 && code <= 0x7a)
  )
}
