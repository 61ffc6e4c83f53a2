import type { FanView } from '../analyze/analysisTypes'
import { choose } from './choose'
import type { RoleChooser } from './roleChooser'

/** An LSTM/GRU/RNN kernel: `glorot_uniform` over the whole `[I, gates·H]` kernel. */
const gateKernel: RoleChooser = (tensor, use) => {
  const [d, gh, i] = tensor.shape
  if (tensor.shape.length !== 3 || d === undefined || gh === undefined || i === undefined)
    return { skip: `${use.op} W of unexpected shape` }
  const view: FanView = {
    shape: [d, gh, i],
    layout: { inAxis: 2, outAxis: 1, batchAxis: 0 },
    groups: 1,
  }
  return choose(
    { init: 'glorot_uniform' },
    view,
    `Keras ${use.op} kernel: glorot_uniform over [I, gates·H]`,
  )
}

/** A `Dense`/`Conv*` kernel: `glorot_uniform` on the fans Keras computes (as stored). */
const kernel: RoleChooser = (_tensor, use) => {
  const view = use.torchFans ?? use.fanView
  if (view === null) return { skip: `${use.op} weight whose fans are unknown: ${use.note}` }
  return choose({ init: 'glorot_uniform' }, view, 'Keras kernel default: glorot_uniform')
}

/**
 * The choosers of the `keras` recipe that differ from the other recipes'.
 *
 * @remarks Internal: read by the table `roleChoosers`.
 *
 * @example
 * ```ts
 * import { kerasChoosers } from './kerasChoosers'
 * const chooser = kerasChoosers.kernel
 * ```
 */
export const kerasChoosers = { gateKernel, kernel } as const
