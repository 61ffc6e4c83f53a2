/**
 * A glob as a regular expression matching whole names: `*` any run of characters (dots and
 * slashes included), `?` one character, `[abc]`/`[!abc]` a class; everything else literal.
 *
 * @example
 * ```ts
 * import { globToRegExp } from '@weightinit/onnx'
 * globToRegExp('encoder.*.weight').test('encoder.3.0.weight') // true
 * ```
 */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*') source += '.*'
    else if (c === '?') source += '.'
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2)
      if (end < 0) {
        source += '\\['
        continue
      }
      const body = glob.slice(i + 1, end)
      const negated = body.startsWith('!')
      source += `[${negated ? '^' : ''}${(negated ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&')}]`
      i = end
    } else source += c.replace(/[.+^${}()|\\/]/g, '\\$&')
  }
  return new RegExp(`^${source}$`, 's')
}
