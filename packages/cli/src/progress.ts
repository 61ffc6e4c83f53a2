import type { CliIo } from './io'

/**
 * A progress line on stderr: shown only when stderr is a terminal (and not `--quiet`), redrawn at
 * most ten times a second, erased when the work ends. Piped or redirected, it prints nothing.
 */
export interface Progress {
  /** Reports `done` of `total` units. */
  update(done: number, total: number): void
  /** Erases the line. */
  end(): void
}

/** Redraw interval. */
const INTERVAL_MS = 100

/**
 * Makes a {@link Progress} for one piece of work.
 *
 * @param io - the streams; progress is drawn only when `io.stderrIsTTY`
 * @param label - what is being done (`sample`, `patch`, …)
 * @param unit - `bytes` (shown in MB/GB, with a rate) or a plain count
 * @param quiet - `--quiet`: show nothing
 * @example
 * ```ts
 * import { processIo } from '@weightinit/cli'
 * import { createProgress } from './progress'
 * const progress = createProgress(processIo(), 'sample', 'bytes', false)
 * progress.update(1 << 20, 4 << 20)
 * progress.end()
 * ```
 */
export function createProgress(
  io: CliIo,
  label: string,
  unit: 'bytes' | 'items',
  quiet: boolean,
): Progress {
  if (!io.stderrIsTTY || quiet) return { update: () => undefined, end: () => undefined }
  const started = performance.now()
  let last = 0
  let drawn = false
  return {
    update(done, total) {
      const now = performance.now()
      if (now - last < INTERVAL_MS && done < total) return
      last = now
      const fraction = total > 0 ? done / total : 1
      const seconds = (now - started) / 1000
      const rate = seconds > 0 ? done / seconds : 0
      const eta = rate > 0 && done < total ? ` · ${Math.ceil((total - done) / rate)} s left` : ''
      const amount =
        unit === 'bytes'
          ? `${formatBytes(done)} / ${formatBytes(total)} · ${formatBytes(rate)}/s`
          : `${done} / ${total}`
      const width = 24
      const filled = Math.round(fraction * width)
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
      io.stderr.write(
        `\r\x1b[K${label} ${bar} ${(fraction * 100).toFixed(0).padStart(3)}% ${amount}${eta}`,
      )
      drawn = true
    },
    end() {
      if (drawn) io.stderr.write('\r\x1b[K')
      drawn = false
    },
  }
}

/**
 * A byte count in B, kB, MB, GB (powers of 1000, three significant digits).
 *
 * @param bytes - the count
 * @example
 * ```ts
 * import { formatBytes } from './progress'
 * formatBytes(268435456) // '268 MB'
 * ```
 */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${unit === 0 ? value : Number(value.toPrecision(3))} ${units[unit]}`
}
