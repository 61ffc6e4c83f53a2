import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)

/** axe-core's browser build, injected into each page checked. */
const axeScript = require.resolve('axe-core/axe.min.js')

/** The WCAG 2.0 and 2.1 success criteria, levels A and AA: what the site is held to. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const

/**
 * Parts of VitePress's own theme left out of the check, with the reason. Everything else on a page,
 * the navigation bar and the sidebar's links included, is checked.
 */
const themeExclusions: Readonly<Record<string, string>> = {
  // The search button's accessible name is "Search" while its visible text also shows the
  // keyboard shortcut ("Search Ctrl K"): axe's label-content-name-mismatch. VitePress's markup.
  '.VPNavBarSearch': 'search button label (VitePress)',
  // Collapsible sidebar groups are role="button" wrappers around links: nested-interactive.
  // The API reference's sidebar is collapsible. VitePress's markup.
  '.VPSidebar .collapsible': 'collapsible sidebar groups (VitePress)',
}

/** One rule broken on a page, with up to three of the elements that break it. */
export interface AccessibilityViolation {
  readonly rule: string
  readonly impact: string
  readonly help: string
  readonly elements: readonly string[]
}

interface AxeResult {
  violations: {
    id: string
    impact: string | null
    help: string
    nodes: { target: string[]; failureSummary?: string }[]
  }[]
}

/**
 * Runs axe-core on the page as it is now and returns the WCAG 2.1 A/AA violations,
 * outside {@link themeExclusions}. An empty list means the page passes.
 */
export async function accessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis)
  if (!loaded) await page.addScriptTag({ path: axeScript })
  const result = await page.evaluate(
    async ({ tags, exclude }) => {
      const axe = (
        globalThis as unknown as {
          axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> }
        }
      ).axe
      return axe.run(
        { exclude: exclude.map((selector) => [selector]) },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      )
    },
    { tags: [...wcagTags], exclude: Object.keys(themeExclusions) },
  )
  return result.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    elements: violation.nodes
      .slice(0, 3)
      .map(
        (node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
      ),
  }))
}
