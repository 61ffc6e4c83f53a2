import { statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { codeSnippets } from '../.vitepress/theme/lib/codeSnippets'
import { runPlayground, stateFromQuery } from '../.vitepress/theme/lib/playground'
import { accessibilityViolations } from './accessibility'
import { openPage } from './openPage'
import { artifactsDir, builtPages, distDir, ensureBuilt } from './site'
import { useSite } from './useSite'

ensureBuilt()

const site = useSite()

/** Waits for every signal explorer of the page to finish. */
async function signalsDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll<HTMLElement>('.wi-signal')).every(
        (explorer) => explorer.dataset['state'] === 'done',
      ),
    undefined,
    { timeout: 150_000 },
  )
}

/**
 * Every plot's text as it is drawn on screen: the smallest font size of its labels in CSS pixels
 * (the SVG's scale times the label's font size), and its height over its width.
 */
async function plotMetrics(page: Page): Promise<{ fontPx: number; aspect: number }[]> {
  return page.$$eval('.wi-plot > svg[viewBox]', (svgs) =>
    svgs.map((svg) => {
      const box = svg.getBoundingClientRect()
      const viewBox = (svg as SVGSVGElement).viewBox.baseVal
      const scale = box.width / viewBox.width
      const sizes = Array.from(svg.querySelectorAll('text')).map(
        (t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale,
      )
      return { fontPx: Math.min(...sizes), aspect: box.height / box.width }
    }),
  )
}

describe('plots that never mislead', () => {
  it('scales the signal page’s axes to the data, states the step, and draws zeros in a band', async () => {
    const { page, problems } = await openPage(
      site.browser,
      site.server,
      '/guide/signal-propagation.html',
    )
    try {
      await signalsDone(page)
      // Every plot says how far apart its grid lines are.
      const notes = await page.$$eval('[data-testid="plot-scale"]', (ps) =>
        ps.map((p) => p.textContent ?? ''),
      )
      expect(notes).toHaveLength(2)
      for (const note of notes) expect(note).toMatch(/grid line every factor of 10/)
      // The ReLU panel reaches 10⁴⁵ (normal, std 1), and has 1 on its axis.
      const relu = page.locator('.wi-panel').nth(1)
      const ticks = await relu.locator('.wi-axis text').allTextContents()
      expect(ticks.map((t) => t.trim())).toContain('1')
      const exponents = ticks
        .map((t) => t.trim())
        .filter((t) => t.startsWith('10'))
        .map((t) =>
          Number(
            Array.from(t.slice(2), (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))
              .map((i) => (i === 0 ? '-' : String(i - 1)))
              .join('') || '1',
          ),
        )
      expect(Math.max(...exponents)).toBeGreaterThanOrEqual(45)
      // The zeros curve lies in the zero band, and is no line on the axis.
      expect(await relu.locator('.wi-zero-band').count()).toBe(1)
      expect(await relu.locator('polyline.wi-line-zero').count()).toBeGreaterThan(0)
      // Readable on a phone: labels at 11 px or more, and a plot taller than a strip.
      await page.setViewportSize({ width: 390, height: 844 })
      await page.waitForTimeout(300)
      const metrics = await plotMetrics(page)
      expect(metrics.length).toBe(2)
      for (const m of metrics) {
        expect(m.fontPx).toBeGreaterThanOrEqual(11)
        expect(m.aspect).toBeGreaterThan(0.8)
      }
      await page.screenshot({ path: join(artifactsDir, 'signal-phone.png'), fullPage: true })
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.waitForTimeout(300)
      await page
        .locator('.wi-signal')
        .screenshot({ path: join(artifactsDir, 'signal-desktop.png') })
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('draws the batch-norm page’s zeros in the zero band, not at 0.1', async () => {
    const { page, problems } = await openPage(
      site.browser,
      site.server,
      '/guide/normalization.html',
    )
    try {
      await signalsDone(page)
      const first = page.locator('.wi-signal').first()
      expect(await first.locator('.wi-zero-band').count()).toBe(1)
      expect(await first.locator('polyline.wi-line-zero').count()).toBeGreaterThan(0)
      await first.screenshot({ path: join(artifactsDir, 'normalization-batch.png') })
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })

  it.each([
    ['/guide/truncation.html', 'truncation', 3],
    ['/guide/random.html', 'uniform-normal', 2],
  ] as const)(
    '%s draws the formulas’ densities over the sampled histograms',
    async (path, name, panels) => {
      const { page, problems } = await openPage(site.browser, site.server, path)
      try {
        const comparison = page.locator(`[data-comparison="${name}"]`)
        expect(await comparison.locator('[data-testid="histogram"]').count()).toBe(panels)
        // Each panel: its own formula, and the others' dashed where the page compares them.
        const curves = await comparison
          .locator('[data-testid="histogram"]')
          .evaluateAll((svgs) =>
            svgs.map((svg) => svg.querySelectorAll('polyline.wi-density').length),
          )
        expect(curves).toEqual(name === 'truncation' ? [1, 2, 2] : [2, 2])
        // Axis labels.
        const labels = await comparison.locator('.wi-axis text').allTextContents()
        expect(labels.map((l) => l.trim())).toContain('density')
        await page.setViewportSize({ width: 390, height: 844 })
        await page.waitForTimeout(300)
        for (const m of await plotMetrics(page)) expect(m.fontPx).toBeGreaterThanOrEqual(11)
        await comparison.screenshot({ path: join(artifactsDir, `density-${name}-phone.png`) })
        expect(problems).toEqual([])
      } finally {
        await page.close()
      }
    },
  )
})

describe('a site that reads like a reference', () => {
  it('renders formulas as math at build time: KaTeX with MathML, nothing fetched', async () => {
    const { page, problems } = await openPage(
      site.browser,
      site.server,
      '/guide/why-initialization.html',
    )
    try {
      expect(await page.locator('.vp-doc .katex-display').count()).toBeGreaterThan(0)
      expect(await page.locator('.vp-doc .katex math').count()).toBeGreaterThan(3)
      // No TeX source left as text.
      const text = await page.locator('.vp-doc').evaluate((doc) => {
        const clone = doc.cloneNode(true) as HTMLElement
        for (const math of Array.from(clone.querySelectorAll('.katex'))) math.remove()
        return clone.textContent ?? ''
      })
      expect(text).not.toMatch(/\$[^$]*\\(operatorname|frac|sqrt|delta)/)
      // The fonts come from the site itself.
      await page.evaluate(() => document.fonts.ready)
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })

  it.each([1280, 390])(
    'shows every framework column of the porting tables beside a sticky first column at %i px',
    async (width) => {
      const { page, problems } = await openPage(site.browser, site.server, '/porting.html')
      try {
        await page.setViewportSize({ width, height: 900 })
        await page.waitForTimeout(200)
        const tables = await page.$$eval('.wi-porting-page .vp-doc table', (all) =>
          all.map((table) => {
            const scroller =
              table.parentElement?.classList.contains('wi-table-wrap') === true
                ? table.parentElement
                : (table as HTMLElement)
            scroller.scrollLeft = scroller.scrollWidth
            const box = scroller.getBoundingClientRect()
            const header = table.querySelector('tr')!
            const last = header.lastElementChild!.getBoundingClientRect()
            const first = header.firstElementChild!.getBoundingClientRect()
            return {
              lastVisible: last.right <= box.right + 1 && last.left >= first.right - 1,
              firstSticky: Math.abs(first.left - box.left) <= 2,
            }
          }),
        )
        expect(tables.length).toBeGreaterThanOrEqual(5)
        for (const t of tables) expect(t).toEqual({ lastVisible: true, firstSticky: true })
        expect(problems).toEqual([])
      } finally {
        await page.close()
      }
    },
  )

  it('shows what each framework draws: tfjs’s dense layer at std 0.0634815', async () => {
    const { page, problems } = await openPage(site.browser, site.server, '/porting.html')
    try {
      const tfjs = page.locator('[data-testid="porting-layers"] tr', { hasText: 'tf.layers.dense' })
      expect(await tfjs.textContent()).toContain('0.0634815')
      expect(await tfjs.textContent()).toContain('correct: false')
      // The row whose heading is exactly "Uniform" (hasText alone also matches "Glorot / Xavier
      // uniform": it ignores case and matches substrings).
      const uniform = page.locator('[data-testid="porting-drawn"] tr', {
        has: page.locator('th', { hasText: /^Uniform$/ }),
      })
      expect(await uniform.textContent()).toContain('U(0, 1)')
      expect(await uniform.textContent()).toContain('U(0, 0.01)')
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('keeps API pages light: a sidebar of entry points and kinds, every page under 80 KB', async () => {
    const api = builtPages().filter((p) => p.startsWith('/api/'))
    expect(api.length).toBeGreaterThan(300)
    const sizes = api.map((p) => statSync(join(distDir, p)).size)
    expect(Math.max(...sizes)).toBeLessThan(80_000)
    const { page, problems } = await openPage(
      site.browser,
      site.server,
      '/api/@weightinit/core/functions/plan.html',
    )
    try {
      const links = await page.locator('.VPSidebar a').count()
      expect(links).toBeLessThan(60)
      expect(await page.locator('.VPSidebar a', { hasText: 'Functions' }).count()).toBeGreaterThan(
        0,
      )
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })
})

/** One curve of a scheme page's residual-stream plot, as its `data-streams` gives it. */
interface StreamCurve {
  readonly label: string
  readonly scaled: boolean
  readonly values: readonly number[]
}

describe('the transformer scheme pages', () => {
  it.each([
    ['/guide/gpt2-megatron.html', 2],
    ['/guide/neox.html', 2],
    ['/guide/torchtitan.html', 3],
    ['/guide/deepnet-fixup.html', 2],
    ['/guide/vit.html', 2],
  ] as const)(
    '%s plots the residual stream: the scaled curves grow slower than the unscaled one',
    async (path, curves) => {
      const { page, problems } = await openPage(site.browser, site.server, path)
      try {
        await signalsDone(page)
        const plot = page.locator('.wi-residual')
        expect(await plot.count()).toBe(1)
        const data = JSON.parse((await plot.getAttribute('data-streams')) ?? '[]') as StreamCurve[]
        expect(data).toHaveLength(curves)
        expect(await plot.locator('polyline').count()).toBe(curves)
        const unscaled = data.filter((c) => !c.scaled)
        expect(unscaled).toHaveLength(1)
        const base = unscaled[0]!.values
        // Every curve has a value per branch, and they start from the same inputs.
        for (const c of data) expect(c.values).toHaveLength(base.length)
        // The unscaled stream grows by more than a third; each scaled one grows less, ending below.
        expect(base.at(-1)! / base[0]!).toBeGreaterThan(1.3)
        for (const c of data.filter((c) => c.scaled)) {
          expect(c.values.at(-1)!, c.label).toBeLessThan(base.at(-1)!)
          expect(c.values.at(-1)! / c.values[0]!, c.label).toBeLessThan(base.at(-1)! / base[0]!)
        }
        // A log axis that says how far apart its grid lines are, as every plot of the site.
        expect(await plot.locator('[data-testid="plot-scale"]').textContent()).toMatch(
          /grid line every factor of/,
        )
        expect(problems).toEqual([])
      } finally {
        await page.close()
      }
    },
  )

  it('lists each scheme’s options from core, as --recipe-option takes them', async () => {
    const { page, problems } = await openPage(site.browser, site.server, '/guide/mup.html')
    try {
      const table = page.locator('[data-testid="scheme-options-mup"]')
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(4)
      expect(await table.textContent()).toContain('base_width')
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })
})

describe('the playground a person wants', () => {
  it('takes typing in every field (Groups included), and runs depth, width and batch', async () => {
    const { page, problems } = await openPage(site.browser, site.server, '/playground.html')
    try {
      await page.waitForSelector('[data-testid="pg-results"][data-state="ready"]')
      const type = async (selector: string, text: string) => {
        await page.fill(selector, '')
        await page.focus(selector)
        await page.keyboard.type(text)
        await page.keyboard.press('Tab')
      }
      await type('[data-testid="pg-shape"]', '64,16,3,3')
      await type('[data-testid="pg-groups"]', '4')
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="plan"]')?.textContent?.includes('groups'),
      )
      // Every text and number field of the form, typed into.
      const fields = await page.$$eval(
        '.wi-controls input[type="text"], .wi-controls input[type="number"]',
        (inputs) => inputs.map((input) => `#${input.id}`),
      )
      expect(fields).toEqual(
        expect.arrayContaining([
          '#pg-shape',
          '#pg-groups',
          '#pg-seed',
          '#pg-key',
          '#pg-depth',
          '#pg-width',
          '#pg-batch',
        ]),
      )
      const values: Record<string, string> = {
        '#pg-shape': '64,16,3,3',
        '#pg-groups': '4',
        '#pg-seed': '7',
        '#pg-key': 'conv.weight',
        '#pg-depth': '12',
        '#pg-width': '32',
        '#pg-batch': '16',
      }
      for (const field of fields) await type(field, values[field] ?? '0.5')
      await page.waitForSelector('[data-testid="pg-results"][data-state="ready"]', {
        timeout: 60_000,
      })
      // (The note appears when the run is done: on a loaded machine, with the training demo below
      // also computing, that can take more than the default 30 s, as the plot's own wait allows.)
      await page
        .waitForFunction(
          () =>
            document
              .querySelector('[data-testid="pg-signal-note"]')
              ?.textContent?.includes('12 relu layers of 32 units'),
          undefined,
          { timeout: 60_000 },
        )
        .catch(async (error: unknown) => {
          // Say what the section showed instead.
          const section = await page.locator('[data-testid="pg-signal"]').evaluate((el) => ({
            state: el.getAttribute('data-state'),
            text: el.textContent?.slice(0, 300),
            url: location.href,
          }))
          throw new Error(`${String(error)}; the signal section: ${JSON.stringify(section)}`)
        })
      expect(await page.textContent('[data-testid="pg-signal-note"]')).toContain('a batch of 16')
      await page.waitForSelector('[data-testid="pg-signal"][data-state="done"]', {
        timeout: 60_000,
      })
      // Per-layer histograms: layers 1, 3, 6, 9 and 12 (the signal section's; the training demo
      // below it has ridgelines of its own).
      const rows = await page
        .locator('[data-testid="pg-signal"] .wi-ridgeline .wi-axis text')
        .allTextContents()
      expect(rows.filter((r) => r.trim().startsWith('layer')).map((r) => r.trim())).toEqual([
        'layer 1',
        'layer 3',
        'layer 6',
        'layer 9',
        'layer 12',
      ])
      expect(page.url()).toContain('groups=4')
      expect(page.url()).toContain('depth=12')
      expect(await accessibilityViolations(page)).toEqual([])
      await page.screenshot({ path: join(artifactsDir, 'playground-fields.png'), fullPage: true })
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  }, 150_000)

  it('copies the settings as code for weightinit, PyTorch, Keras, JAX and tfjs', async () => {
    const query = 'init=xavier_uniform&shape=64x32&seed=5&key=fc.w&dtype=float64'
    const { page, problems } = await openPage(
      site.browser,
      site.server,
      `/playground.html?${query}`,
    )
    try {
      await page.waitForSelector('[data-testid="pg-code"]')
      const state = stateFromQuery(query)
      const r = runPlayground(state)
      if (!r.ok) throw new Error(r.error)
      const expected = codeSnippets({
        spec: r.spec,
        shape: r.plan.shape,
        seed: 5,
        key: 'fc.w',
        dtype: 'float64',
        plan: r.plan,
      })
      for (const snippet of expected) {
        await page.click(`[data-testid="pg-code-tab-${snippet.target}"]`)
        expect(
          await page.getAttribute(`[data-testid="pg-code-tab-${snippet.target}"]`, 'aria-selected'),
        ).toBe('true')
        expect(await page.textContent('[data-testid="pg-code-text"]')).toBe(snippet.code)
      }
      // The tabs answer the arrow keys.
      await page.focus('[data-testid="pg-code-tab-tfjs"]')
      await page.keyboard.press('ArrowRight')
      expect(
        await page.getAttribute('[data-testid="pg-code-tab-weightinit"]', 'aria-selected'),
      ).toBe('true')
      expect(await accessibilityViolations(page)).toEqual([])
      // (Transitions off, so that axe sees the dark colours, not colours halfway there.)
      await page.addStyleTag({
        content: '*, *::before, *::after { transition: none !important }',
      })
      await page.evaluate(() => document.documentElement.classList.add('dark'))
      expect(await accessibilityViolations(page), 'dark theme').toEqual([])
      await page.setViewportSize({ width: 390, height: 844 })
      await page.waitForSelector('[data-testid="pg-signal"][data-state="done"]', {
        timeout: 60_000,
      })
      await page.waitForTimeout(300)
      for (const m of await plotMetrics(page)) expect(m.fontPx).toBeGreaterThanOrEqual(11)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      await page.screenshot({
        path: join(artifactsDir, 'playground-phone-dark.png'),
        fullPage: true,
      })
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })
})
