import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { assemble, MODULES } from '../../scripts/build-wasm.mjs'
import { QR_BASE64 } from './qr.generated'

const qr = MODULES[1]

// Whether the committed file matches a fresh assembly of qr.wat is checked once, by
// `check:generated` (scripts/build-wasm.mjs --check); these tests check what the module holds.
describe('qr.generated.ts', () => {
  test('is a valid module that uses no relaxed SIMD and no fused multiply-add', () => {
    expect(WebAssembly.validate(Buffer.from(QR_BASE64, 'base64'))).toBe(true)
    const source = readFileSync(qr.source, 'utf8')
    expect(source).not.toMatch(/relaxed_|\.relaxed|\bfma\b|madd/)
    // wabt's JS build reads the text byte by byte: the source must be ASCII
    expect([...source].every((c) => c.charCodeAt(0) < 128)).toBe(true)
  })

  test('imports its memory and stays small', () => {
    const module = new WebAssembly.Module(Buffer.from(QR_BASE64, 'base64'))
    expect(WebAssembly.Module.imports(module)).toEqual([
      { module: 'qr', name: 'memory', kind: 'memory' },
    ])
    expect(WebAssembly.Module.exports(module).map((e) => e.name)).toEqual([
      'panel',
      'load',
      'vtx',
      'tw',
      'vy',
    ])
    expect(Buffer.from(QR_BASE64, 'base64').length).toBeLessThanOrEqual(16 * 1024)
  })

  test('refuses non-ASCII text (wabt would keep only the low byte of each character)', async () => {
    await expect(assemble('(module) ;; ⌊x⌋', 'bad.wat')).rejects.toThrow(/ASCII/)
  })
})
