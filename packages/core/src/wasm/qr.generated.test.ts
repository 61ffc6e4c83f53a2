import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { assemble, expectedGenerated, MODULES } from '../../scripts/build-wasm.mjs'
import { QR_BASE64 } from './qr.generated'

const qr = MODULES[1]

describe('qr.generated.ts', () => {
  test('holds the bytes of a fresh assembly of qr.wat', async () => {
    const fresh = await assemble(readFileSync(qr.source, 'utf8'), 'qr.wat')
    expect(Buffer.from(QR_BASE64, 'base64').equals(Buffer.from(fresh))).toBe(true)
    expect(readFileSync(qr.generated, 'utf8')).toBe(await expectedGenerated(qr))
  })

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
