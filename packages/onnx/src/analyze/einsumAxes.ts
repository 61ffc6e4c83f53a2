import type { JaxAxesLayout } from '@weightinit/core'

/**
 * The fan axes of one Einsum operand: letters summed away (absent from the output) are inputs,
 * letters kept in the output and absent from every other operand are outputs, letters shared with
 * another operand and the output (per-head, batch) and `...` are batch axes. Implicit output (no
 * `->`): the letters that appear once, in alphabetical order.
 *
 * @param equation - the `equation` attribute, e.g. `bsd,dh->bsh`
 * @param operand - the weight's input position
 * @param rank - the weight's rank
 * @returns a JAX-style axes layout, or `null` when the equation does not fit the rank
 *
 * @example
 * ```ts
 * import { einsumAxes } from './einsumAxes'
 * einsumAxes('bsd,dh->bsh', 1, 2) // { inAxis: [0], outAxis: [1], batchAxis: [] }
 * ```
 */
export function einsumAxes(equation: string, operand: number, rank: number): JaxAxesLayout | null {
  const compact = equation.replace(/\s+/g, '')
  const [lhs, rhs] = compact.split('->') as [string, string | undefined]
  const operands = lhs.split(',')
  const mine = operands[operand]
  if (mine === undefined) return null
  const letters = (term: string) => term.replace('...', '').split('')
  const counts = new Map<string, number>()
  for (const term of operands)
    for (const l of letters(term)) counts.set(l, (counts.get(l) ?? 0) + 1)
  const output = new Set(
    rhs === undefined ? [...counts].filter(([, n]) => n === 1).map(([l]) => l) : letters(rhs),
  )
  const others = new Set(operands.filter((_, i) => i !== operand).flatMap(letters))
  const ellipsis = mine.indexOf('...')
  const mineLetters = letters(mine)
  const spread = rank - mineLetters.length
  if (spread < 0 || (ellipsis < 0 && spread !== 0)) return null
  const inAxis: number[] = []
  const outAxis: number[] = []
  const batchAxis: number[] = []
  let axis = 0
  const before = ellipsis < 0 ? mineLetters.length : mine.slice(0, ellipsis).length
  mineLetters.forEach((letter, i) => {
    if (i === before) {
      for (let k = 0; k < spread; k++) batchAxis.push(axis++)
    }
    if (!output.has(letter)) inAxis.push(axis)
    else if (others.has(letter)) batchAxis.push(axis)
    else outAxis.push(axis)
    axis++
  })
  if (before === mineLetters.length) for (let k = 0; k < spread; k++) batchAxis.push(axis++)
  if (inAxis.length === 0 || outAxis.length === 0) return null
  return { inAxis, outAxis, batchAxis }
}
