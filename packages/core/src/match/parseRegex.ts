/* The parser of name regexes: internal, used by compileRegex. */
import { type CharSet, charSet, complementCharSet } from './charSet'
import { DOT } from './regexClasses'
import { regexEscape } from './regexEscape'
import type { RegexNode } from './regexNode'
import { refuseBacktracking, regexSyntaxError } from './regexSyntaxError'

/** The largest count a `{m,n}` quantifier may give. */
export const MAX_REGEX_REPEAT = 1000

/** How deep groups may nest. */
const MAX_GROUP_DEPTH = 100

/** A parsed atom, and whether a quantifier may follow it (not after `^`, `$`, `\b`, `\B`). */
type Atom = readonly [node: RegexNode, quantifiable: boolean]

/**
 * Parses a regular expression of the subset a linear-time matcher can run, with the meaning a
 * RegExp without flags gives it. Refuses backreferences, lookaround, inline flags and counts above
 * {@link MAX_REGEX_REPEAT}, and the syntax errors a RegExp refuses.
 *
 * @throws `INVALID_PATTERN` naming the construct and its index
 *
 * @example
 * ```ts
 * import { parseRegex } from './parseRegex'
 * parseRegex('^fc\\d+$').kind // 'sequence'
 * ```
 */
export function parseRegex(source: string): RegexNode {
  let pos = 0
  let depth = 0
  const groupNames = new Set<string>()
  const node = parseChoice()
  if (pos < source.length)
    regexSyntaxError(')', pos, 'closes no group: remove it or escape it as \\)')
  return node

  function parseChoice(): RegexNode {
    const options = [parseSequence()]
    while (source[pos] === '|') {
      pos++
      options.push(parseSequence())
    }
    return options.length === 1 ? options[0]! : { kind: 'choice', options }
  }

  function parseSequence(): RegexNode {
    const items: RegexNode[] = []
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') {
      const start = pos
      const [atom, quantifiable] = parseAtom()
      const quantifier = readQuantifier()
      if (quantifier === undefined) {
        items.push(atom)
        continue
      }
      if (!quantifiable) nothingToRepeat(start, pos)
      pos = quantifier.end
      if (source[pos] === '?') pos++
      if (readQuantifier() !== undefined) nothingToRepeat(pos, pos)
      items.push({ kind: 'repeat', item: atom, min: quantifier.min, max: quantifier.max })
    }
    return items.length === 1 ? items[0]! : { kind: 'sequence', items }
  }

  function parseAtom(): Atom {
    const c = source[pos]!
    if (c === '^' || c === '$') {
      pos++
      return [{ kind: 'assert', assertion: c === '^' ? 'start' : 'end' }, false]
    }
    if (c === '.') {
      pos++
      return [{ kind: 'char', set: DOT }, true]
    }
    if (c === '(') return parseGroup()
    if (c === '[') return [{ kind: 'char', set: parseClass() }, true]
    if (c === '*' || c === '+' || c === '?' || readQuantifier() !== undefined)
      nothingToRepeat(pos, pos)
    if (c === '\\') {
      const escaped = regexEscape(source, pos, false)
      pos += escaped.length
      if ('assertion' in escaped) return [{ kind: 'assert', assertion: escaped.assertion }, false]
      return [{ kind: 'char', set: 'set' in escaped ? escaped.set : single(escaped.code) }, true]
    }
    pos++
    return [{ kind: 'char', set: single(c.charCodeAt(0)) }, true]
  }

  function parseGroup(): Atom {
    const open = pos
    pos++
    if (source[pos] === '?') {
      const kind = source.slice(pos, pos + 3)
      if (kind.startsWith('?:')) pos += 2
      else if (kind.startsWith('?=')) refuseBacktracking('(?=', open, 'a lookahead')
      else if (kind.startsWith('?!')) refuseBacktracking('(?!', open, 'a negative lookahead')
      else if (kind === '?<=') refuseBacktracking('(?<=', open, 'a lookbehind')
      else if (kind === '?<!') refuseBacktracking('(?<!', open, 'a negative lookbehind')
      else if (kind.startsWith('?<')) parseGroupName(open)
      else {
        regexSyntaxError(
          source.slice(open, open + 3),
          open,
          'is not a group a name regex allows: (?: ) and (?<name> ) are; inline flags and modifiers are refused, as name regexes take no flags (write both cases instead, e.g. [Ww]eight)',
        )
      }
    }
    if (++depth > MAX_GROUP_DEPTH) {
      regexSyntaxError('(', open, `nests groups deeper than ${MAX_GROUP_DEPTH}`)
    }
    const inner = parseChoice()
    if (source[pos] !== ')')
      regexSyntaxError('(', open, 'starts a group that is never closed: add a )')
    pos++
    depth--
    return [inner, true]
  }

  function parseGroupName(open: number): void {
    const close = source.indexOf('>', pos)
    const name = close < 0 ? '' : source.slice(pos + 2, close)
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) {
      regexSyntaxError(
        '(?<',
        open,
        'starts a named group without a valid name: (?<name> ) with a name of letters, digits, _ or $, not starting with a digit',
      )
    }
    if (groupNames.has(name))
      regexSyntaxError(`(?<${name}>`, open, 'repeats a group name already used')
    groupNames.add(name)
    pos = close + 1
  }

  function parseClass(): CharSet {
    const open = pos
    pos++
    const negated = source[pos] === '^'
    if (negated) pos++
    const ranges: [number, number][] = []
    for (;;) {
      if (pos >= source.length)
        regexSyntaxError('[', open, 'starts a class that is never closed: add a ]')
      if (source[pos] === ']') break
      const start = pos
      const low = classAtom()
      if (source[pos] === '-' && pos + 1 < source.length && source[pos + 1] !== ']') {
        pos++
        const high = classAtom()
        const text = source.slice(start, pos)
        if (typeof low !== 'number' || typeof high !== 'number') {
          regexSyntaxError(
            text,
            start,
            'is a range with a class escape at one end: write the classes and a \\- side by side',
          )
        }
        if (low > high)
          regexSyntaxError(
            text,
            start,
            'is a range that runs backwards: write the lower character first',
          )
        ranges.push([low, high])
      } else if (typeof low === 'number') ranges.push([low, low])
      else for (let i = 0; i < low.length; i += 2) ranges.push([low[i]!, low[i + 1]!])
    }
    pos++
    const set = charSet(ranges)
    return negated ? complementCharSet(set) : set
  }

  /** One member of a class: a code unit, or the set of a class escape. */
  function classAtom(): number | CharSet {
    if (source[pos] !== '\\') return source.charCodeAt(pos++)
    const escaped = regexEscape(source, pos, true)
    pos += escaped.length
    // inside a class, \b is a backspace: an escape there is never an assertion
    return 'set' in escaped ? escaped.set : (escaped as { readonly code: number }).code
  }

  /** The quantifier at `pos`, if one starts there (without moving). */
  function readQuantifier(): { min: number; max: number; end: number } | undefined {
    const c = source[pos]
    if (c === '*') return { min: 0, max: Number.POSITIVE_INFINITY, end: pos + 1 }
    if (c === '+') return { min: 1, max: Number.POSITIVE_INFINITY, end: pos + 1 }
    if (c === '?') return { min: 0, max: 1, end: pos + 1 }
    if (c !== '{') return undefined
    const minEnd = digitsEnd(pos + 1)
    if (minEnd === pos + 1) return undefined
    let maxEnd = minEnd
    if (source[minEnd] === ',') maxEnd = digitsEnd(minEnd + 1)
    if (source[maxEnd] !== '}') return undefined
    const text = source.slice(pos, maxEnd + 1)
    const min = Number(source.slice(pos + 1, minEnd))
    const max =
      maxEnd === minEnd
        ? min
        : maxEnd === minEnd + 1
          ? Number.POSITIVE_INFINITY
          : Number(source.slice(minEnd + 1, maxEnd))
    for (const count of [min, max]) {
      if (count > MAX_REGEX_REPEAT && count !== Number.POSITIVE_INFINITY) {
        regexSyntaxError(
          text,
          pos,
          `repeats more than ${MAX_REGEX_REPEAT} times, the most a name regex allows`,
        )
      }
    }
    if (min > max) regexSyntaxError(text, pos, 'gives its counts out of order: write {min,max}')
    return { min, max, end: maxEnd + 1 }
  }

  function digitsEnd(from: number): number {
    let end = from
    while (source[end] !== undefined && source[end]! >= '0' && source[end]! <= '9') end++
    return end
  }

  function nothingToRepeat(start: number, at: number): never {
    const quantifier = source.slice(at, readQuantifier()?.end ?? at + 1)
    if (start === at)
      regexSyntaxError(
        quantifier,
        at,
        'has nothing to repeat: escape it (\\*, \\+, \\?, \\{) to match it literally',
      )
    regexSyntaxError(
      quantifier,
      at,
      `follows '${source.slice(start, at)}', which cannot be repeated`,
    )
  }
}

function single(code: number): CharSet {
  return [code, code]
}
