import { describeScheme, type ResolvedParameter } from '@weightinit/core'
import type { PatchReport, SchemeReport, TensorReport } from '@weightinit/onnx'
import { escapeControls } from './escapeControls'
import { compactSpec, num } from './format'
import { short } from './onnxFlags'
import { quoteName } from './quoteName'
import { shownName } from './shownName'

/** The most names one shared tensor's line lists. */
const LISTED_USES = 6

/**
 * The lines a patch prints after its table: the scheme (which, why, what the graph implied, every
 * parameter with where its value came from — an override says what it overrode), what else the
 * model must change, and every tensor used in more than one place with its uses. Empty for a
 * built-in recipe on a model with no shared tensor.
 *
 * @param report - the patch report
 * @example
 * ```ts
 * import { renderScheme } from './renderScheme'
 * declare const report: import('@weightinit/onnx').PatchReport
 * console.log(renderScheme(report).join('\n'))
 * ```
 */
export function renderScheme(report: PatchReport): string[] {
  const lines: string[] = []
  if (report.scheme !== null) lines.push('', ...schemeLines(report.scheme, report.recipe))
  const shared = report.tensors.filter((t) => t.sharing !== null)
  if (shared.length > 0) {
    lines.push('', 'shared tensors (one tensor for several parameters):')
    for (const t of shared) lines.push(`  ${sharedLine(t)}`)
  }
  const untied = report.tensors.filter((t) => t.untiedFrom !== null)
  if (untied.length > 0) {
    const from = new Set(untied.map((t) => t.untiedFrom))
    lines.push(
      '',
      `untied: ${untied.length} new tensors, each named after its parameter, split from ${from.size} shared ones`,
    )
  }
  return lines
}

/**
 * The warning a patch prints once on stderr when tensors stay shared between parameters the
 * exporter de-duplicated (or a layer applied twice): each keeps one draw for all its uses. `null`
 * when there are none (a head tied on purpose is not warned about).
 *
 * @param report - the patch report
 * @example
 * ```ts
 * import { sharedWarning } from './renderScheme'
 * declare const report: import('@weightinit/onnx').PatchReport
 * sharedWarning(report) // '9 tensors are each shared by several parameters …'
 * ```
 */
export function sharedWarning(report: PatchReport): string | null {
  const shared = report.tensors.filter(
    (t) => t.sharing !== null && t.sharing.kind !== 'tied' && t.action === 'init',
  )
  if (shared.length === 0) return null
  const count = shared.length === 1 ? '1 tensor is' : `${shared.length} tensors are each`
  return `${count} shared by several parameters (the exporter kept one tensor for equal values; see "shared tensors"): one draw serves all their uses; --untie gives each use its own tensor and draw`
}

/**
 * The `init` and `std` cells of a patch table row: a packed tensor drawn block by block shows each
 * block's spec and std (`Q/K/V`).
 *
 * @param t - a report line
 * @example
 * ```ts
 * import { drawCells } from './renderScheme'
 * declare const line: import('@weightinit/onnx').TensorReport
 * drawCells(line) // ['torch_default / torch_default / uniform(a=-0.06, b=0.06)', '0.1021/0.1021/0.05103']
 * ```
 */
export function drawCells(t: TensorReport): [string, string] {
  const parts = t.scheme?.parts ?? null
  if (t.action !== 'init') return [t.action, short(t.std)]
  if (parts === null) return [compactSpec(t.spec), short(t.std)]
  return [
    parts.map((p) => compactSpec(p.spec)).join(' / '),
    parts.map((p) => short(p.std)).join('/'),
  ]
}

function schemeLines(scheme: SchemeReport, recipe: string): string[] {
  const chosen = scheme.chosenBy === 'auto' ? `auto, for ${scheme.why}` : `--recipe ${recipe}`
  const context = Object.entries(scheme.context).map(
    ([key, value]) => `${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)} ${String(value)}`,
  )
  const defaults = new Map(describeScheme(scheme.name).options.map((o) => [o.key, o.default]))
  const parameters = Object.entries(scheme.parameters).map(
    ([key, p]) => `${key} ${value(p.value)} (${origin(p, defaults.get(key))})`,
  )
  const lines = [
    `scheme ${scheme.name} (${chosen}): ${scheme.summary}`,
    `  the graph says: ${context.length === 0 ? 'nothing (no transformer recognized)' : context.join(', ')}`,
    `  parameters: ${parameters.length === 0 ? 'none read' : parameters.join(', ')}`,
    `  drew ${scheme.drawn} tensors${scheme.fallback === 0 ? '' : `; ${scheme.fallback} it has no rule or place for took auto's choice (see their why)`}`,
  ]
  if (scheme.changes.length > 0) {
    lines.push('', `what else to change (weightinit sets only the weights; ${scheme.name}):`)
    for (const c of scheme.changes) {
      const roles = c.kind === 'learning_rate' ? ` [${c.roles.join(', ')}]` : ''
      lines.push(`  ${c.kind.replace('_', ' ')}${roles}: ${c.change} — ${c.formula} (${c.source})`)
    }
  }
  return lines
}

function value(v: ResolvedParameter['value']): string {
  return typeof v === 'number' ? num(v) : escapeControls(String(v))
}

function origin(p: ResolvedParameter, fallback: ResolvedParameter['value'] | undefined): string {
  if (p.origin === 'context') return 'from the graph'
  if (p.origin === 'default') return 'default'
  if (p.contextValue !== undefined) {
    return `--recipe-option, overrides the graph's ${value(p.contextValue)}`
  }
  return fallback === undefined
    ? '--recipe-option'
    : `--recipe-option, overrides the default ${value(fallback)}`
}

function sharedLine(t: TensorReport): string {
  const sharing = t.sharing!
  const names = sharing.names.slice(0, LISTED_USES).map(quoteName)
  const more =
    sharing.names.length > LISTED_USES ? `, … ${sharing.names.length - LISTED_USES} more` : ''
  const roles = sharing.conflictingRoles ? ', roles differ' : ''
  return `${quoteName(shownName(t))}: ${sharing.kind}, ${sharing.names.length} parameters${roles}: ${names.join(', ')}${more}`
}
