/* Name regexes compiled to a Thompson NFA, as a program for a Pike VM: internal. */
import { type CharSet, inCharSet } from './charSet'
import type { RegexAssertion, RegexNode } from './regexNode'

/** One instruction while compiling: consume a code unit from a set, fork, jump, test a position, accept. */
type RegexInstruction =
  | { readonly op: 'char'; readonly set: CharSet }
  | { op: 'split'; readonly first: number; second: number }
  | { op: 'jump'; to: number }
  | { readonly op: 'assert'; readonly assertion: RegexAssertion }
  | { readonly op: 'match' }

/** The operation codes of {@link RegexProgram.op}. */
export const OP = { char: 0, split: 1, jump: 2, assert: 3, match: 4 } as const

/** The assertions, by their index in {@link RegexProgram.first} of an `assert` instruction. */
export const ASSERTIONS: readonly RegexAssertion[] = [
  'start',
  'end',
  'wordBoundary',
  'notWordBoundary',
]

/**
 * A compiled regex: the NFA's instructions packed in typed arrays, with each character set's ASCII
 * members as a table, so a step of the VM is a few array reads.
 *
 * @example
 * ```ts
 * import { parseRegex } from './parseRegex'
 * import { compileRegexProgram, type RegexProgram } from './regexProgram'
 * const program: RegexProgram = compileRegexProgram(parseRegex('ab*'))
 * program.op.length // 5: a, split, b, jump, match
 * ```
 */
export interface RegexProgram {
  /** Each instruction's {@link OP} code. */
  readonly op: Uint8Array
  /** `split`: the first branch; `jump`: the target; `assert`: the index in {@link ASSERTIONS}; `char`: the set's index. */
  readonly first: Int32Array
  /** `split`: the second branch. */
  readonly second: Int32Array
  /** The character sets, by index. */
  readonly sets: readonly CharSet[]
  /** `ascii[set * 128 + code]` is 1 when the set holds ASCII `code`. */
  readonly ascii: Uint8Array
}

/**
 * How many instructions `node` compiles to (before the final `match`): the size of the NFA, which
 * bounds the work per character of a name. May be `Infinity`-large for absurd nesting; never
 * overflows.
 *
 * @example
 * ```ts
 * import { parseRegex } from './parseRegex'
 * import { regexProgramSize } from './regexProgram'
 * regexProgramSize(parseRegex('a{3}')) // 3
 * ```
 */
export function regexProgramSize(node: RegexNode): number {
  switch (node.kind) {
    case 'char':
    case 'assert':
      return 1
    case 'sequence':
      return node.items.reduce((sum, item) => sum + regexProgramSize(item), 0)
    case 'choice':
      return node.options.reduce((sum, option) => sum + regexProgramSize(option) + 2, -2)
    case 'repeat': {
      const item = regexProgramSize(node.item)
      const optional =
        node.max === Number.POSITIVE_INFINITY ? item + 2 : (node.max - node.min) * (item + 1)
      return node.min * item + optional
    }
  }
}

/**
 * Compiles a parsed regex to NFA instructions: counted repeats written out, a `match` at the end.
 *
 * @example
 * ```ts
 * import { parseRegex } from './parseRegex'
 * import { compileRegexProgram } from './regexProgram'
 * compileRegexProgram(parseRegex('ab*')).op.length // 5: a, split, b, jump, match
 * ```
 */
export function compileRegexProgram(node: RegexNode): RegexProgram {
  const program: RegexInstruction[] = []
  emit(node)
  program.push({ op: 'match' })
  return pack(program)

  function emit(n: RegexNode): void {
    switch (n.kind) {
      case 'char':
        program.push({ op: 'char', set: n.set })
        return
      case 'assert':
        program.push({ op: 'assert', assertion: n.assertion })
        return
      case 'sequence':
        for (const item of n.items) emit(item)
        return
      case 'choice': {
        const jumps: { op: 'jump'; to: number }[] = []
        n.options.forEach((option, i) => {
          const last = i === n.options.length - 1
          const split = last ? null : fork()
          emit(option)
          if (last) return
          const jump = { op: 'jump' as const, to: -1 }
          program.push(jump)
          jumps.push(jump)
          split!.second = program.length
        })
        for (const jump of jumps) jump.to = program.length
        return
      }
      case 'repeat': {
        for (let i = 0; i < n.min; i++) emit(n.item)
        if (n.max === Number.POSITIVE_INFINITY) {
          const loop = program.length
          const split = fork()
          emit(n.item)
          program.push({ op: 'jump', to: loop })
          split.second = program.length
          return
        }
        const splits: { second: number }[] = []
        for (let i = n.min; i < n.max; i++) {
          splits.push(fork())
          emit(n.item)
        }
        for (const split of splits) split.second = program.length
        return
      }
    }
  }

  /** A split to the next instruction and, once known, to `second`. */
  function fork(): { op: 'split'; readonly first: number; second: number } {
    const split = { op: 'split' as const, first: program.length + 1, second: -1 }
    program.push(split)
    return split
  }
}

function pack(program: readonly RegexInstruction[]): RegexProgram {
  const op = new Uint8Array(program.length)
  const first = new Int32Array(program.length)
  const second = new Int32Array(program.length)
  const sets: CharSet[] = []
  const setIndex = new Map<CharSet, number>()
  program.forEach((instruction, pc) => {
    op[pc] = OP[instruction.op]
    if (instruction.op === 'split') {
      first[pc] = instruction.first
      second[pc] = instruction.second
    } else if (instruction.op === 'jump') first[pc] = instruction.to
    else if (instruction.op === 'assert') first[pc] = ASSERTIONS.indexOf(instruction.assertion)
    else if (instruction.op === 'char') {
      let index = setIndex.get(instruction.set)
      if (index === undefined) {
        index = sets.push(instruction.set) - 1
        setIndex.set(instruction.set, index)
      }
      first[pc] = index
    }
  })
  const ascii = new Uint8Array(sets.length * 128)
  sets.forEach((set, index) => {
    for (let code = 0; code < 128; code++) ascii[index * 128 + code] = inCharSet(set, code) ? 1 : 0
  })
  return { op, first, second, sets, ascii }
}
