/** One curve of a line plot: y values at x = 1, 2, … */
export interface LineSeries {
  readonly label: string
  readonly values: readonly number[]
  /** A CSS colour; by default one from {@link palette}. */
  readonly color?: string
  /** An SVG dash pattern. */
  readonly dash?: string
}

/** Colours that stay distinct for most colour-vision deficiencies (Okabe–Ito). */
const palette = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000']

/** Dash patterns paired with the palette, so lines differ in more than colour. */
const dashes = ['', '6 3', '2 3', '10 3 2 3', '', '6 3', '2 3']

const WIDTH = 640
const HEIGHT = 360
const MARGIN = { top: 12, right: 16, bottom: 40, left: 64 }

/** Decades the y axis never goes beyond. */
const FLOOR = -16
const CEILING = 16

/** A plot's frame in SVG coordinates: its size, the margins around the plot area, and the ticks. */
export interface PlotFrame {
  readonly width: number
  readonly height: number
  readonly top: number
  readonly right: number
  readonly bottom: number
  readonly left: number
  readonly xTicks: readonly { x: number; label: string }[]
  readonly yTicks: readonly { y: number; label: string }[]
}

/** Everything a line plot draws, in SVG coordinates. */
export interface LinePlotGeometry extends PlotFrame {
  readonly xTicks: readonly { value: number; x: number; label: string }[]
  readonly yTicks: readonly { value: number; y: number; label: string }[]
  readonly lines: readonly { label: string; points: string; color: string; dash: string }[]
  /** True when some value lay outside the y axis and was drawn at its edge. */
  readonly clamped: boolean
  readonly tableColumns: readonly number[]
  readonly table: readonly { label: string; cells: readonly string[] }[]
}

/** 10^k as a label: `1`, `10`, `1e-8`. */
function decade(k: number): string {
  if (k === 0) return '1'
  if (k === 1) return '10'
  return `1e${k}`
}

/**
 * Lays out a log-scale line plot: x from 1 to the longest series, y in whole decades covering the
 * positive values (within 1e-16 … 1e16; zeros and values beyond are clamped to the edge).
 */
export function linePlotGeometry(series: readonly LineSeries[]): LinePlotGeometry {
  const length = Math.max(1, ...series.map((s) => s.values.length))
  const logs = series.flatMap((s) =>
    s.values.filter((v) => v > 0 && Number.isFinite(v)).map(Math.log10),
  )
  let lo = logs.length > 0 ? Math.floor(Math.min(...logs)) : -2
  let hi = logs.length > 0 ? Math.ceil(Math.max(...logs)) : 1
  lo = Math.max(FLOOR, Math.min(lo, -1))
  hi = Math.min(CEILING, Math.max(hi, 1))
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const xOf = (x: number) => MARGIN.left + (length === 1 ? 0 : ((x - 1) / (length - 1)) * plotWidth)
  const yOf = (log: number) => MARGIN.top + ((hi - log) / (hi - lo)) * plotHeight
  const step = Math.max(1, Math.ceil((hi - lo) / 8))
  const yTicks = []
  for (let k = hi; k >= lo; k -= step) yTicks.push({ value: k, y: yOf(k), label: decade(k) })
  const xValues = [1, ...Array.from({ length: 5 }, (_, i) => Math.round(((i + 1) * length) / 5))]
  const xTicks = [...new Set(xValues)]
    .filter((x) => x >= 1 && x <= length)
    .map((x) => ({ value: x, x: xOf(x), label: String(x) }))
  let clamped = false
  const lines = series.map((s, index) => {
    const points = s.values
      .map((v, i) => {
        let log =
          v > 0 && Number.isFinite(v) ? Math.log10(v) : v === Number.POSITIVE_INFINITY ? hi : lo
        if (log < lo || log > hi || !(v > 0) || !Number.isFinite(v)) clamped = true
        log = Math.min(hi, Math.max(lo, log))
        return `${xOf(i + 1).toFixed(1)},${yOf(log).toFixed(1)}`
      })
      .join(' ')
    return {
      label: s.label,
      points,
      color: s.color ?? palette[index % palette.length]!,
      dash: s.dash ?? dashes[index % dashes.length]!,
    }
  })
  const tableColumns = [...new Set([1, 10, 25, length].filter((x) => x <= length))]
  const table = series.map((s) => ({
    label: s.label,
    cells: tableColumns.map((x) => {
      const v = s.values[x - 1]
      return v === undefined ? '' : v === 0 ? '0' : v.toExponential(2)
    }),
  }))
  return {
    width: WIDTH,
    height: HEIGHT,
    ...MARGIN,
    xTicks,
    yTicks,
    lines,
    clamped,
    tableColumns,
    table,
  }
}

/** Everything a histogram with a density curve draws, in SVG coordinates. */
export interface HistogramGeometry extends PlotFrame {
  readonly bars: readonly { x: number; y: number; width: number; height: number }[]
  /** The density curve as SVG points, or `''` without one. */
  readonly curve: string
}

/** A tick value to 3 significant digits. */
function tickLabel(value: number): string {
  if (value === 0) return '0'
  return String(Number(value.toPrecision(3)))
}

/** Round tick values covering [lo, hi]: about `count` of them, at 1, 2 or 5 times a power of ten. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  if (!(hi > lo)) return [lo]
  const raw = (hi - lo) / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  const ticks: number[] = []
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
    ticks.push(Math.abs(t) < step * 1e-9 ? 0 : t)
  }
  return ticks
}

/**
 * Lays out a density histogram (bars of `density`, over [lo, hi]) with an optional density curve
 * `pdf` sampled at 240 points.
 */
export function histogramGeometry(
  density: readonly number[],
  lo: number,
  hi: number,
  pdf?: (x: number) => number,
): HistogramGeometry {
  const width = WIDTH
  const height = 300
  const margin = { top: 12, right: 16, bottom: 36, left: 56 }
  const plotWidth = width - margin.left - margin.right
  const plotHeight = height - margin.top - margin.bottom
  const curveXs = Array.from({ length: 241 }, (_, i) => lo + ((hi - lo) * i) / 240)
  const curveYs = pdf ? curveXs.map((x) => pdf(x)) : []
  const top = Math.max(1e-300, ...density, ...curveYs.filter(Number.isFinite)) * 1.08
  const xOf = (x: number) => margin.left + ((x - lo) / (hi - lo)) * plotWidth
  const yOf = (y: number) => margin.top + (1 - y / top) * plotHeight
  const binWidth = density.length > 0 ? plotWidth / density.length : 0
  const bars = density.map((d, i) => {
    const y = yOf(d)
    return {
      x: margin.left + i * binWidth,
      y,
      width: Math.max(0, binWidth - 0.5),
      height: margin.top + plotHeight - y,
    }
  })
  const curve = pdf
    ? curveXs
        .map((x, i) => `${xOf(x).toFixed(1)},${yOf(Math.min(curveYs[i]!, top)).toFixed(1)}`)
        .join(' ')
    : ''
  const xTicks = niceTicks(lo, hi, 6).map((x) => ({ x: xOf(x), label: tickLabel(x) }))
  const yTicks = niceTicks(0, top, 4).map((y) => ({ y: yOf(y), label: tickLabel(y) }))
  return { width, height, ...margin, bars, curve, xTicks, yTicks }
}
