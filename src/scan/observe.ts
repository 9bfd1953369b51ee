import {mkdir, mkdtemp, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {BrowserContext, Page} from 'playwright-core'

/** When a cookie or storage key was seen: before the visitor agreed to anything, or after. */
export type Phase = 'before-consent' | 'after-consent'

/** A cookie the browser held after visiting the site. */
export interface ObservedCookie {
  name: string
  /** The cookie's domain, without a leading dot. */
  domain: string
  /** `first` when the domain is the site's own (or a parent of it), `third` otherwise. */
  party: 'first' | 'third'
  /** Seconds until it expires, or `session` when it ends with the browser. */
  lifetime: number | 'session'
  httpOnly: boolean
  secure: boolean
  sameSite: 'Strict' | 'Lax' | 'None'
  phase: Phase
}

/** A localStorage or sessionStorage key a page of the site wrote. */
export interface ObservedStorage {
  key: string
  kind: 'local-storage' | 'session-storage'
  /** The origin whose storage holds it, e.g. `https://shop.kz`. */
  origin: string
  /** `first` for the site's own origins, `third` for a frame of another site (a widget, a tracker). */
  party: 'first' | 'third'
  phase: Phase
}

/** What a scan saw: the pages visited, and every cookie and storage key, before and after consent. */
export interface Observation {
  /** The first URL's origin, the site the scan is about. */
  site: string
  pages: string[]
  cookies: ObservedCookie[]
  storage: ObservedStorage[]
  /** Whether consent was given (by clicking `accept`, or a preset consent cookie). */
  consented: boolean
  /** Pages that did not load, or led off the site; what the others showed is still reported. */
  unreachable: string[]
}

/** How to scan. */
export interface ScanOptions {
  urls: readonly string[]
  /** At most this many pages, the given URLs first, then same-site links in the order found (default: 10). */
  pages?: number
  /** The CSS selector of the banner's «accept» button, clicked on the first page (optional). */
  accept?: string
  /** A consent cookie to set instead of clicking (optional), e.g. `{name: 'cookie_consent', value: 'all'}`. */
  consentCookie?: {name: string; value: string}
  /** The Chromium to drive (default: `/usr/bin/chromium`). */
  executablePath?: string
  /** Seconds since 1970 now, for cookie lifetimes (default: the clock). */
  now?: () => number
}

/** Chromium is not where the scan looks for it. */
export class BrowserMissingError extends Error {
  override readonly name = 'BrowserMissingError'
  constructor(readonly executablePath: string) {
    super(`policygen scan drives a real Chromium, and there is none at ${executablePath}. On Debian or Ubuntu: \`sudo apt-get install chromium\`; elsewhere, install Chrome or Chromium and give its path with --browser PATH (or POLICYGEN_CHROMIUM).`)
  }
}

/** The scan could not do what it was asked (a page that does not load, an accept button not found). */
export class ScanError extends Error {
  override readonly name = 'ScanError'
}

const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/**
 * Visit the site in a real headless Chromium, as a new visitor with the browser's default settings
 * (third-party cookies allowed, as in Chrome), and record every cookie and storage key: first before
 * any consent, then, when `accept` or `consentCookie` is given, after consent on the same pages.
 */
export async function observe(options: ScanOptions): Promise<Observation> {
  const executablePath = options.executablePath ?? '/usr/bin/chromium'
  if (!(await stat(executablePath).catch(() => undefined))?.isFile()) throw new BrowserMissingError(executablePath)
  const [first] = options.urls
  if (!first) throw new ScanError('give at least one URL to scan, for example `policygen scan https://shop.kz`.')
  const start = new URL(first)
  const now = options.now ?? (() => Date.now() / 1000)
  // A profile of its own, with Chrome's default of allowing third-party cookies (a private window blocks them).
  const profile = await mkdtemp(path.join(tmpdir(), 'policygen-scan-'))
  await mkdir(path.join(profile, 'Default'), {recursive: true})
  await writeFile(path.join(profile, 'Default', 'Preferences'), JSON.stringify({profile: {cookie_controls_mode: 0, block_third_party_cookies: false}}))
  let context: BrowserContext | undefined
  try {
    // Loaded only when a scan runs: it is the largest module policygen has, and no other command needs it.
    const {chromium} = await import('playwright-core')
    context = await chromium.launchPersistentContext(profile, {executablePath, headless: true, args: launchArgs})
    const page = context.pages()[0] ?? (await context.newPage())
    const storage: ObservedStorage[] = []
    const unreachable: string[] = []
    const visited = await crawl(page, options.urls, options.pages ?? 10, start.hostname, storage, 'before-consent', unreachable)
    const before = (await context.cookies()).map((cookie) => toObserved(cookie, start.hostname, now(), 'before-consent'))
    let consented = false
    let cookies = before
    if (options.consentCookie || options.accept) {
      if (options.consentCookie) await context.addCookies([{name: options.consentCookie.name, value: options.consentCookie.value, url: start.origin}])
      else await clickAccept(page, visited[0] ?? first, options.accept ?? '')
      consented = true
      await crawl(page, visited, visited.length, start.hostname, storage, 'after-consent', unreachable)
      const seen = new Set(before.map(cookieKey))
      cookies = [...before, ...(await context.cookies()).map((cookie) => toObserved(cookie, start.hostname, now(), 'after-consent')).filter((cookie) => !seen.has(cookieKey(cookie)))]
    }
    return {site: start.origin, pages: visited, cookies: cookies.sort(byName), storage: dedupeStorage(storage), consented, unreachable: [...new Set(unreachable)]}
  } finally {
    await context?.close()
    await rm(profile, {recursive: true, force: true})
  }
}

async function crawl(page: Page, urls: readonly string[], limit: number, host: string, storage: ObservedStorage[], phase: Phase, unreachable: string[]): Promise<string[]> {
  const queue = [...urls]
  const visited: string[] = []
  const tried = new Set<string>()
  while (queue.length > 0 && visited.length < limit) {
    const url = queue.shift() ?? ''
    if (tried.has(url)) continue
    tried.add(url)
    try {
      // A subresource that never ends (a hanging pixel) must not lose the page: its document is enough.
      await page.goto(url, {waitUntil: 'domcontentloaded', timeout: 30_000})
    } catch {
      unreachable.push(url)
      continue
    }
    await page.waitForLoadState('load', {timeout: 10_000}).catch(() => undefined)
    await page.waitForLoadState('networkidle', {timeout: 5_000}).catch(() => undefined)
    // A link that redirects off the site is not a page of it.
    if (!sameSite(page.url(), host)) {
      unreachable.push(url)
      continue
    }
    visited.push(url)
    const found = await page
      .evaluate(() => ({
        origin: location.origin,
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        links: [...document.querySelectorAll('a[href]')].map((link) => (link as HTMLAnchorElement).href)
      }))
      .catch(() => ({origin: '', local: [] as string[], session: [] as string[], links: [] as string[]})) // the page went away while being read
    // The page's own storage, and that of every frame in it (a chat widget, a tracker's iframe).
    const frames = await Promise.all(
      page.frames().filter((frame) => frame !== page.mainFrame()).map((frame) =>
        frame.evaluate(() => ({origin: location.origin, local: Object.keys(localStorage), session: Object.keys(sessionStorage)})).catch(() => undefined)
      )
    )
    for (const held of [found, ...frames]) {
      if (!held || held.origin === '' || held.origin === 'null') continue
      const party = sameSite(held.origin, host) ? 'first' : 'third'
      for (const key of held.local) storage.push({key, kind: 'local-storage', origin: held.origin, party, phase})
      for (const key of held.session) storage.push({key, kind: 'session-storage', origin: held.origin, party, phase})
    }
    for (const link of found.links) {
      const target = sameSite(link, host)
      if (target && !visited.includes(target) && !queue.includes(target)) queue.push(target)
    }
  }
  return visited
}

async function clickAccept(page: Page, url: string, selector: string): Promise<void> {
  await page.goto(url, {waitUntil: 'load', timeout: 30_000})
  try {
    await page.click(selector, {timeout: 10_000})
  } catch {
    throw new ScanError(`no element matches --accept \`${selector}\` on ${url}, so consent could not be given. Give the CSS selector of the banner's accept button, for example \`--accept "#cookie-accept"\`.`)
  }
  await page.waitForLoadState('networkidle', {timeout: 5_000}).catch(() => undefined)
}

/** `link` without its fragment when it is an http(s) page of the same site (the host or a subdomain), else undefined. */
export function sameSite(link: string, host: string): string | undefined {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (url.hostname !== host && !url.hostname.endsWith(`.${host}`)) return undefined
  url.hash = ''
  return url.href
}

type BrowserCookie = Awaited<ReturnType<BrowserContext['cookies']>>[number]

function toObserved(cookie: BrowserCookie, host: string, now: number, phase: Phase): ObservedCookie {
  const domain = cookie.domain.replace(/^\./, '')
  return {
    name: cookie.name,
    domain,
    // The site's own domain, a parent of it, or one of its subdomains (the crawl follows them too).
    party: host === domain || host.endsWith(`.${domain}`) || domain.endsWith(`.${host}`) ? 'first' : 'third',
    lifetime: cookie.expires === -1 ? 'session' : Math.max(0, Math.round(cookie.expires - now)),
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: cookie.sameSite,
    phase
  }
}

function cookieKey(cookie: {name: string; domain: string}): string {
  return `${cookie.domain}\u0000${cookie.name}`
}

function byName<T extends {name: string; domain: string}>(a: T, b: T): number {
  return cookieKey(a) < cookieKey(b) ? -1 : cookieKey(a) > cookieKey(b) ? 1 : 0
}

/** Each key once per origin and kind, at the first phase it was seen. */
function dedupeStorage(storage: readonly ObservedStorage[]): ObservedStorage[] {
  const seen = new Map<string, ObservedStorage>()
  for (const entry of storage) {
    const key = `${entry.kind}\u0000${entry.origin}\u0000${entry.key}`
    if (!seen.has(key)) seen.set(key, entry)
  }
  return [...seen.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}
