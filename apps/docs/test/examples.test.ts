import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { captureExample, type ExampleLoader } from '../.vitepress/theme/lib/examples'

const modules = import.meta.glob('../examples/*.ts') as Record<string, ExampleLoader>
const names = Object.keys(modules).map((path) => path.replace('../examples/', ''))

/** Every guide example runs in Node with the same core the pages bundle, and prints something. */
describe('examples', () => {
  it.each(names)('%s runs and prints', async (name) => {
    const output = await captureExample(modules[`../examples/${name}`]!)
    if (process.env.SHOW_EXAMPLES) console.info(`--- ${name}\n${output}`)
    expect(output.length).toBeGreaterThan(0)
    expect(output).not.toMatch(/NaN|undefined/)
  })
})

const nodeModules = import.meta.glob('../examples/node/*.ts') as Record<string, ExampleLoader>
const nodeNames = Object.keys(nodeModules).map((path) => path.replace('../examples/node/', ''))

/**
 * The adapters' examples (files, threads, tfjs, onnxruntime-node) run in Node only: the pages show
 * them but do not bundle them. Each runs from the workspace sources and prints something.
 */
describe('node examples', () => {
  it.each(nodeNames)('node/%s runs and prints what its page says it prints', async (name) => {
    const output = await captureExample(nodeModules[`../examples/node/${name}`]!)
    if (process.env.SHOW_EXAMPLES) console.info(`--- node/${name}\n${output}`)
    expect(output.length).toBeGreaterThan(0)
    expect(output).not.toMatch(/NaN|undefined/)
    // A page that shows this example's output (the ```text block after "It prints") shows this.
    for (const shown of documentedOutputs(name)) expect(output).toBe(shown)
  })
})

/**
 * The outputs the guide shows for a Node example: the first ```text block after each
 * `<<< @/examples/node/NAME` line that is followed by a paragraph starting "It prints".
 */
function documentedOutputs(name: string): string[] {
  const guide = new URL('../guide/', import.meta.url)
  const outputs: string[] = []
  for (const file of readdirSync(guide).filter((f) => f.endsWith('.md'))) {
    const lines = readFileSync(new URL(file, guide), 'utf8').split('\n')
    lines.forEach((line, at) => {
      if (line.trim() !== `<<< @/examples/node/${name}`) return
      const prints = lines.findIndex((l, i) => i > at && l.startsWith('It prints'))
      if (prints < 0 || prints > at + 3) return
      const open = lines.findIndex((l, i) => i > prints && l.startsWith('```text'))
      const close = lines.findIndex((l, i) => i > open && l.startsWith('```'))
      outputs.push(lines.slice(open + 1, close).join('\n'))
    })
  }
  return outputs
}
