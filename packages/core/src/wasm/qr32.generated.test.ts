import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { MODULES } from '../../scripts/build-wasm.mjs'
import { QR32_BASE64 } from './qr32.generated'

const qr32 = MODULES[2]

// Whether the committed file matches a fresh assembly of qr32.wat is checked once, by
// `check:generated` (scripts/build-wasm.mjs --check); these tests check what the module holds.
describe('qr32.generated.ts', () => {
  test('is a valid module that uses no relaxed SIMD and no fused multiply-add', () => {
    expect(WebAssembly.validate(Buffer.from(QR32_BASE64, 'base64'))).toBe(true)
    const source = readFileSync(qr32.source, 'utf8')
    expect(source).not.toMatch(/relaxed_|\.relaxed|\bfma\b|madd/)
    // wabt's JS build reads the text byte by byte: the source must be ASCII
    expect([...source].every((c) => c.charCodeAt(0) < 128)).toBe(true)
  })

  test('imports its memory and stays small', () => {
    const module = new WebAssembly.Module(Buffer.from(QR32_BASE64, 'base64'))
    expect(WebAssembly.Module.imports(module)).toEqual([
      { module: 'qr', name: 'memory', kind: 'memory' },
    ])
    expect(WebAssembly.Module.exports(module).map((e) => e.name)).toEqual([
      'vtx',
      'gram',
      'tw',
      'vy',
      'layout',
      'negate',
      'reflect',
    ])
    expect(Buffer.from(QR32_BASE64, 'base64').length).toBeLessThanOrEqual(16 * 1024)
  })
})
