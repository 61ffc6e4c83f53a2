import { niceTicks, type PlotFrame } from '../plot'
import type { LayerHistogram } from './training.types'

/** One layer's row of a ridgeline plot, in SVG coordinates. */
interface Ridge {
  readonly layer: number
  /** The row's baseline (its bars stand on it). */
  readonly baseline: number
  readonly bars: readonly { x: number; y: number; width: number; height: number }[]
  /** What the right margin says: the values' standard deviation, or that all are exactly 0. */
  readonly note: string
}

/** Everything a ridgeline plot of layer histograms draws. */
export interface RidgelineGeometry extends PlotFrame {
  readonly ridges: readonly Ridge[]
}

const MARGIN = { top: 10, right: 84, bottom: 40, left: 64 }
/** The height of one layer's row, in px. */
const ROW = 40

/** A standard deviation in few characters: `σ 0.63`, `σ 3.1e-11`. */
function stdNote(h: LayerHistogram): string {
  if (h.zeros === 1) return 'all 0'
  const s = h.std
  return `σ ${s >= 0.01 && s < 1000 ? String(Number(s.toPrecision(2))) : s.toExponential(1)}`
}

/**
 * Lays out histograms of the layers of one network as a ridgeline plot: one row per layer, first
 * layer at the top, on one shared x axis (the histograms' common range), each row's bars scaled to
 * its own tallest bar, and each row's standard deviation in the right margin.
 *
 * @param histograms - the layers' histograms, over the same [lo, hi] and bins
 * @param width - the plot's width in CSS pixels
 *
 * @example
 * ```ts
 * import { ridgelineGeometry } from './ridgelineGeometry'
 * const g = ridgelineGeometry([{ layer: 1, lo: -1, hi: 1, counts: [1, 2, 1], std: 0.5, zeros: 0 }], 400)
 * g.ridges[0]!.note // 'σ 0.5'
 * ```
 */
export function ridgelineGeometry(
  histograms: readonly LayerHistogram[],
  width: number,
): RidgelineGeometry {
  const height = MARGIN.top + MARGIN.bottom + ROW * Math.max(1, histograms.length)
  const lo = histograms[0]?.lo ?? -1
  const hi = histograms[0]?.hi ?? 1
  const plotWidth = width - MARGIN.left - MARGIN.right
  const xOf = (x: number) => MARGIN.left + ((x - lo) / (hi - lo)) * plotWidth
  const ridges = histograms.map((h, row) => {
    const baseline = MARGIN.top + ROW * (row + 1)
    const tallest = Math.max(1, ...h.counts)
    const binWidth = plotWidth / Math.max(1, h.counts.length)
    const bars = h.counts.map((count, i) => {
      const barHeight = (count / tallest) * (ROW - 6)
      return {
        x: MARGIN.left + i * binWidth,
        y: baseline - barHeight,
        width: Math.max(0, binWidth - 0.5),
        height: barHeight,
      }
    })
    return { layer: h.layer, baseline, bars, note: stdNote(h) }
  })
  const xTicks = niceTicks(lo, hi, Math.max(3, Math.floor(plotWidth / 70))).map((x) => ({
    x: xOf(x),
    label: x === 0 ? '0' : String(Number(x.toPrecision(3))),
  }))
  const yTicks = ridges.map((r) => ({ y: r.baseline, label: `layer ${r.layer}` }))
  return { width, height, ...MARGIN, xTicks, yTicks, ridges }
}
