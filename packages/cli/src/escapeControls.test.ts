import { describe, expect, it } from 'vitest'
import { escapeControls } from './escapeControls'

/** Every character that must never reach a terminal raw. */
const HOSTILE = [
  ...Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)),
  '\u007f',
  ...Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(0x80 + c)),
  '\u061c',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ud800',
  '\udfff',
]

describe('escapeControls', () => {
  it('writes every C0, DEL, C1 and bidi control as a visible escape', () => {
    expect(escapeControls('a\u001b[2Jb')).toBe('a\\x1b[2Jb')
    expect(escapeControls('\u0000\u0007\u007f\u009b')).toBe('\\x00\\x07\\x7f\\x9b')
    expect(escapeControls('a\nb\rc\td')).toBe('a\\nb\\rc\\td')
    expect(escapeControls('x\u202ey\u2066z\u2069')).toBe('x\\u202ey\\u2066z\\u2069')
    expect(escapeControls('lone \ud800 high')).toBe('lone \\ud800 high')
    for (const character of HOSTILE) {
      const shown = escapeControls(`a${character}b`)
      expect(shown, `U+${character.charCodeAt(0).toString(16)}`).toMatch(/^a\\[xnrtu][0-9a-f]*b$/)
    }
  })

  it('leaves everything else alone: text, backslashes, emoji and other scripts', () => {
    for (const text of ['conv1.weight', 'C:\\models\\a.onnx', 'σ 😀 日本語 العربية', '']) {
      expect(escapeControls(text)).toBe(text)
    }
  })
})
