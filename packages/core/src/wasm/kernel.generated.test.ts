import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { SOURCE } from '../../scripts/build-wasm.mjs'
import { KERNEL_BASE64 } from './kernel.generated'
import { BUFFER, CHUNK_WORDS, PARAMS } from './loadKernels'

// Whether the committed file matches a fresh assembly of kernels.wat is checked once, by
// `check:generated` (scripts/build-wasm.mjs --check); these tests check what the module holds.
describe('kernel.generated.ts', () => {
  test('is a valid module that uses no relaxed SIMD', async () => {
    const bytes = Buffer.from(KERNEL_BASE64, 'base64')
    expect(WebAssembly.validate(bytes)).toBe(true)
    // relaxed SIMD could differ between CPUs (fused multiply-add): the source must not use it
    expect(readFileSync(SOURCE, 'utf8')).not.toMatch(/relaxed_|\.relaxed/)
  })

  test('stays small: compiled synchronously on first use', () => {
    // Chrome compiles modules up to 8 MiB synchronously on its main thread (older versions: 4 KiB;
    // there loadKernels catches the refusal and sampling falls back to the pure-JS engine)
    expect(Buffer.from(KERNEL_BASE64, 'base64').length).toBeLessThanOrEqual(64 * 1024)
  })

  test('lays out its memory as loadKernels.ts expects', () => {
    const source = readFileSync(SOURCE, 'utf8')
    const tail = Number(/\(global \$TAIL i32 \(i32\.const (\d+)\)\)/.exec(source)?.[1])
    const pages = Number(/\(memory \(export "memory"\) (\d+)\)/.exec(source)?.[1])
    expect(tail).toBe(BUFFER + CHUNK_WORDS * 4)
    expect(pages * 65536).toBeGreaterThanOrEqual(tail + (CHUNK_WORDS + 1) * 32)
    expect(source).toContain('offset=512 ')
    expect(PARAMS).toBe(512)
  })
})
