import {
  definitions,
  differentiableActivations,
  nonlinearities,
  plan,
  propagateSignal,
  type SignalPropagationOptions,
} from '@weightinit/core'
import { integrate } from '@weightinit/core/math'
import { describe, expect, it } from 'vitest'
import { fanRows, gainRows } from '../.vitepress/theme/lib/gains'
import {
  histogram,
  histogramRange,
  sampleStats,
  theoreticalDensity,
} from '../.vitepress/theme/lib/histogram'
import {
  buildSpec,
  defaultState,
  hexBits,
  initializerGroups,
  optionFields,
  parseShape,
  queryFromState,
  runPlayground,
  stateFromQuery,
} from '../.vitepress/theme/lib/playground'
import {
  concepts,
  drawnRows,
  frameworks,
  homeBehaviour,
  layerDefaultRows,
  nameRows,
  tfjsUncorrectedRows,
  weightinitOnlyOptions,
} from '../.vitepress/theme/lib/porting'
import { propagateCooperatively } from '../.vitepress/theme/lib/propagateCooperatively'
import { respondToSignalRequest } from '../.vitepress/theme/lib/respondToSignalRequest'
import { signalActivations, signalCases } from '../.vitepress/theme/lib/signal'
import type { SignalReply, SignalRequest } from '../.vitepress/theme/lib/signalMessages'
import { createSignalRunner, type SignalWorker } from '../.vitepress/theme/lib/signalRunner'

describe('histogram', () => {
  it('bins values and normalizes the density to area 1', () => {
    const h = histogram([0, 0.1, 0.5, 0.9, 1, 2], 2, 0, 1)
    expect(h.counts).toEqual([2, 3])
    expect(h.total).toBe(5)
    expect(h.density.reduce((s, d) => s + d * h.binWidth, 0)).toBeCloseTo(1, 12)
  })

  it('summarizes a sample', () => {
    const s = sampleStats([1, 2, 3, 0])
    expect(s).toMatchObject({ count: 4, mean: 1.5, min: 0, max: 3, zeros: 0.25 })
    expect(s.std).toBeCloseTo(Math.sqrt(5 / 3), 12)
  })

  it.each([
    ['normal', plan('kaiming_normal', [64, 32])],
    ['uniform', plan('xavier_uniform', [64, 32])],
    ['truncated normal', plan('he_normal', [64, 32])],
    ['absolute truncation', plan({ init: 'trunc_normal', mean: 0.5, std: 1, a: -1, b: 3 }, [10])],
  ])('gives a %s density of mass 1 over its support', (_name, p) => {
    const density = theoreticalDensity(p)!
    const [lo, hi] = density.support
    const mass = integrate(density.pdf, lo, hi, 1e-10)
    expect(mass).toBeGreaterThan(0.9999)
    expect(mass).toBeLessThan(1.0001)
    expect(density.approximate).toBe(false)
  })

  it('has no density for constants and structured plans but orthogonal', () => {
    expect(theoreticalDensity(plan('zeros', [4, 4]))).toBeUndefined()
    expect(theoreticalDensity(plan('eye', [4, 4]))).toBeUndefined()
    expect(theoreticalDensity(plan('orthogonal', [4, 4]))?.approximate).toBe(true)
  })

  it('never gives an empty range', () => {
    const [lo, hi] = histogramRange(sampleStats([0, 0, 0]))
    expect(hi).toBeGreaterThan(lo)
  })
})

describe('playground state', () => {
  it('parses shapes in several spellings and refuses bad ones', () => {
    expect(parseShape('256x128')).toEqual([256, 128])
    expect(parseShape('[64, 3, 3, 3]')).toEqual([64, 3, 3, 3])
    expect(parseShape('8 4')).toEqual([8, 4])
    expect(() => parseShape('12x-3')).toThrow(/shape/)
    expect(() => parseShape('')).toThrow(/shape/)
  })

  it('round-trips through the URL and leaves defaults out', () => {
    expect(queryFromState(defaultState)).toBe('')
    const state = {
      ...defaultState,
      init: 'kaiming_uniform',
      shape: '64,3,3,3',
      options: { mode: 'fan_out', a: '0.2' },
      dtype: 'bfloat16' as const,
      seed: '0',
      key: 'conv1.weight',
      activation: 'gelu' as const,
      normalization: 'layer' as const,
      residual: true,
    }
    expect(stateFromQuery(queryFromState(state))).toEqual(state)
    expect(queryFromState(state)).toContain('norm=layer&res=1')
  })

  it('falls back to defaults on nonsense', () => {
    const state = stateFromQuery('?dtype=float8&engine=gpu&act=sine&norm=group&res=yes')
    expect(state.dtype).toBe('float32')
    expect(state.engine).toBe('auto')
    expect(state.activation).toBe('relu')
    expect(state.normalization).toBe('none')
    expect(state.residual).toBe(false)
  })

  it('offers every activation core can differentiate, ReLU and tanh first', () => {
    expect(signalActivations.slice(0, 2)).toEqual(['relu', 'tanh'])
    expect([...signalActivations].sort()).toEqual(Object.keys(differentiableActivations).sort())
  })

  it('builds typed specs from the options as typed', () => {
    const spec = buildSpec({
      ...defaultState,
      init: 'he_normal',
      options: { correct: 'false' },
    })
    expect(spec).toEqual({ init: 'he_normal', correct: false })
    const fields = optionFields('kaiming_normal')
    expect(fields.map((f) => f.name)).toEqual(['a', 'mode', 'nonlinearity'])
    expect(fields[1]!.control).toMatchObject({ kind: 'choice' })
  })

  it('offers every initializer of the catalogue', () => {
    const offered = initializerGroups().flatMap((g) => g.choices.map((c) => c.qualified))
    expect(offered.sort()).toEqual(Object.keys(definitions).sort())
  })

  it('plans and samples, and reports errors as messages', () => {
    const ok = runPlayground(defaultState)
    expect(ok.ok).toBe(true)
    if (ok.ok) {
      expect(ok.plan.distribution).toBe('normal')
      expect(ok.firstBits).toHaveLength(8)
    }
    const unknown = runPlayground({ ...defaultState, init: 'kaiming_normall' })
    expect(unknown).toMatchObject({ ok: false })
    if (!unknown.ok) expect(unknown.error).toMatch(/kaiming_normal/)
    const badShape = runPlayground({ ...defaultState, shape: 'abc' })
    expect(badShape).toMatchObject({ ok: false })
  })

  it('writes exact bit patterns', () => {
    expect(hexBits(new Float32Array([1, -0]))).toEqual(['3f800000', '80000000'])
    expect(hexBits(new Float64Array([1]))).toEqual(['3ff0000000000000'])
    expect(hexBits(new Uint16Array([0x3c00]))).toEqual(['3c00'])
  })
})

describe('porting tables', () => {
  it('pairs each idea with initializers of the right framework', () => {
    for (const concept of concepts) {
      for (const { id } of frameworks) {
        const qualified = concept.names[id]
        if (qualified) expect(definitions[qualified].framework).toBe(id)
      }
    }
  })

  it('fills every cell that has a name', () => {
    for (const row of nameRows()) expect(row.cells).toHaveLength(frameworks.length)
    for (const row of drawnRows()) {
      const concept = concepts.find((c) => c.title === row.title)!
      row.cells.forEach((cell, i) => {
        expect(cell === undefined).toBe(concept.names[frameworks[i]!.id] === undefined)
      })
    }
  })

  it("shows tfjs's truncation without correction, 0.8796 of the intended std", () => {
    const rows = tfjsUncorrectedRows()
    expect(rows).toHaveLength(3)
    for (const row of rows)
      expect(row.tfjs.std / row.corrected.std).toBeCloseTo(0.8796256610342398, 10)
    const heNormal = drawnRows().find((r) => r.title === 'He / Kaiming normal')!
    expect(heNormal.cells[3]?.differs).toBe(true)
    expect(heNormal.cells[0]?.differs).toBe(false)
  })

  it("shows what each framework's layer default draws: tfjs's dense without the correction", () => {
    const rows = layerDefaultRows()
    expect(rows.map((r) => r.cell?.stdText)).toEqual([
      String(Number((1 / Math.sqrt(3 * 256)).toPrecision(6))),
      String(Number(Math.sqrt(2 / 384).toPrecision(6))),
      String(Number((1 / 16).toPrecision(6))),
      String(Number((Math.sqrt(2 / 384) * 0.8796256610342398).toPrecision(6))),
    ])
    expect(rows[3]!.cell?.stdText).toBe('0.0634815')
    expect(rows[3]!.cell?.options).toEqual({ correct: false })
    expect(rows.slice(0, 3).map((r) => r.cell?.options)).toEqual([{}, {}, {}])
  })

  it('takes what a framework draws from the catalogue: only tfjs skips the correction', () => {
    expect(homeBehaviour('tfjs', 'tfjs.heNormal')).toEqual({ correct: false })
    expect(homeBehaviour('tfjs', 'tfjs.varianceScaling')).toEqual({ correct: false })
    expect(homeBehaviour('tfjs', 'tfjs.heUniform')).toEqual({})
    expect(homeBehaviour('keras', 'keras.he_normal')).toEqual({})
  })

  it('gives uniforms as intervals: PyTorch U(0, 1), JAX U(0, 0.01)', () => {
    const uniform = drawnRows().find((r) => r.title === 'Uniform')!
    expect(uniform.cells.map((c) => c?.distribution)).toEqual([
      'uniform U(0, 1)',
      'uniform U(-0.05, 0.05)',
      'uniform U(0, 0.01)',
      'uniform U(-0.05, 0.05)',
    ])
  })

  it("sets weightinit's own options apart from the framework's defaults", () => {
    const byName = new Map(
      nameRows().flatMap((r) => r.cells.flatMap((c) => (c ? [[c.qualified, c] as const] : []))),
    )
    expect(byName.get('keras.he_normal')).toMatchObject({ defaults: '—', extras: 'correct = true' })
    expect(byName.get('torch.trunc_normal')).toMatchObject({
      defaults: 'mean = 0, std = 1, a = -2, b = 2',
      extras: 'units = "absolute", correct = false',
    })
    expect(byName.get('torch.kaiming_normal')?.extras).toBe('')
    for (const cell of byName.values()) {
      for (const option of weightinitOnlyOptions) expect(cell.defaults).not.toContain(`${option} =`)
    }
  })
})

describe('gains and fans tables', () => {
  it('derives a gain for every nonlinearity but the convolutions', () => {
    const rows = gainRows()
    expect(rows).toHaveLength(nonlinearities.filter((n) => !n.startsWith('conv')).length)
    expect(rows.find((r) => r.name === 'relu')?.gain).toBe('1.41421')
    expect(rows.find((r) => r.name === 'tanh')?.secondMoment).toBe('1.59254')
    expect(rows.find((r) => r.name === 'relu')?.secondMoment).toBeUndefined()
  })

  it("shows where a framework's fans differ", () => {
    const depthwise = fanRows().find((r) => r.layout === 'hwim')!
    expect(depthwise.fans.fanIn).toBe(9)
    expect(depthwise.homeFans?.fanIn).toBe(288)
    const grouped = fanRows().find((r) => r.groups === 4)!
    expect(grouped.fans.fanOut * 4).toBe(grouped.homeFans?.fanOut)
  })
})

describe('signal propagation', () => {
  const small: SignalPropagationOptions = { width: 16, batch: 8, depth: 6, seed: 1 }
  const spec = { init: 'kaiming_normal', nonlinearity: 'relu' } as const
  const expected = propagateSignal(spec, { ...small, activation: 'relu' })

  it('draws the page’s curves: zeros flat at 0, He at scale on ReLU', () => {
    for (const activation of ['tanh', 'relu'] as const) {
      for (const c of signalCases) {
        const run = propagateSignal(c.spec(activation), { ...small, activation })
        expect(run.forward).toHaveLength(6)
        if (c.label === 'zeros') expect(run.forward.every((v) => v === 0)).toBe(true)
      }
    }
    for (const v of [...expected.forward, ...expected.backward]) {
      expect(v).toBeGreaterThan(0.2)
      expect(v).toBeLessThan(5)
    }
  })

  it('runs cooperatively with core’s result and progress, and stops when aborted', async () => {
    const progress: number[] = []
    const run = await propagateCooperatively(
      spec,
      { ...small, activation: 'relu' },
      { onProgress: (completed, total) => progress.push(completed / total) },
    )
    expect(run).toEqual(expected)
    expect(progress).toEqual(Array.from({ length: 12 }, (_, i) => (i + 1) / 12))
    const controller = new AbortController()
    const aborted = propagateCooperatively(
      spec,
      { activation: 'relu' },
      { signal: controller.signal, onProgress: () => controller.abort() },
    )
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' })
    await expect(
      propagateCooperatively(spec, { ...small, normalization: 'batch', batch: 1 }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
  })

  it('answers a worker request with the result, or with the error’s message', () => {
    const replies: SignalReply[] = []
    respondToSignalRequest({ id: 7, spec, options: { ...small, activation: 'relu' } }, (reply) =>
      replies.push(reply),
    )
    expect(replies.at(-1)).toEqual({ id: 7, type: 'done', result: expected })
    expect(replies.slice(0, -1).every((r) => r.type === 'progress' && r.id === 7)).toBe(true)
    const failed: SignalReply[] = []
    respondToSignalRequest({ id: 8, spec, options: { width: 0 } }, (reply) => failed.push(reply))
    expect(failed).toEqual([
      { id: 8, type: 'failed', message: 'width must be a positive safe integer, got 0' },
    ])
  })

  /** A stand-in for the module worker: answers asynchronously, as a real one does. */
  class FakeWorker implements SignalWorker {
    static created = 0
    onmessage: ((event: MessageEvent<SignalReply>) => void) | null = null
    onerror: ((event: ErrorEvent) => void) | null = null
    terminated = false
    constructor(readonly failToLoad = false) {
      FakeWorker.created++
    }
    postMessage(request: SignalRequest) {
      setTimeout(() => {
        if (this.terminated) return
        if (this.failToLoad) {
          this.onerror?.(new Event('error') as ErrorEvent)
          return
        }
        respondToSignalRequest(structuredClone(request), (reply) => {
          if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<SignalReply>)
        })
      }, 1)
    }
    terminate() {
      this.terminated = true
    }
  }

  it('runs in a worker, and on the main thread where there is none (as in Node)', async () => {
    const options = { ...small, activation: 'relu' } as const
    expect(await createSignalRunner().run(spec, options)).toEqual(expected)
    const runner = createSignalRunner(() => new FakeWorker())
    expect(await runner.run(spec, options)).toEqual(expected)
    await expect(runner.run(spec, { width: -1 })).rejects.toThrow(
      'width must be a positive safe integer, got -1',
    )
  })

  it('ends the worker to abort a run, and carries the other runs over to a new one', async () => {
    FakeWorker.created = 0
    const workers: FakeWorker[] = []
    const runner = createSignalRunner(() => {
      const worker = new FakeWorker()
      workers.push(worker)
      return worker
    })
    const controller = new AbortController()
    const first = runner.run(spec, { ...small, activation: 'relu' }, { signal: controller.signal })
    const second = runner.run(spec, { ...small, activation: 'relu' })
    controller.abort()
    await expect(first).rejects.toMatchObject({ name: 'AbortError' })
    expect(await second).toEqual(expected)
    expect(workers.map((w) => w.terminated)).toEqual([true, false])
    runner.dispose()
    expect(workers[1]!.terminated).toBe(true)
    await expect(runner.run(spec, small)).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('falls back to the main thread when the worker fails to load', async () => {
    const runner = createSignalRunner(() => new FakeWorker(true))
    FakeWorker.created = 0
    expect(await runner.run(spec, { ...small, activation: 'relu' })).toEqual(expected)
    expect(await runner.run(spec, { ...small, activation: 'relu' })).toEqual(expected)
    expect(FakeWorker.created).toBe(1)
  })
})
