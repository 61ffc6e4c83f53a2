import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lightApiSidebar, type SidebarEntry } from '../.vitepress/theme/lib/apiSidebar'
import { docsRoot } from './site'

const full: SidebarEntry[] = [
  {
    text: '@weightinit/core',
    link: '/api/@weightinit/core/',
    items: [
      {
        text: 'Modules',
        items: [
          {
            text: 'random',
            link: '/api/@weightinit/core/random/',
            items: [
              {
                text: 'Functions',
                items: [
                  {
                    text: 'randomBits',
                    link: '/api/@weightinit/core/random/functions/randomBits.md',
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        text: 'Type Aliases',
        items: [
          { text: 'DType', link: '/api/@weightinit/core/type-aliases/DType.md' },
          { text: 'Plan', link: '/api/@weightinit/core/type-aliases/Plan.md' },
        ],
      },
      {
        text: 'Functions',
        items: [{ text: 'plan', link: '/api/@weightinit/core/functions/plan.md' }],
      },
    ],
  },
]

/** Every leaf link of a sidebar. */
function leaves(entries: readonly SidebarEntry[]): string[] {
  return entries.flatMap((e) => (e.items ? leaves(e.items) : e.link ? [e.link] : []))
}

describe('the API sidebar', () => {
  it('lists entry points and kinds, linking to the sections of their index pages', () => {
    expect(lightApiSidebar(full)).toEqual([
      {
        text: '@weightinit/core',
        link: '/api/@weightinit/core/',
        collapsed: true,
        items: [
          { text: 'Type Aliases (2)', link: '/api/@weightinit/core/#type-aliases' },
          { text: 'Functions (1)', link: '/api/@weightinit/core/#functions' },
          {
            text: '@weightinit/core/random',
            link: '/api/@weightinit/core/random/',
            collapsed: true,
            items: [{ text: 'Functions (1)', link: '/api/@weightinit/core/random/#functions' }],
          },
        ],
      },
    ])
  })

  const generated = join(docsRoot, 'api/typedoc-sidebar.json')
  it.runIf(existsSync(generated))(
    'is a tenth of TypeDoc’s, and every item it leaves out is listed on an index page it links',
    () => {
      const typedoc = JSON.parse(readFileSync(generated, 'utf8')) as SidebarEntry[]
      const light = lightApiSidebar(typedoc)
      const items = leaves(typedoc)
      const links = leaves(light)
      expect(items.length).toBeGreaterThan(300)
      expect(links.length * 5).toBeLessThan(items.length)
      // The counts add up to every item of TypeDoc's sidebar.
      const counted = links.reduce(
        (sum, _link, i) => sum + Number(/\((\d+)\)$/.exec(leavesText(light)[i]!)?.[1] ?? 0),
        0,
      )
      expect(counted).toBe(items.length)
      // Each item's page is listed on the index page of its entry point, which the sidebar links.
      for (const item of items) {
        const entry = item.replace(/\/[a-z-]+\/[^/]+\.md$/, '/')
        expect(
          links.some((link) => link.startsWith(`${entry}#`)),
          item,
        ).toBe(true)
        const index = join(docsRoot, entry, 'index.md')
        const name = item.split('/').at(-1)!
        expect(readFileSync(index, 'utf8')).toContain(name)
      }
    },
  )
})

/** The texts of every leaf, in the order of {@link leaves}. */
function leavesText(entries: readonly SidebarEntry[]): string[] {
  return entries.flatMap((e) => (e.items ? leavesText(e.items) : e.link ? [e.text] : []))
}
