import { fail } from '../errors/WeightinitError'
import { type CharSet, charSet, complementCharSet, inCharSet } from './charSet'
import type { NamePattern } from './namePattern'

/** One step of a glob: any run of characters, or one character from a set. */
type GlobToken = 'star' | CharSet

/** Every code unit: what `?` matches. */
const ANY: CharSet = [0, 0xffff]

/**
 * Compiles a glob that matches whole names: `*` any run of characters (dots, slashes and newlines
 * included, none too), `?` exactly one, `[abc]`, `[a-z]` one from a class and `[!abc]` one not in it;
 * everything else, `\` included, stands for itself. A `[` with no `]` after its first character is a
 * literal `[`. Characters are UTF-16 code units, as in a RegExp without the `u` flag.
 *
 * @param glob - the glob
 * @returns a {@link NamePattern}; `test` runs in O(|name| · |glob|) time at worst (the greedy
 *   algorithm that backtracks only to the last `*`), never exponential
 * @throws `INVALID_ARGUMENT` when `glob` is not a string; `INVALID_PATTERN` for a range whose ends are
 *   out of order, such as `[z-a]`
 *
 * @example
 * ```ts
 * import { compileGlob } from '@weightinit/core'
 * compileGlob('encoder.*.weight').test('encoder.3.0.weight') // true
 * compileGlob('fc[0-9].bias').test('fc7.bias') // true
 * compileGlob('*.*.*.weight').test('.'.repeat(30000) + 'x') // false, at once
 * ```
 */
export function compileGlob(glob: string): NamePattern {
  if (typeof glob !== 'string') {
    fail('INVALID_ARGUMENT', `a glob must be a string, got ${typeof glob}`, { glob })
  }
  const tokens = globTokens(glob)
  return { source: glob, test: (name) => matchTokens(tokens, name) }
}

function globTokens(glob: string): GlobToken[] {
  const tokens: GlobToken[] = []
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*') {
      if (tokens[tokens.length - 1] !== 'star') tokens.push('star')
    } else if (c === '?') tokens.push(ANY)
    else if (c === '[' && glob.indexOf(']', i + 2) >= 0) {
      const end = glob.indexOf(']', i + 2)
      const body = glob.slice(i + 1, end)
      const negated = body.startsWith('!')
      const members = classMembers(negated ? body.slice(1) : body, glob, i)
      tokens.push(negated ? complementCharSet(members) : members)
      i = end
    } else tokens.push([c.charCodeAt(0), c.charCodeAt(0)])
  }
  return tokens
}

/** The members of a class body: single characters and `a-z` ranges; a `-` first or last is literal. */
function classMembers(body: string, glob: string, at: number): CharSet {
  const ranges: [number, number][] = []
  for (let k = 0; k < body.length; k++) {
    const low = body.charCodeAt(k)
    if (body[k + 1] === '-' && k + 2 < body.length) {
      const high = body.charCodeAt(k + 2)
      if (low > high) {
        fail(
          'INVALID_PATTERN',
          `glob class range '${body.slice(k, k + 3)}' (at index ${at}) runs backwards: write the lower character first, e.g. [a-z]`,
          { glob, index: at },
        )
      }
      ranges.push([low, high])
      k += 2
    } else ranges.push([low, low])
  }
  return charSet(ranges)
}

/** Greedy matching that remembers only the last `*`: O(|name| · |tokens|). */
function matchTokens(tokens: readonly GlobToken[], name: string): boolean {
  let t = 0
  let n = 0
  let starToken = -1
  let starName = 0
  while (n < name.length) {
    const token = tokens[t]
    if (token === 'star') {
      starToken = t++
      starName = n
    } else if (token !== undefined && inCharSet(token, name.charCodeAt(n))) {
      t++
      n++
    } else if (starToken >= 0) {
      t = starToken + 1
      n = ++starName
    } else return false
  }
  while (tokens[t] === 'star') t++
  return t === tokens.length
}
