import { describeValue, fail } from '@weightinit/core/errors'
import type { PatchOptions, TransferSummary } from './patchTypes'
import type { TransferPlan } from './planTransfer'

/**
 * The share of the tensors a transfer is meant to fill that it must copy, by default, not to be
 * warned about (or, under `strict`, refused): one half.
 */
const DEFAULT_MIN_COPY_FRACTION = 0.5

/** How many unmatched names a warning or error quotes. */
const QUOTED = 3

/**
 * Sums up what a transfer copied, with a warning when it copied nothing or less than
 * `minCopyFraction` of the tensors it is meant to fill (names that differ between the models, most
 * often), and refuses it under `strict`.
 *
 * @param transfer - the transfer plan
 * @param options - `strict` and `minCopyFraction`
 * @returns the summary, and the warning (or `null`)
 * @throws `TRANSFER_MISMATCH` under `strict` when the warning would be given; `INVALID_ARGUMENT` for
 *   a `strict` that is not a boolean or a `minCopyFraction` outside [0, 1]
 *
 * @example
 * ```ts
 * import { summarizeTransfer } from './summarizeTransfer'
 * const plan = { copies: new Map(), reinitialized: new Map(), candidates: 102, copied: 0, unmatched: ['conv1.weight'] }
 * summarizeTransfer(plan, {}).warning // "the transfer copied 0 of the 102 tensors it could fill …"
 * ```
 */
export function summarizeTransfer(
  transfer: TransferPlan,
  options: Pick<PatchOptions, 'strict' | 'minCopyFraction'>,
): { summary: TransferSummary; warning: string | null } {
  const { strict = false, minCopyFraction = DEFAULT_MIN_COPY_FRACTION } = options
  if (typeof strict !== 'boolean') {
    fail('INVALID_ARGUMENT', `strict must be true or false, got ${describeValue(strict)}`, {
      strict,
    })
  }
  if (typeof minCopyFraction !== 'number' || !(minCopyFraction >= 0 && minCopyFraction <= 1)) {
    fail(
      'INVALID_ARGUMENT',
      `minCopyFraction must be a number from 0 to 1, got ${describeValue(minCopyFraction)}`,
      { minCopyFraction },
    )
  }
  const { candidates, copied, unmatched } = transfer
  const fraction = candidates === 0 ? 1 : copied / candidates
  const summary: TransferSummary = {
    candidates,
    copied,
    fraction,
    minFraction: minCopyFraction,
    unmatched,
  }
  const few = candidates > 0 && (copied === 0 || fraction < minCopyFraction)
  if (!few) return { summary, warning: null }
  const quoted = unmatched
    .slice(0, QUOTED)
    .map((name) => `'${name}'`)
    .join(', ')
  const why =
    unmatched.length === 0
      ? ''
      : `: ${unmatched.length} have no tensor of that name in the pre-trained model (${quoted}${unmatched.length > QUOTED ? ', …' : ''}); pair them with mapping`
  const text = `the transfer copied ${copied} of the ${candidates} tensors it could fill (${percent(fraction)}), less than the ${percent(minCopyFraction)} expected (minCopyFraction)${why}`
  if (strict) {
    fail('TRANSFER_MISMATCH', `${text}; strict refuses it`, {
      copied,
      candidates,
      minFraction: minCopyFraction,
      unmatched: unmatched.slice(0, QUOTED),
      unmatchedCount: unmatched.length,
      option: 'strict',
    })
  }
  return { summary, warning: `${text}; pass strict to make this an error` }
}

/** "50%", "1.2%". */
function percent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`
}
