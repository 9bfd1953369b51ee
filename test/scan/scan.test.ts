import {existsSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/main.js'
import {observe, type Observation} from '../../src/scan/observe.js'
import {validateFacts} from '../../src/facts/validate.js'
import {createIo} from '../helpers/cli-io.js'
import {readFixture} from '../helpers/fixtures.js'
import {startFixtureSite, type FixtureSite} from './fixture-site.js'

// The scan drives Debian's Chromium (.ci/run installs it) against a site served on the loopback address.
const executablePath = '/usr/bin/chromium'
const available = existsSync(executablePath)
const factsText = readFixture(new URL('../fixtures/scan/shop.yaml', import.meta.url).pathname)

describe.skipIf(!available)('policygen scan, against a local site', () => {
  let site: FixtureSite
  let work: string
  let before: Observation
  let after: Observation
  beforeAll(async () => {
    site = await startFixtureSite()
    work = await mkdtemp(path.join(tmpdir(), 'policygen-scan-test-'))
    await mkdir(path.join(work, '.git'))
    await mkdir(path.join(work, 'content', 'shop'), {recursive: true})
    await writeFile(path.join(work, 'content', 'shop', 'facts.yaml'), factsText)
    before = await observe({urls: [site.url], pages: 5, executablePath})
    after = await observe({urls: [site.url], pages: 5, accept: '#accept', executablePath})
  }, 120_000)
  afterAll(async () => {
    await site?.close()
    await rm(work, {recursive: true, force: true})
  })

  it('records every cookie with its domain, party, lifetime and attributes, and every storage key', () => {
    expect(before.pages).toEqual([site.url, `${site.url}about`])
    const byName = new Map(before.cookies.map((cookie) => [cookie.name, cookie]))
    expect([...byName.keys()].sort()).toEqual(['_ga', '_ym_uid', 'sid', 'tp_id'])
    expect(byName.get('sid')).toEqual(expect.objectContaining({domain: '127.0.0.1', party: 'first', lifetime: 'session', httpOnly: true, secure: false, phase: 'before-consent'}))
    expect(byName.get('tp_id')).toEqual(expect.objectContaining({domain: 'tracker.localhost', party: 'third', secure: true, sameSite: 'None'}))
    const ga = byName.get('_ga')?.lifetime
    expect(typeof ga === 'number' && Math.abs(ga - 400 * 86_400) < 86_400).toBe(true) // asked for 2 years, capped at 400 days
    expect(before.storage.map((entry) => `${entry.kind} ${entry.key} ${entry.party}`)).toEqual(['local-storage ls_pref first', 'session-storage ss_tab first', 'local-storage tp_ls third'])
    expect(before.consented).toBe(false)
  })

  it('keeps what a slow page showed, and does not count a redirect off the site as a page of it', async () => {
    const slow = await observe({urls: [`${site.url}slow`], pages: 5, executablePath})
    expect(slow.pages).toEqual([`${site.url}slow`, `${site.url}about`, site.url])
    expect(slow.unreachable).toEqual([`${site.url}out`])
    expect(slow.cookies.map((cookie) => cookie.name)).toContain('slow_c')
  }, 60_000)

  it('tells what came only after consent', () => {
    expect(after.consented).toBe(true)
    expect(after.cookies.filter((cookie) => cookie.phase === 'after-consent').map((cookie) => cookie.name).sort()).toEqual(['ads_id', 'consent'])
  })

  it('reports what is undeclared, what came before consent, what lasts longer, and what was never seen; exit 1', async () => {
    const {io, stdout} = createIo(work)
    expect(await run(['scan', site.url, '--accept', '#accept', '--format', 'json'], io)).toBe(1)
    const report = JSON.parse(stdout()) as {undeclared: Array<{name: string; service?: {id: string}}>; beforeConsent: Array<{name: string}>; longer: Array<{name: string; declared: string}>; neverSeen: Array<{name: string}>}
    expect(report.undeclared.map((item) => `${item.name} ${item.service?.id ?? '-'}`)).toEqual(['_ym_uid yandex-metrica', 'tp_id -', 'ls_pref -', 'ss_tab -', 'tp_ls -'])
    // _ga needs consent (analytics) and came before it; so did _ym_uid, a Yandex Metrica cookie.
    expect(report.beforeConsent.map((item) => item.name)).toEqual(['_ga', '_ym_uid'])
    // ads_id: declared 30 days, kept 90. _ga: declared 2 years, kept 400 days, the browsers' cap: no mismatch.
    expect(report.longer).toEqual([expect.objectContaining({name: 'ads_id', declared: 'P30D'})])
    expect(report.neverSeen.map((item) => item.name)).toEqual(['old_cookie'])
  }, 60_000)

  it('prints a report for a terminal and one for a pull request, with the site\'s names escaped', async () => {
    const text = createIo(work)
    await run(['scan', site.url], text.io)
    expect(text.stdout()).toContain('Scanned 2 pages of http://127.0.0.1:')
    expect(text.stdout()).toMatch(/_ym_uid {2}cookie, first party \(127\.0\.0\.1\), 365 days, before-consent; probably Яндекс Метрика\n {6}add: services: \[yandex-metrica\]/)
    const md = createIo(work)
    await run(['scan', site.url, '--format', 'md'], md.io)
    expect(md.stdout()).toMatch(/^### Cookie scan of http\\:\/\/127\.0\.0\.1:\d+/)
    expect(md.stdout()).toContain('| `tp_id` | cookie | third (tracker.localhost) | 365 days | before-consent | — | `cookies: - {name: tp_id, party: third, retention: P365D, category: …, purpose: …}` |')
    // In the lawyer's language: the words are Russian, the site's names and the facts' keys as they are.
    const russian = createIo(work)
    await run(['scan', site.url, '--lang', 'ru'], russian.io)
    expect(russian.stdout()).toMatch(/^Проверено страниц сайта http:\/\/127\.0\.0\.1:\d+: 2 \(без предоставления согласия\)\./)
    expect(russian.stdout()).toMatch(/_ym_uid {2}файл cookie, собственный \(127\.0\.0\.1\), 365 дней, до согласия; вероятно, Яндекс Метрика\n {6}добавьте в факты: services: \[yandex-metrica\]/)
  }, 60_000)

  it('--write adds the catalogue service and the other cookies to the facts, keeping their comments', async () => {
    const {io, stderr} = createIo(work)
    const file = path.join(work, 'content', 'shop', 'facts.yaml')
    await run(['scan', site.url, '--write'], io)
    const written = await readFile(file, 'utf8')
    expect(stderr()).toBe('Added to content/shop/facts.yaml: services yandex-metrica; cookies tp_id, ls_pref, ss_tab, tp_ls (state their category and purpose). Review the change before committing it.\n')
    expect(written).toContain('  # comments like this one survive `scan --write`\n')
    expect(written).toMatch(/services:\n {2}- yandex-metrica\ncookies:/)
    expect(written).toMatch(/ {2}# Seen by policygen scan on \d{4}-\d\d-\d\d \(tracker\.localhost\): add its category and purpose\.\n {2}- \{name: tp_id, party: third, retention: P365D\}/)
    expect(written).toContain('- {name: ls_pref, type: local-storage, party: first}')
    // The rest of the file is as it was written, flow lists and all.
    for (const line of factsText.split('\n').filter((text) => text.startsWith('  - {'))) expect(written).toContain(line)
    expect(written).toContain('- {name: ss_tab, type: session-storage, party: first, retention: session}')
    // Until the company says what they are for, the facts do not validate: nothing is claimed for it.
    const {problems} = validateFacts({path: 'facts.yaml', bytes: new TextEncoder().encode(written)}, 'en')
    expect(problems.filter((problem) => problem.ruleId === 'missing-fact').map((problem) => problem.path)).toEqual(expect.arrayContaining(['cookies[5].category', 'cookies[5].purpose']))
    await writeFile(file, factsText)
  }, 60_000)
})

describe('policygen scan without a browser', () => {
  it('says how to install one, with exit 2', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'policygen-scan-nobrowser-'))
    try {
      await mkdir(path.join(work, '.git'))
      await mkdir(path.join(work, 'content', 'shop'), {recursive: true})
      await writeFile(path.join(work, 'content', 'shop', 'facts.yaml'), factsText)
      const {io, stderr} = createIo(work)
      expect(await run(['scan', 'http://127.0.0.1:9/', '--browser', '/no/such/chromium'], io)).toBe(2)
      expect(stderr()).toBe('policygen: policygen scan drives a real Chromium, and there is none at /no/such/chromium. On Debian or Ubuntu: `sudo apt-get install chromium`; elsewhere, install Chrome or Chromium and give its path with --browser PATH (or POLICYGEN_CHROMIUM).\n')
    } finally {
      await rm(work, {recursive: true, force: true})
    }
  })

  it('refuses what is not a web address, and asks which organization when there are several', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'policygen-scan-usage-'))
    try {
      await mkdir(path.join(work, '.git'))
      for (const id of ['shop', 'bank']) {
        await mkdir(path.join(work, 'content', id), {recursive: true})
        await copyFile(new URL('../fixtures/base/facts.yaml', import.meta.url), path.join(work, 'content', id, 'facts.yaml'))
      }
      const bad = createIo(work)
      expect(await run(['scan', 'shop.kz'], bad.io)).toBe(2)
      expect(bad.stderr()).toContain('`shop.kz` is not a web address; give it with http:// or https://, for example `https://shop.kz`.')
      expect(await run(['scan', 'http://[::1'], bad.io)).toBe(2)
      const which = createIo(work)
      expect(await run(['scan', 'https://shop.kz'], which.io)).toBe(2)
      expect(which.stderr()).toContain('say which organization the site belongs to with --org: bank, shop.')
    } finally {
      await rm(work, {recursive: true, force: true})
    }
  })
})
