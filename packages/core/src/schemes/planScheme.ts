import { describeValue } from '../errors/describeValue'
import { validateShape } from '../errors/validateShape'
import { fail } from '../errors/WeightinitError'
import { plan } from '../plan/plan'
import type { Plan } from '../plan/planTypes'
import { packedBlocks } from './packedBlocks'
import { parameterReader } from './parameterReader'
import type { SchemePart, SchemePlan, SchemeRequest } from './planScheme.types'
import { resolveRole } from './resolveRole'
import { resolveScheme } from './resolveScheme'
import { type Role, roles } from './roles'
import { ruleInput, type TensorPlace } from './ruleInput'
import type { Rule, SchemeDefinition, SchemeStep } from './schemeDefinition'
import { type SchemeName, schemes } from './schemes'

/** The fields that say what a plan draws: equal on two plans means the same distribution. */
const DRAW_FIELDS = ['distribution', 'mean', 'std', 'low', 'high', 'mu', 'sigma', 'value', 'gain']

function sameDraw(a: Plan, b: Plan): boolean {
  const pick = (p: Plan) => DRAW_FIELDS.map((key) => (p as unknown as Record<string, unknown>)[key])
  return JSON.stringify(pick(a)) === JSON.stringify(pick(b))
}

/**
 * Plans one tensor under a model-level scheme: from the scheme (by name, with option overrides),
 * the tensor's role, shape and place, and the model context, the core spec it is drawn with and
 * its {@link plan}, with every step that derived it (formula, constant, source, where each
 * parameter came from) and the forward and learning-rate changes the scheme needs elsewhere.
 *
 * @param request - scheme, role, shape (layout, block, stack), context and options
 * @returns a whole-tensor plan, or, for a packed Q/K/V tensor whose blocks draw differently, one
 *   plan per block
 * @throws `UNKNOWN_SCHEME`, `UNKNOWN_ROLE`, `UNKNOWN_SCHEME_OPTION` (with the closest name),
 *   `ROLE_NOT_IN_SCHEME`, `MISSING_SCHEME_OPTION` (naming the `--recipe-option` key),
 *   `INVALID_SCHEME_OPTION`, and whatever {@link plan} throws for the spec and shape
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({
 *   scheme: 'gpt2', role: 'attention_output', shape: [768, 768], context: { layers: 12 },
 * })
 * if (!p.packed) console.log(p.spec, p.plan.std) // { init: 'normal', std: 0.02/√24 }
 * for (const step of p.explanation) console.log(step.quantity, step.value, step.formula, step.source)
 * ```
 */
export function planScheme<S extends SchemeName>(given: SchemeRequest<S>): SchemePlan {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    fail(
      'INVALID_ARGUMENT',
      `planScheme takes a request object ({ scheme, … }), got ${describeValue(given)}`,
    )
  }
  const request = given as SchemeRequest
  const scheme = resolveScheme(request.scheme)
  const definition: SchemeDefinition = schemes[scheme]
  const role = resolveRole(request.role)
  validateShape(request.shape)
  const shape = [...request.shape]
  const layout = request.layout ?? 'oihw'
  for (const [name, value] of [
    ['options', request.options],
    ['context', request.context],
  ] as const) {
    if (
      value !== undefined &&
      (typeof value !== 'object' || value === null || Array.isArray(value))
    ) {
      fail(
        'INVALID_ARGUMENT',
        `planScheme: ${name} must be an object, got ${describeValue(value)}`,
        {
          [name]: value,
        },
      )
    }
  }
  const options = (request.options ?? {}) as Readonly<Record<string, unknown>>
  const reader = parameterReader(scheme, definition, role, options, request.context ?? {})
  const rule = definition.rules[role]
  const packs = (roles[role] as { packs?: readonly Role[] }).packs
  if (rule === undefined && (packs === undefined || packs.some((p) => !definition.rules[p]))) {
    fail(
      'ROLE_NOT_IN_SCHEME',
      `${scheme} has no rule for ${role} (${roles[role].summary}); it initializes ${Object.keys(definition.rules).join(', ')}`,
      { scheme, role },
    )
  }
  for (const key of definition.requires ?? []) reader.read(key)
  const alias: SchemeStep[] =
    request.scheme === scheme
      ? []
      : [{ quantity: 'scheme', value: scheme, formula: `${String(request.scheme)} is ${scheme}` }]
  const place = (part: Role, partShape: readonly number[]): TensorPlace => ({
    scheme,
    role: part,
    shape: partShape,
    layout,
    block: request.block,
    stack: request.stack,
    fanIn: request.fanIn,
  })
  const apply = (part: Role, partShape: readonly number[], partRule: Rule) => {
    const { input, steps } = ruleInput(place(part, partShape), reader)
    const out = partRule(input)
    return { out, steps: [...steps, ...out.steps], plan: plan(out.spec, partShape, { layout }) }
  }
  const base = { scheme, role, shape, layout }
  const finish = (explanation: SchemeStep[]) => ({
    ...base,
    parameters: { ...reader.resolved },
    explanation: [...alias, ...reader.steps, ...explanation],
    changes:
      definition.changes?.({
        role,
        stack: request.stack,
        has: (key) => reader.peek(key) !== undefined,
        number: (key) => reader.peek(key) as number,
        word: (key) => reader.peek(key) as string,
      }) ?? [],
  })

  if (rule !== undefined) {
    const whole = apply(role, shape, rule)
    const zeroRow = whole.out.zeroRow === undefined ? {} : { zeroRow: whole.out.zeroRow }
    return {
      ...finish(whole.steps),
      packed: false,
      spec: whole.out.spec,
      plan: whole.plan,
      ...zeroRow,
    }
  }

  const split = packedBlocks(scheme, role, packs!, shape, layout, reader)
  const parts: SchemePart[] = split.blocks.map(({ role: part, start, size }) => {
    const partShape = shape.map((n, axis) => (axis === split.axis ? size : n))
    const drawn = apply(part, partShape, definition.rules[part]!)
    return {
      role: part,
      start,
      size,
      shape: partShape,
      spec: drawn.out.spec,
      plan: drawn.plan,
      explanation: drawn.steps,
    }
  })
  const first = parts[0]!
  const alike = parts.every((p) => JSON.stringify(p.spec) === JSON.stringify(first.spec))
  const wholePlan = alike ? plan(first.spec, shape, { layout }) : undefined
  if (wholePlan !== undefined && parts.every((p) => sameDraw(p.plan, wholePlan))) {
    const note: SchemeStep = {
      quantity: 'blocks',
      value: parts.map((p) => p.size).join(' + '),
      formula: `${parts.map((p) => p.role).join(', ')} draw alike: the packed tensor is drawn whole`,
    }
    return {
      ...finish([...split.steps, ...first.explanation, note]),
      packed: false,
      spec: first.spec,
      plan: wholePlan,
    }
  }
  return { ...finish([...split.steps]), packed: true, axis: split.axis, parts }
}
