import { type Plan, plan } from '@weightinit/core'
import type { Command } from 'commander'
import { type CommandContext, type CommonFlags, finishCommand } from '../context'
import { escapeControls } from '../escapeControls'
import { describeDraw, frameworkName, num, planJson, table, toJson } from '../format'
import { write } from '../io'
import { quoteName } from '../quoteName'
import { addInitFlags, type InitFlags, planInput } from '../spec'

/** The flags of `weightinit plan`. */
interface PlanFlags extends InitFlags, CommonFlags {
  readonly json?: boolean
}

/**
 * `weightinit plan <init> --shape …`: the resolved parameters of one tensor's initialization, with
 * how each number was derived, as a table or (`--json`) one JSON object.
 *
 * @param program - the root command
 * @param context - streams and exit code
 * @example
 * ```sh
 * weightinit plan kaiming_normal --shape 64,3,3,3 --nonlinearity relu
 * weightinit plan he_normal --shape 3,3,3,64 --json
 * ```
 */
export function registerPlan(program: Command, context: CommandContext): Command {
  const command = program
    .command('plan')
    .summary('the parameters of an initializer for a shape, and how each was derived')
    .description(
      'Resolve an initializer for one tensor without sampling: distribution, fans, gain, mean, std, σ and bounds, each with the formula that gave it. Names keep their home framework’s semantics (kaiming_normal is PyTorch’s, he_normal Keras’s).',
    )
    .argument(
      '<init>',
      'initializer name: kaiming_normal, he_normal, xavier_uniform, orthogonal, …',
    )
  addInitFlags(command).option('--json', 'print one JSON object instead of the table')
  finishCommand(command, [
    ['weightinit plan kaiming_normal --shape 64,3,3,3', 'PyTorch Conv2d(3, 64, 3) weight'],
    ['weightinit plan kaiming_uniform --shape 256,128 --param 2.2360679', 'torch Linear default'],
    ['weightinit plan he_normal --shape 3,3,3,64 --json', 'Keras: truncated, σ corrected'],
    ['weightinit plan kaiming_normal --shape 32,1,3,3 --groups 32 --mode fan_out', 'depthwise'],
    ['weightinit plan trunc_normal --shape 768,768 --std 0.02 --a -0.04 --b 0.04', 'ViT-style'],
  ])
  command.action(async (init: string, flags: PlanFlags) => {
    const input = planInput(init, flags)
    const planned = plan(input.spec, input.shape, input.options)
    const text = flags.json === true ? toJson(planJson(planned)) : renderPlan(planned)
    await write(context.io.stdout, `${text}\n`)
  })
  return command
}

/**
 * The human-readable plan: what it is, what it draws, each derived number with its formula, the
 * options in effect and any warnings.
 *
 * @param planned - a plan from core's `plan()`
 */
function renderPlan(planned: Plan): string {
  const layout =
    'layout' in planned && planned.layout !== undefined ? `, layout ${planned.layout}` : ''
  const alias = planned.init === planned.initializer ? '' : ` = ${planned.initializer}`
  const lines = [
    `${planned.init}${alias} (${frameworkName(planned.framework)} semantics), shape [${planned.shape.join(', ')}]${layout}`,
    `draws ${describeDraw(planned)}`,
    '',
    table(
      ['quantity', 'value', 'derivation'],
      planned.explanation.map((step) => [step.quantity, num(step.value), step.formula]),
    ),
  ]
  const options = Object.entries(planned.options)
  if (options.length > 0) {
    lines.push(
      '',
      `options: ${options.map(([name, value]) => `${name}=${typeof value === 'number' ? num(value) : quoteName(String(value))}`).join(', ')}`,
    )
  }
  for (const warning of planned.warnings) lines.push(`warning: ${escapeControls(warning)}`)
  return lines.join('\n')
}
