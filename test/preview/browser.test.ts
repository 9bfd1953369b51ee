import {existsSync} from 'node:fs'
import {readFile, rename, writeFile} from 'node:fs/promises'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startPreview, type Preview} from '../../src/preview/index.js'
import {copyTestContent, type TestContent} from './content.js'

// The preview in a real browser: Debian's Chromium, driven by playwright-core (as
// test/formats/html/browser.test.ts). `.ci/run` installs it; on a developer's machine without it the
// file is skipped with a note, never in CI.

const executablePath = '/usr/bin/chromium'
const available = existsSync(executablePath)
if (!available && !process.env.CI) console.warn(`preview browser tests skipped: no ${executablePath} (apt-get install chromium)`)

describe.runIf(!available && process.env.CI)('the browser the preview tests need', () => {
  it('is installed', () => {
    expect.fail(`${executablePath} is missing: .ci/run installs it with apt-get install chromium`)
  })
})

describe.skipIf(!available)('the preview in a real browser', () => {
  let browser: Browser
  let content: TestContent
  let preview: Preview
  let original: string
  beforeAll(async () => {
    content = await copyTestContent(['acme', 'minimal'])
    original = await readFile(content.factsFile('acme'), 'utf8')
    preview = await startPreview({contentDir: content.contentDir, port: 0})
    browser = await chromium.launch({executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']})
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await preview?.close()
    await content?.remove()
  })

  async function open(path: string, width = 1400): Promise<Page> {
    const page = await browser.newPage({viewport: {width, height: 900}})
    await page.goto(`${preview.url}${path}`)
    return page
  }

  /** Wait until the page shows `text` (it updates by itself: nothing here reloads it). */
  async function shows(page: Page, text: string): Promise<void> {
    await page.waitForFunction((wanted) => document.body.innerText.includes(wanted), text, {timeout: 20_000})
  }

  /** The top of every cell of each column, in pixels. */
  async function cellTops(page: Page): Promise<number[][]> {
    return page.evaluate(() => [...document.querySelectorAll('.pg-column')].map((column) => [...column.querySelectorAll(':scope > .pg-cell')].map((cell) => Math.round(cell.getBoundingClientRect().top))))
  }

  it('shows a document\'s Russian and Kazakh side by side, each section of one level with its counterpart', async () => {
    const page = await open('acme/privacy-policy')
    expect(await page.evaluate(() => [...document.querySelectorAll('article.pg-column')].map((article) => article.getAttribute('lang')))).toEqual(['ru', 'kk'])
    const [ru, kk] = await cellTops(page)
    expect(ru?.length).toBeGreaterThan(5)
    expect(kk).toEqual(ru)
    // Each section's heading starts its row, in both languages.
    const headings = await page.evaluate(() => [...document.querySelectorAll('.pg-column')].map((column) => [...column.querySelectorAll(':scope > .pg-cell > h2')].map((heading) => Math.round(heading.getBoundingClientRect().top))))
    expect(headings[1]).toEqual(headings[0])
    // The columns sit next to each other.
    const lefts = await page.evaluate(() => [...document.querySelectorAll('.pg-column')].map((column) => Math.round(column.getBoundingClientRect().left)))
    expect(lefts[1]).toBeGreaterThan((lefts[0] ?? 0) + 300)
    await page.close()
  })

  it('stacks the languages on a narrow screen, without scrolling sideways', async () => {
    const page = await open('acme/cookie-policy', 390)
    const boxes = await page.evaluate(() => [...document.querySelectorAll('.pg-column')].map((column) => ({top: column.getBoundingClientRect().top, bottom: column.getBoundingClientRect().bottom})))
    expect(boxes[1]?.top).toBeGreaterThanOrEqual(boxes[0]?.bottom ?? Infinity)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await page.close()
  })

  it('updates an open document when a fact is saved, shows the problem while the facts are wrong, and the document again once fixed', async () => {
    const page = await open('acme/cookie-policy')
    await shows(page, 'marketing@acme.kz')
    // Read down the page, to see that the place is kept.
    await page.evaluate(() => document.querySelector('.pg-cell[data-row="4"]')?.scrollIntoView())
    const scrolled = await page.evaluate(() => window.scrollY)
    expect(scrolled).toBeGreaterThan(500)

    // Saved the way many editors save: a new copy renamed over the file.
    await writeFile(`${content.factsFile('acme')}.tmp`, original.replaceAll('marketing@acme.kz', 'hello@acme.kz'))
    await rename(`${content.factsFile('acme')}.tmp`, content.factsFile('acme'))
    await shows(page, 'hello@acme.kz')
    expect(await page.evaluate(() => document.body.innerText.includes('marketing@acme.kz'))).toBe(false)
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(100)

    const line = original.split('\n').findIndex((text) => text.includes('retention: P1Y')) + 1
    const column = (original.split('\n')[line - 1]?.indexOf('P1Y') ?? 0) + 1
    await writeFile(content.factsFile('acme'), original.replace('retention: P1Y', 'retention: P1Q'))
    await shows(page, `facts.yaml:${line}:${column}`)
    expect(await page.locator('.pg-problems').count()).toBe(1)
    expect(await page.locator('.pg-pair').count()).toBe(0)
    // The line is quoted, the column marked.
    expect(await page.locator('.pg-excerpt .pg-hit', {hasText: `${line} │`}).first().innerText()).toContain('retention: P1Q')

    await writeFile(content.factsFile('acme'), original)
    await shows(page, 'marketing@acme.kz')
    expect(await page.locator('.pg-problems').count()).toBe(0)
    expect(await page.locator('article.pg-column').count()).toBe(2)
    await page.close()
  })

  it('keeps every tab of one browser live, more tabs than the six connections a browser opens to one address', async () => {
    // Tabs of one window share the browser's six connections to 127.0.0.1:PORT: one stream each
    // would leave the seventh tab waiting for its page, and every tab after it.
    const context = await browser.newContext({viewport: {width: 1200, height: 800}})
    try {
      const paths = ['', 'acme/cookie-policy', 'acme/privacy-policy', 'minimal/cookie-policy', 'minimal/privacy-policy', 'acme/cookie-policy', 'acme/privacy-policy', '']
      const tabs: Page[] = []
      for (const path of paths) {
        const tab = await context.newPage()
        await tab.goto(`${preview.url}${path}`, {timeout: 10_000})
        tabs.push(tab)
      }
      const acme = tabs.filter((_, index) => paths[index]?.startsWith('acme/'))
      await writeFile(content.factsFile('acme'), original.replaceAll('marketing@acme.kz', 'many-tabs@acme.kz'))
      for (const tab of acme) await shows(tab, 'many-tabs@acme.kz')
      await writeFile(content.factsFile('acme'), original)
      for (const tab of acme) await shows(tab, 'marketing@acme.kz')
      // The tab that held the stream closes: another takes it over, and the rest stay live.
      await tabs[0]?.close()
      await writeFile(content.factsFile('acme'), original.replaceAll('marketing@acme.kz', 'after-close@acme.kz'))
      for (const tab of acme) await shows(tab, 'after-close@acme.kz')
    } finally {
      await writeFile(content.factsFile('acme'), original)
      await context.close()
    }
  })

  it('shows a YAML mistake at its line and column, and the index says which organization has it', async () => {
    const page = await open('acme/privacy-policy')
    const index = await open('')
    await writeFile(content.factsFile('acme'), original.replace('schemaVersion: 1', 'schemaVersion: [1'))
    await shows(page, 'facts.yaml:')
    expect(await page.locator('.pg-where').first().innerText()).toMatch(/facts\.yaml:\d+:\d+$/)
    await index.waitForSelector('#org-acme .pg-badge-error', {timeout: 20_000})
    expect(await index.locator('#org-minimal .pg-badge-error').count()).toBe(0)
    await writeFile(content.factsFile('acme'), original)
    await shows(page, 'privacy@acme.kz')
    await index.waitForSelector('#org-acme .pg-badge-error', {state: 'detached', timeout: 20_000})
    await page.close()
    await index.close()
  })
})
