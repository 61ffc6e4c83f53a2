import { type LineSeries, niceTicks, type PlotFrame, type PlotSize } from '../plot'

/** Colours that stay distinct for most colour-vision deficiencies (Okabe–Ito), as `plot.ts` uses. */
const palette = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9']
const dashes = ['', '6 3', '2 3', '10 3 2 3', '', '6 3']

/** Everything a linear line plot draws. */
export interface TraceGeometry extends PlotFrame {
  readonly lines: readonly { label: string; points: string; color: string; dash: string }[]
}

const MARGIN = { top: 12, right: 16, bottom: 40, left: 56 }

/** A tick label to 3 significant digits. */
function label(value: number): string {
  return value === 0 ? '0' : String(Number(value.toPrecision(3)))
}

/**
 * Lays out a line plot on linear axes: x = 0, 1, … (the index of each value: a training step), y
 * from the least to the greatest value of every series (or `yRange` when given, so that panels
 * side by side share it), with round ticks.
 *
 * @example
 * ```ts
 * import { traceGeometry } from './traceGeometry'
 * const g = traceGeometry([{ label: 'unit 1', values: [0.5, 0.4, 0.3] }], { width: 320, height: 240 })
 * g.lines[0]!.points.split(' ').length // 3
 * ```
 */
export function traceGeometry(
  series: readonly LineSeries[],
  size: PlotSize,
  yRange?: readonly [number, number],
): TraceGeometry {
  const { width, height } = size
  const values = series.flatMap((s) => s.values).filter(Number.isFinite)
  let [lo, hi] = yRange ?? [Math.min(0, ...values), Math.max(0, ...values)]
  if (!(hi > lo)) [lo, hi] = [lo - 1, hi + 1]
  const last = Math.max(1, ...series.map((s) => s.values.length - 1))
  const plotWidth = width - MARGIN.left - MARGIN.right
  const plotHeight = height - MARGIN.top - MARGIN.bottom
  const xOf = (x: number) => MARGIN.left + (x / last) * plotWidth
  const yOf = (y: number) => MARGIN.top + ((hi - y) / (hi - lo)) * plotHeight
  const lines = series.map((s, i) => ({
    label: s.label,
    color: s.color ?? palette[i % palette.length]!,
    dash: s.dash ?? dashes[i % dashes.length]!,
    points: s.values.map((v, x) => `${xOf(x).toFixed(1)},${yOf(v).toFixed(1)}`).join(' '),
  }))
  const xTicks = niceTicks(0, last, Math.max(2, Math.floor(plotWidth / 80))).map((x) => ({
    x: xOf(x),
    label: label(x),
  }))
  const yTicks = niceTicks(lo, hi, Math.max(3, Math.floor(plotHeight / 45))).map((y) => ({
    y: yOf(y),
    label: label(y),
  }))
  return { width, height, ...MARGIN, xTicks, yTicks, lines }
}
