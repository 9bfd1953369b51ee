import {existsSync} from 'node:fs'
import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

// The pages and fragments of the examples (dist/, kept fresh by test/examples/dist-fresh.test.ts),
// measured in a real browser: Debian's Chromium, driven by playwright-core. `.ci/run` installs it;
// on a developer's machine without it the file is skipped with a note, never in CI.

const executablePath = '/usr/bin/chromium'
const available = existsSync(executablePath)
if (!available && !process.env.CI) console.warn(`browser tests skipped: no ${executablePath} (apt-get install chromium)`)

describe.runIf(!available && process.env.CI)('the browser the tests need', () => {
  it('is installed', () => {
    expect.fail(`${executablePath} is missing: .ci/run installs it with apt-get install chromium`)
  })
})

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url))

/** Every standalone page of the examples, as paths relative to dist/. */
async function pages(suffix: string): Promise<string[]> {
  const entries = await readdir(dist, {recursive: true})
  return entries.map((entry) => entry.split(path.sep).join('/')).filter((entry) => entry.endsWith(suffix) && (suffix !== '.html' || !entry.endsWith('.fragment.html'))).sort()
}

describe.skipIf(!available)('the pages in a real browser', () => {
  let browser: Browser
  let host: string
  beforeAll(async () => {
    browser = await chromium.launch({executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']})
    host = await mkdtemp(path.join(tmpdir(), 'policygen-host-'))
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await rm(host, {recursive: true, force: true})
  })

  async function open(url: string, width: number): Promise<Page> {
    const page = await browser.newPage({viewport: {width, height: 800}})
    await page.goto(url)
    return page
  }

  /** How much wider than the window the page is (0 when nothing scrolls sideways). */
  async function overflow(page: Page): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  }

  it('never scroll sideways on a 320 px phone, standalone or embedded in a site\'s page', async () => {
    const wide: string[] = []
    const phones = await Promise.all([320, 390].map((width) => browser.newPage({viewport: {width, height: 800}})))
    for (const file of [...(await pages('.html')), ...(await pages('.fragment.html'))]) {
      let url = pathToFileURL(path.join(dist, file)).href
      if (file.endsWith('.fragment.html')) {
        // A plain host page, as a company's site would embed the fragment: its own header, the linked stylesheet.
        const fragment = await readFile(path.join(dist, file), 'utf8')
        const page = path.join(host, `${file.replace(/\//g, '_')}`)
        await writeFile(page, `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="${pathToFileURL(path.join(dist, 'policygen.css')).href}"><style>body{margin:0;font:16px sans-serif}header{padding:8px 16px;background:#123;color:#fff}main{padding:0 16px}</style></head><body><header>Компания</header><main><h1>Документы</h1>${fragment}</main></body></html>`)
        url = pathToFileURL(page).href
      }
      for (const phone of phones) {
        await phone.goto(url)
        const extra = await overflow(phone)
        if (extra > 0) wide.push(`${file} at ${phone.viewportSize()?.width ?? 0} px: ${extra} px too wide`)
      }
    }
    for (const phone of phones) await phone.close()
    expect(wide).toEqual([])
  }, 300_000)

  it('give the cookie tables of one document the same column widths on a desktop', async () => {
    for (const file of (await pages('cookie-policy.html')).filter((name) => !name.endsWith('.fragment.html'))) {
      const page = await open(pathToFileURL(path.join(dist, file)).href, 1280)
      const groups = await page.evaluate(() => {
        const byHeader = new Map<string, number[][]>()
        for (const table of document.querySelectorAll('table')) {
          const cells = [...table.querySelectorAll('thead th')]
          const key = cells.map((cell) => cell.textContent).join('|')
          byHeader.set(key, [...(byHeader.get(key) ?? []), cells.map((cell) => Math.round(cell.getBoundingClientRect().width))])
        }
        return [...byHeader.values()].filter((tables) => tables.length > 1)
      })
      expect(groups.length, file).toBeGreaterThan(0)
      for (const tables of groups) for (const widths of tables) expect(widths, file).toEqual(tables[0])
      await page.close()
    }
  }, 120_000)

  it('fit every table into the width of the text on a tablet and a desktop, its last column included', async () => {
    const cut: string[] = []
    for (const width of [700, 1280]) {
      const page = await browser.newPage({viewport: {width, height: 800}})
      for (const file of await pages('.html')) {
        await page.goto(pathToFileURL(path.join(dist, file)).href)
        const wider = await page.evaluate(() => [...document.querySelectorAll('.policygen-table')].map((wrapper) => `${wrapper.querySelector('th')?.textContent ?? ''}: ${wrapper.scrollWidth - wrapper.clientWidth} px`).filter((line) => !line.endsWith(': 0 px')))
        cut.push(...wider.map((line) => `${file} at ${width} px, the table of ${line} past the text`))
      }
      await page.close()
    }
    expect(cut).toEqual([])
  }, 120_000)

  it('let both policies share one page: every id once, and every contents link finds its own document', async () => {
    const cookies = await readFile(path.join(dist, 'kazteleport/kk/cookie-policy.fragment.html'), 'utf8')
    const privacy = await readFile(path.join(dist, 'kazteleport/kk/privacy-policy.fragment.html'), 'utf8')
    const file = path.join(host, 'both.html')
    await writeFile(file, `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${pathToFileURL(path.join(dist, 'policygen.css')).href}"></head><body>${cookies}${privacy}</body></html>`)
    const page = await open(pathToFileURL(file).href, 1024)
    const result = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((node) => node.id)
      const strays = [...document.querySelectorAll('article')].flatMap((article) =>
        [...article.querySelectorAll('.policygen-toc a')].filter((link) => !article.contains(document.getElementById(decodeURIComponent(link.getAttribute('href')?.slice(1) ?? '')))).map((link) => link.getAttribute('href'))
      )
      return {duplicates: ids.filter((id, index) => ids.indexOf(id) !== index), strays, lang: [...document.querySelectorAll('article')].map((article) => article.lang)}
    })
    expect(result).toEqual({duplicates: [], strays: [], lang: ['kk', 'kk']})
    await page.close()
  }, 60_000)
})
