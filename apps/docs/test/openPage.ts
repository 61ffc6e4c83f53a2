import type { Page } from 'playwright-core'
import type { Browser } from './site'
import type { StaticServer } from './staticServer'

/**
 * Opens a page of the built site and records every problem while it lives: a console error, an
 * uncaught exception, a failed or 4xx/5xx same-origin request, and any request that leaves the site
 * (the site must load with nothing fetched from elsewhere: no CDN, no font service).
 *
 * @param browser - the test's browser
 * @param server - the static server of the built site
 * @param path - the page's path, e.g. `/guide/truncation.html`
 * @returns the page and the list of problems, which keeps growing until the page is closed
 */
export async function openPage(
  browser: Browser,
  server: StaticServer,
  path: string,
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(server.origin) && !/^(data|blob|about):/.test(url)) {
      problems.push(`external request: ${url}`)
    }
  })
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(server.origin)) {
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`)
    }
  })
  page.on('response', (response) => {
    if (response.url().startsWith(server.origin) && response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`)
    }
  })
  const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' })
  if (response?.status() !== 200) problems.push(`HTTP ${response?.status()}: ${path}`)
  return { page, problems }
}
