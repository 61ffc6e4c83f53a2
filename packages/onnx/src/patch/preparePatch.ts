import type { InitSpec, ModelChange, ParameterValue, Plan } from '@weightinit/core'
import { bytesPerElement } from '@weightinit/core/dtype'
import { checkOptions, fail, type OptionNames } from '@weightinit/core/errors'
import { normalizeSeed } from '@weightinit/core/random'
import type { ModelAnalysis, TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import { analyze } from '../analyze/analyze'
import { checkOnnxModel } from '../model/checkOnnxModel'
import { dataTypeInfo } from '../model/dataTypeInfo'
import type { OnnxModel } from '../model/OnnxModel'
import { autoRecipe } from '../recipes/autoRecipe'
import { choose } from '../recipes/choose'
import type { InitChoice, RecipeAnswer } from '../recipes/initChoice'
import { kerasRecipe } from '../recipes/kerasRecipe'
import { parseRecipeConfig } from '../recipes/parseRecipeConfig'
import { parseRule } from '../recipes/parseRule'
import type { RecipeName } from '../recipes/recipeNames'
import type { RecipeOptions } from '../recipes/recipeOptions'
import { resolveRecipe } from '../recipes/resolveRecipe'
import type { Rule } from '../recipes/rule'
import { ruleMatcher } from '../recipes/ruleMatcher'
import { torchRecipe } from '../recipes/torchRecipe'
import type { SparseTensorProto, TensorProto } from '../schema/generated/onnx_pb'
import type { FillProgram } from './fillProgram'
import type { PatchOptions, PatchReport, TensorReport } from './patchTypes'
import { planTransfer, type TransferPlan } from './planTransfer'
import { resizeHeads } from './resizeHeads'
import { decideByScheme, type SchemeDecision } from './schemeDecider'
import type { TensorScheme } from './schemeReportTypes'
import { schemeSetup } from './schemeSetup'
import { sparseLinearIndices } from './sparseLinearIndices'
import { summarizeScheme } from './summarizeScheme'
import { summarizeTransfer } from './summarizeTransfer'
import { tensorProgram } from './tensorProgram'
import { tiedCopyProgram } from './tiedCopyProgram'
import { untieModel } from './untieModel'

/**
 * A prepared patch: the report, and for each tensor to change how to produce its bytes.
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { preparePatch, type PreparedPatch } from './preparePatch'
 * const prepared: PreparedPatch = preparePatch(await readModel('m.onnx'), { seed: 1 })
 * ```
 */
export interface PreparedPatch {
  /** The model patched: the input, or a resized copy when `heads` is given. */
  readonly model: OnnxModel
  readonly report: PatchReport
  readonly programs: ReadonlyMap<
    TensorProto,
    { readonly program: FillProgram; readonly byteLength: number }
  >
  readonly transfer: TransferPlan | null
}

const recipes = { auto: autoRecipe, torch: torchRecipe, keras: kerasRecipe } as const

/** The names {@link patch} takes in its options. */
const PATCH_OPTIONS = {
  seed: true,
  recipe: true,
  recipeOptions: true,
  untie: true,
  rules: true,
  from: true,
  mapping: true,
  reinitialize: true,
  heads: true,
  maxBytes: true,
  strict: true,
  minCopyFraction: true,
} as const satisfies OptionNames<PatchOptions>

/**
 * Decides what a patch does to every tensor, without drawing anything: transfer from a pre-trained
 * model, user rules (first match wins), then the recipe; each decision planned (fans, gain, std).
 * The heart of `planPatch` and `patch`.
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { preparePatch } from './preparePatch'
 * const { report } = preparePatch(await readModel('model.onnx'), { seed: 7, recipe: 'auto' })
 * ```
 */
export function preparePatch(input: OnnxModel, options: PatchOptions): PreparedPatch {
  checkOnnxModel(input)
  checkOptions(options, 'patch options', 'a seed', PATCH_OPTIONS)
  normalizeSeed(options.seed)
  const resized = options.heads === undefined ? input : resizeHeads(input, options.heads)
  const config =
    typeof options.recipe === 'string' || options.recipe === undefined
      ? parseRecipeConfig({ recipe: options.recipe ?? 'auto' })
      : parseRecipeConfig(options.recipe)
  const resolved = resolveRecipe(config.recipe ?? 'auto')
  // The built-in recipe behind a scheme: what decides the tensors the scheme does not.
  const recipeName: RecipeName = resolved.builtin
  const schemeOptions = { ...config.recipeOptions, ...checkedRecipeOptions(options.recipeOptions) }
  const untied =
    options.untie === undefined
      ? { model: resized, untied: new Map<string, string>(), untiedHeads: new Set<string>() }
      : untieModel(resized, options.untie)
  const model = untied.model
  const rules: Rule[] = [
    ...(options.rules ?? []).map((rule, i) => parseRule(rule, `rules[${i}]`)),
    ...(config.rules ?? []),
  ]
  const matchers = rules.map(ruleMatcher)
  const recipeOptions: RecipeOptions = {
    ...(config.unitForgetBias === undefined ? {} : { unitForgetBias: config.unitForgetBias }),
    ...(config.gains === undefined ? {} : { gains: config.gains }),
  }
  const analysis = analyze(model)
  const setup = schemeSetup(resolved, analysis, schemeOptions, untied.untiedHeads)
  const drawn: { scheme: TensorScheme; changes: readonly ModelChange[] }[] = []
  let fallback = 0
  const transfer = options.from === undefined ? null : planTransfer(analysis, options)
  // A transfer that copies little or nothing: warned about, or refused under strict, before work.
  const checked = transfer === null ? null : summarizeTransfer(transfer, options)
  // The stream key is the tensor's display name (its own name, or the PyTorch name recovered for a
  // made-up `onnx::MatMul_743`, which shifts whenever the export changes), prefixed with its graph
  // path when another graph has the same name. See apps/docs/guide/onnx.md, "Which name keys the
  // random stream".
  const counts = new Map<string, number>()
  for (const t of analysis.tensors) counts.set(t.displayName, (counts.get(t.displayName) ?? 0) + 1)
  const programs = new Map<TensorProto, { program: FillProgram; byteLength: number }>()
  const lines: TensorReport[] = []
  for (const tensor of analysis.tensors) {
    const key =
      (counts.get(tensor.displayName) ?? 0) > 1
        ? `${tensor.graphPath}/${tensor.displayName}`
        : tensor.displayName
    const use = tensor.primary ?? tensor.uses[0] ?? null
    const base = reportBase(tensor, key, use, untied.untied.get(tensor.name) ?? null)
    const copy = transfer?.copies.get(tensor.tensor)
    if (copy !== undefined) {
      lines.push(
        Object.assign(base, { action: 'copy', source: 'from', reason: copy.reason } as const),
      )
      continue
    }
    const sparse =
      tensor.kind === 'sparse_initializer' ? sparseLinearIndices(model, holderOf(tensor)) : null
    const decided = decide(
      tensor,
      rules,
      matchers,
      recipeName,
      recipeOptions,
      transfer?.reinitialized.get(tensor.tensor),
      setup === null ? null : (t) => decideByScheme(setup.inputs, t, key, sparse),
    )
    if ('drawn' in decided) {
      const { drawn: byScheme } = decided
      programs.set(tensor.tensor, {
        program: byScheme.program,
        byteLength: byScheme.program.size * bytesPerElement(byScheme.program.dtype),
      })
      drawn.push(byScheme)
      lines.push(
        Object.assign(base, fansOfPlan(byScheme.plan, base), {
          action: 'init' as const,
          spec: byScheme.spec,
          source: decided.source,
          scheme: byScheme.scheme,
          distribution: byScheme.plan.distribution,
          mean: byScheme.plan.mean,
          std: byScheme.plan.std,
          reason: byScheme.why,
        }),
      )
      continue
    }
    if ('skip' in decided || 'keep' in decided) {
      lines.push(
        Object.assign(base, {
          action: 'skip' in decided ? ('skip' as const) : ('keep' as const),
          source: decided.source,
          reason: 'skip' in decided ? decided.skip : decided.keep,
        }),
      )
      continue
    }
    if (decided.fallback) fallback++
    const { program, plan } = tensorProgram(tensor, decided.use, decided.choice, key, sparse)
    programs.set(tensor.tensor, {
      program,
      byteLength: program.size * bytesPerElement(program.dtype),
    })
    // Object.assign onto the fresh base, not `{ ...base, … }`: spreads cost tens of microseconds an
    // object in Node 20's V8, seconds for a model of 10^5 tensors.
    lines.push(
      Object.assign(base, fansOfPlan(plan, base), {
        action: 'init' as const,
        spec: decided.choice.spec,
        source: decided.source,
        distribution: plan.distribution,
        mean: plan.mean,
        std: plan.std,
        reason: decided.choice.why,
      }),
    )
  }
  mirrorTiedCopy(analysis, lines, programs, untied.untiedHeads)
  const changed = lines.filter((l) => l.action === 'init' || l.action === 'copy').length
  return {
    model,
    report: {
      seed: options.seed,
      recipe: resolved.name,
      scheme: setup === null ? null : summarizeScheme(setup, drawn, fallback),
      tensors: lines,
      changed,
      transfer: checked?.summary ?? null,
      warnings: checked === null || checked.warning === null ? [] : [checked.warning],
    },
    programs,
    transfer,
  }
}

type Decision =
  | {
      readonly choice: InitChoice
      readonly use: UseAnalysis | null
      readonly source: string
      /** The recipe's choice for a tensor the scheme left to it. */
      readonly fallback: boolean
    }
  | { readonly drawn: Extract<SchemeDecision, { kind: 'draw' }>; readonly source: string }
  | { readonly skip: string; readonly source: string }
  | { readonly keep: string; readonly source: string }

function decide(
  tensor: TensorAnalysis,
  rules: readonly Rule[],
  matchers: readonly ((tensor: TensorAnalysis) => boolean)[],
  recipeName: RecipeName,
  options: RecipeOptions,
  reinitialized: string | undefined,
  scheme: ((tensor: TensorAnalysis) => SchemeDecision) | null,
): Decision {
  const source = `recipe:${recipeName}`
  if (tensor.dtype === null) {
    return {
      keep: `${dataTypeInfo(tensor.dataType)?.name ?? `data type ${tensor.dataType}`} tensor: only float tensors are initialized`,
      source,
    }
  }
  if (tensor.kind === 'attribute')
    return { keep: 'an attribute value of a node, not a parameter', source }
  if (tensor.size === 0) return { skip: 'empty tensor', source }
  const ruleIndex = matchers.findIndex((matches) => matches(tensor))
  if (ruleIndex >= 0) {
    const rule = rules[ruleIndex]!
    const ruleSource = `rule[${ruleIndex}]`
    if (rule.init === 'keep') return { keep: 'kept by a rule', source: ruleSource }
    return {
      choice: ruleChoice(tensor, rule.init),
      use: tensor.primary,
      source: ruleSource,
      fallback: false,
    }
  }
  // A scheme draws what it places; what it leaves falls to the recipe (auto), saying why.
  const byScheme = scheme?.(tensor) ?? null
  if (byScheme?.kind === 'draw')
    return { drawn: byScheme, source: `scheme:${byScheme.scheme.scheme}` }
  if (byScheme?.kind === 'skip') return { skip: byScheme.why, source: `scheme:${byScheme.scheme}` }
  const note = byScheme === null ? '' : `${byScheme.why}; ${recipeName}: `
  if (tensor.primary === null) {
    const why =
      tensor.uses.length === 0
        ? 'unused'
        : tensor.uses
            .map((u) => u.note)
            .filter((n, i, all) => all.indexOf(n) === i)
            .join('; ')
    return { skip: `${tensor.role}: ${why}`, source }
  }
  const parameterUses = tensor.uses.filter(
    (u) =>
      u.role === tensor.primary!.role || !['constant', 'unknown', 'quantized'].includes(u.role),
  )
  const answers = parameterUses.map((use) => ({
    use,
    answer: recipes[recipeName](tensor, use, options),
  }))
  const first = answers[0]!
  if ('skip' in first.answer) return { skip: first.answer.skip, source }
  const signature = (answer: RecipeAnswer, use: UseAnalysis) =>
    'skip' in answer
      ? 'skip'
      : JSON.stringify([
          answer.spec,
          answer.structure,
          answer.overrides,
          answer.fanView === null ? null : [use.fans?.fanIn, use.fans?.fanOut],
        ])
  const signatures = new Set(answers.map((a) => signature(a.answer, a.use)))
  if (signatures.size > 1) {
    return {
      skip: `shared by uses that need different inits (${tensor.conflict ?? 'different fans or activations'}); add a rule to choose`,
      source,
    }
  }
  const why = `${note}${reinitialized === undefined ? first.answer.why : `${reinitialized}: ${first.answer.why}`}`
  return { choice: { ...first.answer, why }, use: first.use, source, fallback: byScheme !== null }
}

/** A rule's spec laid over the tensor like the recipe would: fans from the primary use, per direction or block. */
function ruleChoice(tensor: TensorAnalysis, spec: InitSpec): InitChoice {
  const use = tensor.primary
  if (use === null) return choose(spec, null, 'from a rule')
  if (use.role === 'recurrent_weight' && use.gates !== null) {
    return choose(spec, null, 'from a rule, per direction', {
      structure: { kind: 'directions', count: use.gates.directions },
    })
  }
  if (use.role === 'attention_weight' && use.fanView === null && use.blocks !== null) {
    return choose(spec, null, 'from a rule, per Q/K/V block', {
      structure: { kind: 'blocks', sizes: use.blocks.sizes, names: use.blocks.names },
    })
  }
  return choose(spec, use.fanView, 'from a rule')
}

/** `recipeOptions` checked: a plain object of numbers, booleans and strings (or nothing). */
function checkedRecipeOptions(value: unknown): Readonly<Record<string, ParameterValue>> {
  if (value === undefined) return {}
  const ok =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => ['number', 'boolean', 'string'].includes(typeof v))
  if (!ok) {
    fail(
      'INVALID_ARGUMENT',
      'recipeOptions must be an object of option → number, boolean or string, like { std: 0.01 }',
      { recipeOptions: value },
    )
  }
  return value as Readonly<Record<string, ParameterValue>>
}

/**
 * A tied head the exporter stored twice (GPT-2's `wte` and its transposed copy for `lm_head`): when
 * both are drawn by the recipe or scheme (no rule for the copy, not untied), the copy takes the
 * embedding's very draw, transposed, so they stay one parameter.
 */
function mirrorTiedCopy(
  analysis: ModelAnalysis,
  lines: TensorReport[],
  programs: Map<TensorProto, { program: FillProgram; byteLength: number }>,
  untiedHeads: ReadonlySet<string>,
): void {
  const tied = analysis.transformer?.tiedHead ?? null
  if (tied === null || tied.kind !== 'copy' || untiedHeads.has(tied.head)) return
  const find = (name: string) =>
    analysis.tensors.find((t) => t.graphPath === 'main' && t.name === name)
  const lineOf = (name: string) => lines.find((l) => l.graphPath === 'main' && l.name === name)
  const [head, embedding] = [find(tied.head), find(tied.embedding)]
  const [headLine, tableLine] = [lineOf(tied.head), lineOf(tied.embedding)]
  const table = embedding === undefined ? undefined : programs.get(embedding.tensor)
  if (head === undefined || headLine === undefined || tableLine === undefined) return
  if (table === undefined || headLine.action !== 'init' || headLine.source.startsWith('rule'))
    return
  const program = tiedCopyProgram(head, table.program, tied)
  if (program === null) return
  programs.set(head.tensor, { program, byteLength: program.size * bytesPerElement(program.dtype) })
  Object.assign(headLine, {
    spec: tableLine.spec,
    source: tableLine.source,
    scheme: tableLine.scheme,
    distribution: tableLine.distribution,
    mean: tableLine.mean,
    std: tableLine.std,
    reason: `tied to ${tableLine.displayName}: the ${tied.transposed ? 'transpose' : 'copy'} of its draw (the exporter stored the tied head twice)`,
  })
}

function holderOf(tensor: TensorAnalysis): SparseTensorProto {
  return tensor.sparse!
}

function reportBase(
  tensor: TensorAnalysis,
  key: string,
  use: UseAnalysis | null,
  untiedFrom: string | null,
): TensorReport {
  const activation = use?.activation ?? null
  return {
    name: tensor.name,
    displayName: tensor.displayName,
    recoveredName: tensor.recoveredName,
    key,
    kind: tensor.kind,
    graphPath: tensor.graphPath,
    isGraphInput: tensor.isGraphInput,
    op: use?.op ?? null,
    role: tensor.role,
    place: tensor.place,
    sharing: tensor.sharing,
    untiedFrom: tensor.graphPath === 'main' ? untiedFrom : null,
    shape: tensor.shape,
    dtype: tensor.dtype,
    fanIn: use?.fans?.fanIn ?? null,
    fanOut: use?.fans?.fanOut ?? null,
    activation:
      activation === null
        ? null
        : { nonlinearity: activation.nonlinearity, param: activation.param, op: activation.op },
    gain: activation?.gain ?? null,
    action: 'skip',
    spec: null,
    source: '',
    scheme: null,
    distribution: null,
    mean: null,
    std: null,
    reason: '',
  }
}

/** The fans a plan actually used (they may differ from the primary use's, e.g. torch's as-stored fans). */
function fansOfPlan(plan: Plan, base: TensorReport): Pick<TensorReport, 'fanIn' | 'fanOut'> {
  if (
    'fanIn' in plan &&
    typeof plan.fanIn === 'number' &&
    'fanOut' in plan &&
    typeof plan.fanOut === 'number'
  ) {
    return { fanIn: plan.fanIn, fanOut: plan.fanOut }
  }
  return { fanIn: base.fanIn, fanOut: base.fanOut }
}
