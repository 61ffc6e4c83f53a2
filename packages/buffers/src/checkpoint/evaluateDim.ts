import { fail } from '@weightinit/core/errors'

/**
 * The value of a dimension expression of an architecture manifest: integers and quantity names
 * joined by `+ - * /` (`*` and `/` first, then left to right; `/` must divide exactly).
 *
 * @param expression - e.g. `'vocab'`, `'3*width'`, `'width/heads'`, `'2*positions-1'`
 * @param quantity - the value of a quantity by name (`undefined` when there is none)
 * @param describe - how a message names a quantity (`'hidden_size 770'`)
 * @returns the value
 * @throws `INVALID_MODEL_CONFIG` when a division is not exact (`hidden_size` not a multiple of
 *   `num_attention_heads`); `INVALID_ARGUMENT` for a malformed expression or an unknown name (a
 *   bug in a manifest)
 *
 * @example
 * ```ts
 * import { evaluateDim } from './evaluateDim'
 * const q: Record<string, number> = { width: 768, heads: 12 }
 * evaluateDim('width/heads', (n) => q[n], (n) => n) // 64
 * evaluateDim('2*width-1', (n) => q[n], (n) => n) // 1535
 * ```
 */
export function evaluateDim(
  expression: string,
  quantity: (name: string) => number | undefined,
  describe: (name: string) => string,
): number {
  const tokens = expression.match(/[A-Za-z_][A-Za-z0-9_]*|\d+|[-+*/]|\S/g) ?? []
  let at = 0
  const atom = (): { value: number; label: string } => {
    const token = tokens[at++]
    if (token !== undefined && /^\d+$/.test(token)) return { value: Number(token), label: token }
    const value = token === undefined ? undefined : quantity(token)
    if (token === undefined || !/^[A-Za-z_]/.test(token) || value === undefined) {
      fail('INVALID_ARGUMENT', `the dimension '${expression}' cannot be read at '${token ?? ''}'`, {
        expression,
      })
    }
    return { value, label: describe(token) }
  }
  const term = (): number => {
    let left = atom()
    while (tokens[at] === '*' || tokens[at] === '/') {
      const op = tokens[at++]
      const right = atom()
      if (op === '/' && left.value % right.value !== 0) {
        fail(
          'INVALID_MODEL_CONFIG',
          `${left.label} is not a multiple of ${right.label}, as the model needs`,
          { expression },
        )
      }
      const value = op === '*' ? left.value * right.value : left.value / right.value
      left = { value, label: String(value) }
    }
    return left.value
  }
  let value = term()
  while (tokens[at] === '+' || tokens[at] === '-') {
    const op = tokens[at++]
    value = op === '+' ? value + term() : value - term()
  }
  if (at !== tokens.length) {
    fail('INVALID_ARGUMENT', `the dimension '${expression}' has extra text at '${tokens[at]}'`, {
      expression,
    })
  }
  return value
}
