import {describe, expect, it} from 'vitest'
import {browserLifetimeCap, compareObservation, nameMatches, retentionSeconds} from '../../src/scan/compare.js'
import type {Observation, ObservedCookie} from '../../src/scan/observe.js'
import {formatScanReport, lifetimeAsRetention} from '../../src/scan/report.js'
import {catalogue} from '../../src/facts/services.js'
import type {Facts} from '../../src/facts/types.js'

const day = 86_400

function cookie(name: string, lifetime: number | 'session', phase: ObservedCookie['phase'] = 'before-consent'): ObservedCookie {
  return {name, domain: 'shop.kz', party: 'first', lifetime, httpOnly: false, secure: true, sameSite: 'Lax', phase}
}

function observation(cookies: ObservedCookie[]): Observation {
  return {site: 'https://shop.kz', pages: ['https://shop.kz/'], cookies, storage: [], consented: true, unreachable: []}
}

const facts = {
  cookies: [
    {name: 'sid', category: 'strictly-necessary', purpose: 'site-operation', retention: 'session'},
    {name: '_ga_*', category: 'analytics', purpose: 'usage-statistics', retention: 'P2Y'},
    {name: 'pref', alternativeNames: ['pref2'], category: 'functional', purpose: 'preferences', retention: 'P1D/P30D'},
    {name: 'short', category: 'functional', purpose: 'preferences', retention: 'session'}
  ]
} as unknown as Facts

describe('matching what the browser saw against the facts', () => {
  it('matches names, patterns and other names', () => {
    expect(nameMatches('_ga_*', '_ga_1A2B')).toBe(true)
    expect(nameMatches('_ga_*', '_gat')).toBe(false)
    expect(nameMatches('intercom-*-id', 'intercom-x.y-id')).toBe(true)
    expect(nameMatches('a.b', 'aXb')).toBe(false)
    const report = compareObservation(observation([cookie('_ga_XYZ', 300 * day, 'after-consent'), cookie('pref2', 10 * day, 'after-consent'), cookie('sid', 'session')]), facts, catalogue)
    expect(report.undeclared).toEqual([])
    expect(report.neverSeen.map((item) => item.name)).toEqual(['short'])
  })

  it('reads declared periods, ranges by their upper end, and session', () => {
    expect(retentionSeconds('P2Y')).toBe(730 * day)
    expect(retentionSeconds('PT30M')).toBe(1_800)
    expect(retentionSeconds('P1D/P30D')).toBe(30 * day)
    expect(retentionSeconds('session')).toBe(0)
    expect(retentionSeconds('set-by-provider')).toBeUndefined()
  })

  it('measures lifetimes against the declared ones, the browsers\' 400-day cap meeting a longer declaration', () => {
    const report = compareObservation(observation([cookie('_ga_A', browserLifetimeCap, 'after-consent'), cookie('pref', 31.5 * day, 'after-consent'), cookie('short', 3_600, 'after-consent'), cookie('sid', 'session')]), facts, catalogue)
    expect(report.longer.map((item) => `${item.name} ${item.declared}`)).toEqual(['pref P1D/P30D', 'short session'])
  })

  it('flags a cookie whose category needs consent set before it, and an undeclared catalogue cookie too', () => {
    const report = compareObservation(observation([cookie('_ga_A', 300 * day), cookie('sid', 'session'), cookie('_ym_uid', 365 * day), cookie('mystery', 'session')]), facts, catalogue)
    expect(report.beforeConsent.map((item) => item.name)).toEqual(['_ga_A', '_ym_uid'])
    expect(report.undeclared.map((item) => `${item.name} ${item.service?.id ?? '-'}`)).toEqual(['_ym_uid yandex-metrica', 'mystery -'])
  })

  it('writes observed lifetimes as periods the facts take', () => {
    expect([lifetimeAsRetention('session'), lifetimeAsRetention(400 * day), lifetimeAsRetention(2 * 3_600), lifetimeAsRetention(90)]).toEqual(['session', 'P400D', 'PT2H', 'PT2M'])
  })
})

describe('the report of a scan', () => {
  it('keeps a hostile cookie name inside its table cell in Markdown, and visible in the terminal', () => {
    const report = compareObservation(observation([cookie('x|`<img src=x>`\nnext', 'session'), cookie('**bold**', 'session')]), facts, catalogue)
    const md = formatScanReport(report, 'md')
    const row = md.split('\n').find((line) => line.includes('<img')) ?? ''
    expect(row.split(' | ')).toHaveLength(7)
    expect(md).not.toContain('\nnext')
    // The name is shown exactly: pipes escaped for the table, a fence longer than its backticks.
    expect(row).toContain("``x\\|`<img src=x>`\\u000anext``")
    expect(formatScanReport(compareObservation(observation([cookie('a\u202eb', 'session')]), facts, catalogue), 'text')).toContain('a\\u202eb')
    expect(formatScanReport(report, 'text')).toContain('x|`<img src=x>`\\u000anext')
    expect(JSON.parse(formatScanReport(report, 'json')).undeclared[0].name).toBe('x|`<img src=x>`\nnext')
  })
})
