/** A sidebar entry, as VitePress and typedoc-vitepress-theme write it. */
export interface SidebarEntry {
  readonly text: string
  readonly link?: string
  readonly collapsed?: boolean
  readonly items?: readonly SidebarEntry[]
}

/** The heading id VitePress gives a kind's section on an index page: `Type Aliases` → `type-aliases`. */
function anchor(kind: string): string {
  return kind.toLowerCase().replaceAll(' ', '-')
}

/** The index page of a package or module: the link without TypeDoc's `.md`, ending in `/`. */
function indexLink(link: string): string {
  return link.replace(/index\.md$/, '').replace(/\.md$/, '')
}

/** An entry point (a package's root or a subpath module) and its kinds, as links into its index. */
function entryPoint(text: string, link: string, groups: readonly SidebarEntry[]): SidebarEntry {
  const index = indexLink(link)
  const kinds = groups
    .filter((group) => group.text !== 'Modules' && (group.items?.length ?? 0) > 0)
    .map((group) => ({
      text: `${group.text} (${group.items!.length})`,
      link: `${index}#${anchor(group.text)}`,
    }))
  return { text, link: index, collapsed: true, items: kinds }
}

/**
 * The API reference's sidebar, light enough to render into each of its hundreds of pages: per
 * package, its entry points (the root, then each subpath such as `@weightinit/core/random`), each
 * with its kinds (Functions, Interfaces, …) and how many, linking to the sections of the entry
 * point's index page, which lists every item. TypeDoc's full sidebar (every item of every entry
 * point, about 550 links) made every API page weigh about 280 KB.
 *
 * @param full - the sidebar typedoc-vitepress-theme wrote (`api/typedoc-sidebar.json`)
 * @example
 * ```ts
 * import { lightApiSidebar } from './apiSidebar'
 * const full = [{ text: '@weightinit/cli', link: '/api/@weightinit/cli/', items: [{ text: 'Functions', items: [{ text: 'run', link: '/api/@weightinit/cli/functions/run.md' }] }] }]
 * lightApiSidebar(full)[0]?.items?.[0] // { text: 'Functions (1)', link: '/api/@weightinit/cli/#functions' }
 * ```
 */
export function lightApiSidebar(full: readonly SidebarEntry[]): SidebarEntry[] {
  return full.map((pkg) => {
    const groups = pkg.items ?? []
    const root = entryPoint(pkg.text, pkg.link ?? '', groups)
    const modules = groups.find((group) => group.text === 'Modules')?.items ?? []
    return {
      text: pkg.text,
      link: root.link!,
      collapsed: true,
      items: [
        ...root.items!,
        ...modules.map((module) =>
          entryPoint(`${pkg.text}/${module.text}`, module.link ?? '', module.items ?? []),
        ),
      ],
    }
  })
}
