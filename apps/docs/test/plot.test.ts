import { describe, expect, it } from 'vitest'
import { decadeLabel, logAxis, logStepText, placeOnLogAxis } from '../.vitepress/theme/lib/logAxis'
import {
  histogramGeometry,
  linePlotGeometry,
  niceTicks,
  plotSize,
} from '../.vitepress/theme/lib/plot'

/** The y of the points of an SVG `points` string. */
function ys(points: string): number[] {
  return points.split(' ').map((pair) => Number(pair.split(',')[1]))
}

describe('log axis', () => {
  it('covers 1e-3 … 1e45 with a tick every 10 decades, 1 among them', () => {
    const axis = logAxis([1e-3, 0.5, 1e45], { maxTicks: 9 })
    expect(axis.step).toBe(10)
    expect(axis.lo).toBe(-10)
    expect(axis.hi).toBe(50)
    expect(axis.ticks).toEqual([50, 40, 30, 20, 10, 0, -10])
    expect(axis.ticks.map(decadeLabel)).toEqual([
      '10⁵⁰',
      '10⁴⁰',
      '10³⁰',
      '10²⁰',
      '10¹⁰',
      '1',
      '10⁻¹⁰',
    ])
    expect(logStepText(axis.step)).toBe('a grid line every factor of 10¹⁰ (10 decades)')
  })

  it('ticks every decade when there is room, and states it', () => {
    const axis = logAxis([0.02, 3, 40])
    expect(axis.step).toBe(1)
    expect(axis.ticks).toEqual([2, 1, 0, -1, -2])
    expect(logStepText(1)).toBe('a grid line every factor of 10')
  })

  it('always has 1 on the axis, even when every value is far from it', () => {
    for (const values of [
      [1e-30, 1e-20],
      [1e20, 1e31],
      [0.5, 0.7],
      [2, 3],
      [1, 1],
    ]) {
      const axis = logAxis(values)
      expect(axis.ticks).toContain(0)
      expect(axis.lo).toBeLessThanOrEqual(0)
      expect(axis.hi).toBeGreaterThanOrEqual(0)
      expect(axis.hi - axis.lo).toBeGreaterThanOrEqual(1)
      expect(axis.ticks.length).toBeLessThanOrEqual(9)
      for (const v of values) expect(placeOnLogAxis(axis, v).kind).toBe('axis')
    }
  })

  it('ends on ticks, every tick a multiple of the step', () => {
    for (const [lo, hi] of [
      [-55, 45],
      [-7.3, 0.2],
      [-300, 300],
      [0, 12],
    ] as const) {
      const axis = logAxis([10 ** lo, 10 ** hi], { maxTicks: 8 })
      expect(axis.ticks[0]).toBe(axis.hi)
      expect(axis.ticks.at(-1)).toBe(axis.lo)
      for (const k of axis.ticks) expect(Math.abs(k % axis.step)).toBe(0)
      expect(axis.ticks.length).toBeLessThanOrEqual(8)
      expect(axis.lo).toBeLessThanOrEqual(lo)
      expect(axis.hi).toBeGreaterThanOrEqual(hi)
    }
  })

  it('puts exact zeros in their own band, never at the axis floor', () => {
    const axis = logAxis([0, 0.1, 1])
    expect(axis.zeroBand).toBe(true)
    expect(placeOnLogAxis(axis, 0)).toEqual({ kind: 'zero' })
    expect(placeOnLogAxis(axis, -0)).toEqual({ kind: 'zero' })
    expect(logAxis([0.1, 1]).zeroBand).toBe(false)
    // A tiny value is a value: on the axis, which reaches down to it.
    const tiny = logAxis([0, 1e-300, 1])
    expect(placeOnLogAxis(tiny, 1e-300)).toEqual({ kind: 'axis', log: -300 })
  })

  it('marks what it cannot place, and never clamps it to the edge', () => {
    const axis = logAxis([1, 10], { bounds: [-2, 2] })
    expect(axis.hi).toBe(2)
    expect(placeOnLogAxis(axis, 1e5)).toEqual({ kind: 'off', why: 'above' })
    expect(placeOnLogAxis(axis, 1e-5)).toEqual({ kind: 'off', why: 'below' })
    expect(placeOnLogAxis(axis, Number.POSITIVE_INFINITY)).toEqual({ kind: 'off', why: 'infinite' })
    expect(placeOnLogAxis(axis, Number.NaN)).toEqual({ kind: 'off', why: 'nan' })
    expect(placeOnLogAxis(axis, -1)).toEqual({ kind: 'off', why: 'negative' })
  })

  it('labels decades as powers of ten', () => {
    expect([-8, -1, 0, 1, 2, 45, -100].map(decadeLabel)).toEqual([
      '10⁻⁸',
      '10⁻¹',
      '1',
      '10',
      '10²',
      '10⁴⁵',
      '10⁻¹⁰⁰',
    ])
  })
})

describe('line plot', () => {
  it('draws 10⁴⁵ at 10⁴⁵: the axis reaches the data, with a stated step', () => {
    const values = Array.from({ length: 50 }, (_, i) => 10 ** (i * 0.9 + 0.9))
    const g = linePlotGeometry([{ label: 'explodes', values }], { width: 640, height: 360 })
    const top = g.yTicks[0]!
    const one = g.yTicks.find((t) => t.label === '1')!
    expect(top.value).toBeGreaterThanOrEqual(45)
    expect(top.label).toBe(decadeLabel(top.value!))
    // The last point, 10⁴⁵, sits 45 decades above 1 on the axis (not flat at some ceiling).
    const last = ys(g.lines[0]!.segments[0]!).at(-1)!
    expect((one.y - last) / (one.y - top.y)).toBeCloseTo(45 / top.value!, 2)
    expect(g.yTicks.map((t) => t.label)).toContain('1')
    expect(g.stepText).toBe(
      `a grid line every factor of ${decadeLabel(g.step)} (${g.step} decades)`,
    )
    expect(g.offScale).toEqual([])
  })

  it('draws zeros in a band below the axis, apart from the smallest values', () => {
    const g = linePlotGeometry([
      { label: 'zeros', values: [0, 0, 0] },
      { label: 'small', values: [1, 0.1, 0.1] },
    ])
    expect(g.zeroBand).toBeDefined()
    const band = g.zeroBand!
    const zeroTick = g.yTicks.find((t) => t.label === '0')!
    expect(zeroTick.value).toBeNull()
    expect(zeroTick.y).toBeGreaterThan(band.top)
    expect(zeroTick.y).toBeLessThan(band.bottom)
    const zeros = g.lines[0]!
    expect(zeros.segments).toEqual([])
    expect(ys(zeros.zeroSegments[0]!)).toEqual(
      [zeroTick.y, zeroTick.y, zeroTick.y].map((y) => Number(y.toFixed(1))),
    )
    // 0.1 is on the axis, with a tick of its own, above the break.
    const tenth = g.yTicks.find((t) => t.label === '10⁻¹')!
    expect(tenth.y).toBeLessThan(band.breakY)
    expect(Math.max(...ys(g.lines[1]!.segments[0]!))).toBeCloseTo(tenth.y, 0)
  })

  it('links a series across the break when it falls to exactly 0, and dots a lone point', () => {
    const g = linePlotGeometry([{ label: 'underflows', values: [1, 1e-3, 0, 0, 5] }])
    const line = g.lines[0]!
    expect(line.segments).toHaveLength(1)
    expect(line.zeroSegments).toHaveLength(1)
    expect(line.links).toHaveLength(2)
    expect(line.dots).toHaveLength(1)
  })

  it('marks infinite, NaN and out-of-bounds values and names them', () => {
    const g = linePlotGeometry(
      [
        { label: 'a', values: [1, 10, Number.POSITIVE_INFINITY, Number.NaN] },
        { label: 'b', values: [1, 1e5, 1e-5] },
      ],
      undefined,
      [-2, 2],
    )
    expect(g.lines[0]!.marks.map((m) => m.symbol)).toEqual(['▲', '✕'])
    expect(g.lines[1]!.marks.map((m) => m.symbol)).toEqual(['▲', '▼'])
    expect(g.offScale).toEqual([
      'a: infinite (overflowed) from x = 3',
      'a: not a number from x = 4',
      'b: above the axis from x = 2',
      'b: below the axis from x = 3',
    ])
    // Every mark sits at an edge of the axis, never at a point that would read as a value.
    const [top, bottom] = [g.top, Math.max(...g.yTicks.map((t) => t.y))]
    for (const mark of g.lines.flatMap((l) => l.marks)) expect([top, bottom]).toContain(mark.y)
  })

  it('keeps a table of the exact values', () => {
    const g = linePlotGeometry([{ label: 'a', values: [0, 2.5e-8] }])
    expect(g.table[0]!.cells).toEqual(['0', '2.50e-8'])
  })

  it('is drawn at the size of its box: taller than half its width on a phone', () => {
    expect(plotSize(358)).toEqual({ width: 358, height: 304 })
    expect(plotSize(900)).toEqual({ width: 720, height: 403 })
    expect(plotSize(200).width).toBe(280)
    const g = linePlotGeometry([{ label: 'a', values: [1, 2] }], plotSize(358))
    expect(g.width).toBe(358)
    expect(g.height / g.width).toBeGreaterThan(0.8)
  })
})

describe('histogram plot', () => {
  it('picks round ticks', () => {
    expect(niceTicks(-0.1, 0.1, 4)).toEqual([-0.1, -0.05, 0, 0.05, 0.1])
  })

  it('draws several density curves over the bars, on one y scale', () => {
    const g = histogramGeometry([0.25, 0.25], -2, 2, [
      { label: 'uniform', pdf: (x) => (Math.abs(x) <= 2 ? 0.25 : 0) },
      { label: 'peaked', pdf: (x) => Math.exp(-x * x), dash: '4 2' },
    ])
    expect(g.curves.map((c) => c.label)).toEqual(['uniform', 'peaked'])
    expect(g.curves[1]!.dash).toBe('4 2')
    // The peak (1 at x = 0) sets the top, 8 % below the frame's top edge.
    const peak = Math.min(...ys(g.curves[1]!.points))
    expect(peak).toBeCloseTo(g.top + (1 - 1 / 1.08) * (g.height - g.top - g.bottom), 0)
    expect(g.curve).toBe(g.curves[0]!.points)
  })
})
