import { decadeLabel, type LogPlace, logAxis, logStepText, placeOnLogAxis } from './logAxis'

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

/** A plot's size in CSS pixels: the SVG is drawn at this size, so 12 px text is 12 px on screen. */
export interface PlotSize {
  readonly width: number
  readonly height: number
}

/** The size plots take before the page has measured their box (and when VitePress pre-renders). */
export const defaultPlotSize: PlotSize = { width: 640, height: 360 }

/**
 * A plot's size for the width its box offers: that width (280 … 720 px), and a height of 56 % of
 * it on wide screens, 85 % on narrow ones (a phone's plot is taller than it is short, not a strip).
 *
 * @example
 * ```ts
 * import { plotSize } from './plot'
 * plotSize(358) // { width: 358, height: 304 }
 * ```
 */
export function plotSize(available: number, aspect: 'line' | 'histogram' = 'line'): PlotSize {
  const width = Math.round(Math.min(720, Math.max(280, available)))
  const ratio = width < 560 ? 0.85 : aspect === 'line' ? 0.56 : 0.47
  return { width, height: Math.round(width * ratio) }
}

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

/** A value drawn off the scale: a mark at the edge of the plot, and a line in its note. */
interface OffScaleMark {
  readonly x: number
  readonly y: number
  /** ▲ above the axis (too large, or infinite), ▼ below it, ✕ not a number or negative. */
  readonly symbol: '▲' | '▼' | '✕'
  readonly color: string
}

/** One series as drawn on a log axis. */
interface DrawnLine {
  readonly label: string
  readonly color: string
  readonly dash: string
  /** Polylines (SVG points) of consecutive values on the axis. */
  readonly segments: readonly string[]
  /** Polylines of consecutive exact zeros, in the zero band. */
  readonly zeroSegments: readonly string[]
  /** Dotted links between the axis and the zero band, where a series crosses the break. */
  readonly links: readonly string[]
  /** Points that stand alone (no neighbour in their segment): drawn as dots, or they would vanish. */
  readonly dots: readonly { x: number; y: number }[]
  readonly marks: readonly OffScaleMark[]
}

/** Everything a log-scale line plot draws, in SVG coordinates. */
export interface LinePlotGeometry extends PlotFrame {
  readonly xTicks: readonly { value: number; x: number; label: string }[]
  /** The decade ticks (`value` is the decade, log10), then the zero band's tick (`value` null). */
  readonly yTicks: readonly { value: number | null; y: number; label: string }[]
  /** Decades between grid lines. */
  readonly step: number
  /** The grid in words: "a grid line every factor of 10". */
  readonly stepText: string
  /** The band of exact zeros below the axis, with the break between; undefined without zeros. */
  readonly zeroBand?: { readonly top: number; readonly bottom: number; readonly breakY: number }
  readonly lines: readonly DrawnLine[]
  /** What is off the scale, in words, one entry per series that has any: for the note. */
  readonly offScale: readonly string[]
  readonly tableColumns: readonly number[]
  readonly table: readonly { label: string; cells: readonly string[] }[]
}

const LINE_MARGIN = { top: 14, right: 16, bottom: 40, left: 60 }
/** The zero band's height and the gap (with the axis break) above it. */
const ZERO_BAND = 22
const ZERO_GAP = 14
/** The least vertical room per y tick label, in px. */
const TICK_ROOM = 28

const offWords = {
  above: 'above the axis',
  below: 'below the axis',
  infinite: 'infinite (overflowed)',
  nan: 'not a number',
  negative: 'negative',
} as const

/**
 * Lays out a log-scale line plot: x from 1 to the longest series; y in whole decades covering every
 * positive finite value and 1 ({@link logAxis}: a tick every decade, or every `step` decades when
 * they do not fit); exact zeros in a band of their own below a break in the axis; anything else
 * (∞, NaN, negatives, values beyond fixed `bounds`) marked at the edge and named in `offScale`,
 * never drawn as if it were a value.
 *
 * @example
 * ```ts
 * import { linePlotGeometry } from './plot'
 * const g = linePlotGeometry([{ label: 'zeros', values: [0, 0] }, { label: 'big', values: [1, 1e45] }])
 * g.zeroBand !== undefined // true: the zeros have a band below the axis
 * g.step // 5: a grid line every 10⁵
 * ```
 */
export function linePlotGeometry(
  series: readonly LineSeries[],
  size: PlotSize = defaultPlotSize,
  bounds?: readonly [number, number],
): LinePlotGeometry {
  const { width, height } = size
  const margin = LINE_MARGIN
  const length = Math.max(1, ...series.map((s) => s.values.length))
  const all = series.flatMap((s) => s.values)
  const hasZeros = all.includes(0)
  const plotBottom = height - margin.bottom
  const axisBottom = hasZeros ? plotBottom - ZERO_BAND - ZERO_GAP : plotBottom
  const maxTicks = Math.max(3, Math.floor((axisBottom - margin.top) / TICK_ROOM) + 1)
  const axis = logAxis(all, bounds ? { maxTicks, bounds } : { maxTicks })
  const plotWidth = width - margin.left - margin.right
  const xOf = (x: number) => margin.left + (length === 1 ? 0 : ((x - 1) / (length - 1)) * plotWidth)
  const yOf = (log: number) =>
    margin.top + ((axis.hi - log) / (axis.hi - axis.lo)) * (axisBottom - margin.top)
  const zeroY = plotBottom - ZERO_BAND / 2
  const yTicks: { value: number | null; y: number; label: string }[] = axis.ticks.map((k) => ({
    value: k,
    y: yOf(k),
    label: decadeLabel(k),
  }))
  if (hasZeros) yTicks.push({ value: null, y: zeroY, label: '0' })
  const xCount = Math.max(3, Math.floor(plotWidth / 90))
  const xValues = [
    1,
    ...Array.from({ length: xCount }, (_, i) => Math.round(((i + 1) * length) / xCount)),
  ]
  const xTicks = [...new Set(xValues)]
    .filter((x) => x >= 1 && x <= length)
    .map((x) => ({ value: x, x: xOf(x), label: String(x) }))
  const offScale: string[] = []
  const lines = series.map((s, index) => {
    const color = s.color ?? palette[index % palette.length]!
    const places = s.values.map((v) => placeOnLogAxis(axis, v))
    const point = (i: number, place: LogPlace) => ({
      x: xOf(i + 1),
      y: place.kind === 'axis' ? yOf(place.log) : zeroY,
    })
    const segments: string[] = []
    const zeroSegments: string[] = []
    const links: string[] = []
    const dots: { x: number; y: number }[] = []
    const marks: OffScaleMark[] = []
    const firstOff = new Map<string, number>()
    let run: { kind: 'axis' | 'zero'; points: { x: number; y: number }[] } | undefined
    const close = () => {
      if (!run) return
      const text = run.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')
      if (run.points.length === 1) dots.push(run.points[0]!)
      else (run.kind === 'axis' ? segments : zeroSegments).push(text)
      run = undefined
    }
    places.forEach((place, i) => {
      if (place.kind === 'off') {
        close()
        if (!firstOff.has(place.why)) firstOff.set(place.why, i + 1)
        const up = place.why === 'above' || place.why === 'infinite'
        const down = place.why === 'below'
        marks.push({
          x: xOf(i + 1),
          y: up ? margin.top : down ? axisBottom : margin.top,
          symbol: up ? '▲' : down ? '▼' : '✕',
          color,
        })
        return
      }
      const p = point(i, place)
      if (run && run.kind !== place.kind) {
        const last = run.points[run.points.length - 1]!
        links.push(`${last.x.toFixed(1)},${last.y.toFixed(1)} ${p.x.toFixed(1)},${p.y.toFixed(1)}`)
        close()
      }
      run ??= { kind: place.kind, points: [] }
      run.points.push(p)
    })
    close()
    for (const [why, x] of firstOff) {
      offScale.push(`${s.label}: ${offWords[why as keyof typeof offWords]} from x = ${x}`)
    }
    return {
      label: s.label,
      color,
      dash: s.dash ?? dashes[index % dashes.length]!,
      segments,
      zeroSegments,
      links,
      dots,
      marks,
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
    width,
    height,
    ...margin,
    xTicks,
    yTicks,
    step: axis.step,
    stepText: logStepText(axis.step),
    ...(hasZeros
      ? {
          zeroBand: {
            top: plotBottom - ZERO_BAND,
            bottom: plotBottom,
            breakY: axisBottom + ZERO_GAP / 2,
          },
        }
      : {}),
    lines,
    offScale,
    tableColumns,
    table,
  }
}

/** A curve drawn over a histogram: a density, with its legend and its dash pattern. */
export interface DensityCurve {
  readonly label: string
  readonly pdf: (x: number) => number
  /** An SVG dash pattern; solid by default. */
  readonly dash?: string
}

/** Everything a histogram with density curves draws, in SVG coordinates. */
export interface HistogramGeometry extends PlotFrame {
  readonly bars: readonly { x: number; y: number; width: number; height: number }[]
  /** The density curves as SVG points, in the order given. */
  readonly curves: readonly { label: string; points: string; dash: string }[]
  /** The first curve's points, or `''` without one. */
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

const HISTOGRAM_MARGIN = { top: 12, right: 16, bottom: 44, left: 60 }

/**
 * Lays out a density histogram (bars of `density`, over [lo, hi]) with density curves sampled at
 * 240 points each (a function stands for one solid curve). The y axis is linear from 0 and covers
 * the bars and the curves.
 *
 * @example
 * ```ts
 * import { histogramGeometry } from './plot'
 * const g = histogramGeometry([0.5, 0.5], -1, 1, [{ label: 'U(−1, 1)', pdf: () => 0.5 }])
 * g.curves.length // 1
 * ```
 */
export function histogramGeometry(
  density: readonly number[],
  lo: number,
  hi: number,
  pdf?: ((x: number) => number) | readonly DensityCurve[],
  size: PlotSize = { width: 640, height: 300 },
): HistogramGeometry {
  const { width, height } = size
  const margin = HISTOGRAM_MARGIN
  const plotWidth = width - margin.left - margin.right
  const plotHeight = height - margin.top - margin.bottom
  const curves: readonly DensityCurve[] =
    typeof pdf === 'function' ? [{ label: 'density', pdf }] : (pdf ?? [])
  const curveXs = Array.from({ length: 241 }, (_, i) => lo + ((hi - lo) * i) / 240)
  const curveYs = curves.map((c) => curveXs.map((x) => c.pdf(x)))
  const top = Math.max(1e-300, ...density, ...curveYs.flat().filter(Number.isFinite)) * 1.08
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
  const drawn = curves.map((c, k) => ({
    label: c.label,
    dash: c.dash ?? '',
    points: curveXs
      .map((x, i) => `${xOf(x).toFixed(1)},${yOf(Math.min(curveYs[k]![i]!, top)).toFixed(1)}`)
      .join(' '),
  }))
  const xTicks = niceTicks(lo, hi, Math.max(3, Math.floor(plotWidth / 90))).map((x) => ({
    x: xOf(x),
    label: tickLabel(x),
  }))
  const yTicks = niceTicks(0, top, Math.max(3, Math.floor(plotHeight / 50))).map((y) => ({
    y: yOf(y),
    label: tickLabel(y),
  }))
  return {
    width,
    height,
    ...margin,
    bars,
    curves: drawn,
    curve: drawn[0]?.points ?? '',
    xTicks,
    yTicks,
  }
}
