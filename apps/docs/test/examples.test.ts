import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { captureExample } from '../.vitepress/theme/lib/examples'

const names = readdirSync(new URL('../examples/', import.meta.url)).filter((f) => f.endsWith('.ts'))

/** Every guide example runs in Node with the same core the pages bundle, and prints something. */
describe('examples', () => {
  it.each(names)('%s runs and prints', async (name) => {
    const output = await captureExample(() => import(`../examples/${name}`))
    if (process.env.SHOW_EXAMPLES) console.info(`--- ${name}\n${output}`)
    expect(output.length).toBeGreaterThan(0)
    expect(output).not.toMatch(/NaN|undefined/)
  })
})
