import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expectRejection } from '@weightinit/test-utils'
import { afterAll, describe, expect, it } from 'vitest'
import { readModel } from '../model/readModel'
import { patch } from '../patch/patch'
import { helloDeepaPath } from '../testing/realModels'
import { saveModel } from './saveModel'

const folder = mkdtempSync(join(tmpdir(), 'weightinit-onnx-save-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('saveModel', () => {
  it('reports progress up to the bytes written, model and external data together', async () => {
    const model = await readModel(helloDeepaPath())
    const { model: patched } = patch(model, { seed: 3 })
    const seen: [number, number][] = []
    const saved = await saveModel(patched, join(folder, 'split.onnx'), {
      externalData: { threshold: 0 },
      onProgress: (written, total) => seen.push([written, total]),
    })
    const total = statSync(saved.path).size + statSync(saved.dataPath!).size
    expect(seen.length).toBeGreaterThan(1)
    expect(seen.every(([, t]) => t === total)).toBe(true)
    expect(seen.at(-1)![0]).toBe(total)
    expect(seen.map(([w]) => w)).toEqual(seen.map(([w]) => w).sort((a, b) => a - b))
    // Without external data the spliced copy is the whole file.
    const whole: number[] = []
    const copy = await saveModel(model, join(folder, 'copy.onnx'), {
      onProgress: (written) => whole.push(written),
    })
    expect(whole.at(-1)).toBe(copy.bytes)
    expect(Buffer.compare(readFileSync(copy.path), readFileSync(helloDeepaPath()))).toBe(0)
  })

  it('refuses to start with a signal already aborted: WRITE_ABORTED, no file', async () => {
    const dir = mkdtempSync(join(folder, 'aborted-'))
    const model = await readModel(helloDeepaPath())
    await expectRejection(
      () => saveModel(model, join(dir, 'm.onnx'), { signal: AbortSignal.abort() }),
      'WRITE_ABORTED',
    )
    expect(readdirSync(dir)).toEqual([])
  })

  it('is cancelled by its signal, leaving no file', async () => {
    const dir = mkdtempSync(join(folder, 'abort-'))
    const model = await readModel(helloDeepaPath())
    const controller = new AbortController()
    const saving = saveModel(model, join(dir, 'm.onnx'), {
      externalData: { threshold: 0 },
      signal: controller.signal,
      onProgress: () => controller.abort(),
    })
    await expectRejection(() => saving, 'WRITE_ABORTED')
    expect(readdirSync(dir)).toEqual([])
  })
})
