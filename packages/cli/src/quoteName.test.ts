import { describe, expect, it } from 'vitest'
import { quotedKey, quoteName } from './quoteName'

describe('quoteName', () => {
  it('prints a plain name as it is', () => {
    for (const name of ['conv1.weight', '/model/layer.0/Conv', 'a b', 'C:\\x1b', 'σ', '']) {
      expect(quoteName(name)).toBe(name)
    }
  })

  it('quotes and escapes a name holding controls, so no control reaches the terminal', () => {
    expect(quoteName('conv1\u001b[2J\u001b[31m.weight\u0007')).toBe(
      '"conv1\\x1b[2J\\x1b[31m.weight\\x07"',
    )
    expect(quoteName('fc1\n.weight')).toBe('"fc1\\n.weight"')
    expect(quoteName('head\u0000.bias\u009b31m\u007f')).toBe('"head\\x00.bias\\x9b31m\\x7f"')
    expect(quoteName('fc2\u202ethgiew.')).toBe('"fc2\\u202ethgiew."')
  })

  it('is unambiguous: a literal backslash or a leading quote is escaped in the quoted form', () => {
    // A real ESC and the four characters \x1b print differently.
    expect(quoteName('a\u001b')).toBe('"a\\x1b"')
    expect(quoteName('a\\x1b')).toBe('a\\x1b')
    expect(quoteName('a\\x1b\n')).toBe('"a\\\\x1b\\n"')
    // A name that looks quoted is quoted again.
    expect(quoteName('"a\\x1b"')).toBe('"\\"a\\\\x1b\\""')
  })

  it('quotedKey: single quotes for a plain key, the escaped form otherwise', () => {
    expect(quotedKey('conv1.weight')).toBe("'conv1.weight'")
    expect(quotedKey('a\u001bb')).toBe('"a\\x1bb"')
  })
})
